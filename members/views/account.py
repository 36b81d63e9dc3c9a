"""A person's own account: what the portal keeps about them, downloaded in
one file, and deleting the account (GDPR)."""

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from infrastructure import personaldata
from infrastructure.access import Permitted, permitted
from infrastructure.ratelimit import rate_limited
from members.privacy import sole_editor_of


class AccountView(Permitted, TemplateView):
    """The person's account and their rights over their data."""

    template_name = "members/account/index.html"


@permitted()
def export(request):
    """Everything the portal keeps about the person, as a JSON file."""
    response = JsonResponse(
        personaldata.export(request.user),
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
    response["Content-Disposition"] = 'attachment; filename="my-data.json"'
    response["Cache-Control"] = "private, no-store"
    return response


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=gettext_lazy("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=gettext_lazy("To make sure that it is you."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This is not your password."))
        return password


class DeleteAccountView(Permitted, FormView):
    """Deleting the account, once the person has given their password."""

    template_name = "members/account/delete.html"
    form_class = DeleteAccountForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            left_without_editor=sole_editor_of(self.request.user), **kwargs
        )

    def post(self, request, *args, **kwargs):
        if rate_limited(request, "delete_account", key=request.user.pk):
            messages.error(
                request, _("Too many wrong passwords. Please try again later.")
            )
            return redirect("my_account:delete")
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        personaldata.erase(self.request.user, request=self.request)
        logout(self.request)
        messages.success(
            self.request,
            _("Your account and your personal data are deleted. Goodbye."),
        )
        return redirect("home")

"""Causes for the public (list, page, support) and for members' editors
(propose, edit while proposed, withdraw, co-sponsor)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import CreateView, DetailView, ListView, UpdateView

from causes.forms import CauseFilterForm, CauseForm
from causes.models import Cause
from causes.permissions import (
    can_edit_cause,
    can_withdraw_cause,
    co_sponsoring_organisations,
    editable_organisations,
)
from members.models import Organisation


class CauseListView(ListView):
    template_name = "causes/list.html"
    context_object_name = "causes"
    paginate_by = 12

    def get_queryset(self):
        self.filters = CauseFilterForm(self.request.GET or None)
        causes = (
            Cause.objects.public()
            .with_counts()
            .select_related("proposed_by")
            .prefetch_related("topics")
        )
        return self.filters.apply(causes)

    def get_context_data(self, **kwargs):
        return super().get_context_data(filters=self.filters, **kwargs)


class CauseDetailView(DetailView):
    template_name = "causes/detail.html"
    context_object_name = "cause"

    def get_queryset(self):
        return (
            Cause.objects.public()
            .with_counts()
            .select_related("proposed_by")
            .prefetch_related(
                "topics",
                "co_sponsorships__organisation",
                "history",
                "milestones",
                "activities__organisation",
            )
        )

    def get_context_data(self, **kwargs):
        user = self.request.user
        cause = self.object
        sponsors = {s.organisation_id for s in cause.co_sponsorships.all()}
        mine = list(co_sponsoring_organisations(user, cause))
        return super().get_context_data(
            supported=user.is_authenticated
            and cause.supports.filter(user=user).exists(),
            can_edit=can_edit_cause(user, cause),
            can_withdraw=can_withdraw_cause(user, cause),
            can_co_sponsor=[o for o in mine if o.pk not in sponsors],
            co_sponsoring=[o for o in mine if o.pk in sponsors],
            activities=[a for a in cause.activities.all() if a.is_published],
            **kwargs,
        )


@require_POST
def support(request, slug):
    """Support a cause, once; the anonymous sign in first and come back."""
    cause = get_object_or_404(Cause.objects.public(), slug=slug)
    if not request.user.is_authenticated:
        return redirect_to_login(cause.get_absolute_url())
    if cause.support(user=request.user):
        messages.success(request, _("Thank you for supporting this cause."))
    else:
        messages.info(request, _("You already support this cause."))
    return redirect(cause)


class ProposeCauseView(CreateView):
    """An editor proposes a cause for one of their organisations."""

    form_class = CauseForm
    template_name = "causes/form.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        self.organisation = get_object_or_404(Organisation, slug=kwargs["slug"])
        if (
            not editable_organisations(request.user)
            .filter(pk=self.organisation.pk)
            .exists()
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(organisation=self.organisation, **kwargs)

    def form_valid(self, form):
        form.instance.proposed_by = self.organisation
        form.instance.filed_by = self.request.user
        response = super().form_valid(form)
        messages.success(self.request, _("The cause is proposed to the network."))
        return response


class EditCauseView(UpdateView):
    form_class = CauseForm
    template_name = "causes/form.html"

    def get_object(self, queryset=None):
        cause = get_object_or_404(Cause, slug=self.kwargs["slug"])
        if not can_edit_cause(self.request.user, cause):
            raise PermissionDenied
        return cause

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(organisation=self.object.proposed_by, **kwargs)

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("The cause is saved."))
        return response


@login_required
@require_POST
def withdraw(request, slug):
    cause = get_object_or_404(Cause, slug=slug)
    if not can_withdraw_cause(request.user, cause):
        raise PermissionDenied
    cause.withdraw(by=request.user, reason=request.POST.get("reason", ""))
    messages.success(request, _("The cause is withdrawn."))
    return redirect(cause)


@login_required
@require_POST
def co_sponsor(request, slug):
    """Co-sponsor a cause for one's organisation, or withdraw that."""
    cause = get_object_or_404(Cause, slug=slug)
    organisation = (
        co_sponsoring_organisations(request.user, cause)
        .filter(pk=request.POST.get("organisation") or None)
        .first()
    )
    if organisation is None:
        raise PermissionDenied
    if request.POST.get("action") == "withdraw":
        cause.remove_co_sponsor(organisation=organisation)
        messages.success(
            request,
            _("%(organisation)s no longer co-sponsors this cause.")
            % {"organisation": organisation},
        )
        return redirect(cause)
    try:
        cause.add_co_sponsor(organisation=organisation, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("%(organisation)s co-sponsors this cause.")
            % {"organisation": organisation},
        )
    return redirect(cause)

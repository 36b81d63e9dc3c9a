"""Organisations: the directory, profiles, joining, invitations and the
member area where editors keep their organisation's profile."""

from allauth.account.adapter import get_adapter
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import (
    CreateView,
    DetailView,
    ListView,
    TemplateView,
    UpdateView,
)

from infrastructure.access import permitted
from infrastructure.bilingual import both_languages
from infrastructure.images import set_logo
from infrastructure.pagecache import SameForEveryone, remember
from members import services
from members.editing import OrganisationEditorView
from members.filters import DirectoryFilterForm
from members.forms import ApplicationForm, InvitationForm, OrganisationForm
from members.models import (
    Activity,
    Invitation,
    OldSlug,
    Organisation,
    Practice,
    Result,
    Role,
    by_name,
)
from members.permissions import (
    can_edit_organisation,
    can_invite_to_organisation,
    can_remove_role,
)


class OrganisationListView(SameForEveryone, ListView):
    template_name = "members/list.html"
    context_object_name = "organisations"
    paginate_by = 24

    def get_queryset(self):
        self.filters = DirectoryFilterForm(self.request.GET or None)
        organisations = Organisation.objects.public().for_cards()
        return self.filters.apply(organisations).members_first()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filters"] = self.filters
        return context


class OrganisationDetailView(SameForEveryone, DetailView):
    template_name = "members/detail.html"
    context_object_name = "organisation"

    def get_queryset(self):
        return (
            Organisation.objects.public()
            .select_related("region", "municipality")
            .prefetch_related("topics")
        )

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            old = OldSlug.objects.filter(slug=kwargs["slug"]).first()
            if old is None:
                raise
            return redirect(old.organisation, permanent=True)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        involving = Activity.objects.for_public().involving(self.object)
        context.update(
            can_edit=can_edit_organisation(self.request.user, self.object),
            activities=involving.for_cards().order_by("-starts_on")[:6],
            # What most edits of its activities leave as they are.
            **remember(
                f"profile:{self.object.pk}:{get_language()}",
                lambda: results_and_practices(self.object, involving),
                reads=True,
            ),
        )
        return context


def results_and_practices(organisation, involving):
    """What an organisation's activities achieved, and the practices it
    shared and those of others it reused (in one query)."""
    practices = list(
        Practice.objects.for_public()
        .filter(
            Q(organisation=organisation)
            | Q(pk__in=list(organisation.reuses.values_list("practice", flat=True)))
        )
        .select_related("organisation")
        # What the lists show of them.
        .only("slug", *both_languages("title", "summary"), *by_name())
        .newest_first()
    )
    return {
        "totals": Result.objects.filter(activity__in=involving).totals(),
        "practices_shared": [
            p for p in practices if p.organisation_id == organisation.pk
        ],
        "practices_reused": [
            p for p in practices if p.organisation_id != organisation.pk
        ],
    }


class JoinView(CreateView):
    form_class = ApplicationForm
    template_name = "members/join.html"
    success_url = reverse_lazy("members:join_done")

    def form_valid(self, form):
        client = get_adapter(self.request).get_client_ip(self.request)
        if not services.may_apply(client=client):
            form.add_error(
                None,
                _(
                    "Several applications have come from your address in the last "
                    "hour. Please try again later, or write to the coordinators."
                ),
            )
            response = self.form_invalid(form)
            response.status_code = 429
            return response
        with transaction.atomic():
            response = super().form_valid(form)
            services.acknowledge_application(
                application=self.object, request=self.request
            )
        return response


class JoinDoneView(TemplateView):
    template_name = "members/join_done.html"


def invitation(request, token):
    """Accept an invitation: at once when signed in, else after signing up or in."""
    invitation = (
        Invitation.objects.select_related("organisation").filter(token=token).first()
    )
    if invitation is None or not invitation.is_pending:
        return render(
            request,
            "members/invitation_invalid.html",
            {"invitation": invitation},
            status=410 if invitation else 404,
        )
    if request.user.is_authenticated:
        if request.method == "POST":
            services.accept_invitation(invitation=invitation, user=request.user)
            messages.success(
                request,
                _("You now act for %(organisation)s.")
                % {"organisation": invitation.organisation},
            )
            return redirect("dashboard")
    else:
        # The link reached this address: sign-up with it needs no second check.
        request.session[services.INVITATION_SESSION_KEY] = invitation.token
        get_adapter(request).stash_verified_email(request, invitation.email)
    return render(request, "members/invitation.html", {"invitation": invitation})


class OrganisationEditView(OrganisationEditorView, UpdateView):
    form_class = OrganisationForm
    template_name = "members/dashboard/edit.html"

    def get_object(self, queryset=None):
        return self.organisation

    @transaction.atomic
    def form_valid(self, form):
        organisation = form.save(commit=False)
        if form.cleaned_data.get("logo_upload"):
            set_logo(organisation, form.cleaned_data["logo_upload"])
        organisation.save()
        form.save_m2m()
        messages.success(self.request, _("The profile is saved."))
        return redirect("members_dashboard:edit", slug=organisation.slug)


class OrganisationPeopleView(OrganisationEditorView, TemplateView):
    template_name = "members/dashboard/people.html"

    def get_context_data(self, **kwargs):
        kwargs.setdefault("form", InvitationForm(organisation=self.organisation))
        return super().get_context_data(
            roles=self.organisation.roles.select_related("user").order_by(
                "kind", "user__email"
            ),
            invitations=self.organisation.invitations.pending().select_related(
                "invited_by"
            ),
            can_invite=can_invite_to_organisation(self.request.user, self.organisation),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if not can_invite_to_organisation(request.user, self.organisation):
            raise PermissionDenied
        form = InvitationForm(request.POST, organisation=self.organisation)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        services.invite(
            organisation=self.organisation,
            email=form.cleaned_data["email"],
            role=form.cleaned_data["role"],
            invited_by=request.user,
            request=request,
        )
        messages.success(
            request,
            _("An invitation is on its way to %(email)s.")
            % {"email": form.cleaned_data["email"]},
        )
        return redirect("members_dashboard:people", slug=self.organisation.slug)


def role_of(request, slug, pk):
    return get_object_or_404(
        Role.objects.select_related("organisation", "user"),
        pk=pk,
        organisation__slug=slug,
    )


@permitted(can_remove_role, load=role_of, methods=["POST"])
def remove_role(request, role):
    role.delete()
    messages.success(
        request,
        _("%(person)s no longer acts for %(organisation)s.")
        % {"person": role.user, "organisation": role.organisation},
    )
    return redirect("members_dashboard:people", slug=role.organisation.slug)

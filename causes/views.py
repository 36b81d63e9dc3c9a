"""Causes for the public (list, page, support) and for members' editors
(propose, edit while proposed, withdraw, co-sponsor)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import CreateView, DetailView, ListView, UpdateView

from causes import services
from causes.forms import (
    CauseFilterForm,
    CauseForm,
    CommentForm,
    InitiativeFilterForm,
    ReportForm,
    WithdrawForm,
)
from causes.models import (
    Cause,
    Comment,
    CoSponsorship,
    Initiative,
    backing_threshold,
)
from causes.permissions import (
    can_edit_cause,
    can_propose_for,
    can_withdraw_cause,
    co_sponsoring_organisations,
    speaking_organisations,
)
from causes.personal import personal_context
from infrastructure.access import Permitted, its_page, permitted
from infrastructure.bilingual import both_languages
from infrastructure.pagecache import SameForEveryone
from infrastructure.ratelimit import rate_limited, too_many
from members.editing import organisation_of
from members.models import Activity, Topic, by_name
from members.participation import refusal, unverified
from members.permissions import can_take_part


class CauseListView(SameForEveryone, ListView):
    template_name = "causes/list.html"
    context_object_name = "causes"
    paginate_by = 12

    def get_queryset(self):
        self.filters = CauseFilterForm(self.request.GET or None)
        causes = Cause.objects.public().for_cards()
        return self.filters.apply(causes)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            filters=self.filters, threshold=backing_threshold(), **kwargs
        )


class CauseDetailView(SameForEveryone, DetailView):
    template_name = "causes/detail.html"
    context_object_name = "cause"

    def get_queryset(self):
        # Of what the cause links to, only what the page shows: names and
        # addresses, each list in one query.
        return (
            Cause.objects.public()
            .with_support_of(self.request.user)
            .select_related("proposed_by")
            .prefetch_related(
                Prefetch("topics", Topic.objects.only(*both_languages("name"))),
                Prefetch(
                    "activities",
                    Activity.objects.for_public()
                    .select_related("organisation")
                    .only(
                        "slug",
                        *both_languages("title"),
                        *by_name(),
                    ),
                    to_attr="public_activities",
                ),
            )
        )

    def get_context_data(self, **kwargs):
        cause = self.object
        return super().get_context_data(
            **personal_context(cause, self.request.user, kwargs),
            activities=cause.public_activities,
            # Read only when the parts that show them are rendered again
            # (`{% kept %}`).
            co_sponsorships=CoSponsorship.objects.filter(cause=cause)
            .select_related("organisation")
            .only("cause", *by_name()),
            institutions=cause.institutions.only("slug", *both_languages("name")),
            comments=cause.comments.shown().select_related("organisation"),
            **kwargs,
        )


def public_cause(request, slug):
    return get_object_or_404(Cause.objects.public(), slug=slug)


@require_POST
@permitted(load=public_cause, login_next=its_page)
def support(request, cause):
    """Support a cause, once; the anonymous sign in first and come back."""
    if refused := refusal(request, cause, "support"):
        return refused
    if not cause.accepts_support:
        messages.info(request, _("This cause no longer accepts support."))
    elif cause.support(user=request.user):
        messages.success(request, _("Thank you for supporting this cause."))
    else:
        messages.info(request, _("You already support this cause."))
    return redirect(cause)


@require_POST
@permitted(load=public_cause, login_next=its_page)
def withdraw_support(request, cause):
    """Withdraw one's support, whatever the cause's status: it is counted
    at once."""
    if cause.withdraw_support(user=request.user):
        messages.success(request, _("Your support is withdrawn."))
    else:
        messages.info(request, _("You do not support this cause."))
    return redirect(cause)


class ProposeCauseView(Permitted, CreateView):
    """An editor proposes a cause for one of their organisations."""

    permission = can_propose_for
    form_class = CauseForm
    template_name = "causes/form.html"

    def get_permission_object(self):
        return organisation_of(self.request, self.kwargs["slug"])

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            organisation=self.permission_object,
            threshold=backing_threshold(),
            **kwargs,
        )

    def form_valid(self, form):
        form.instance.proposed_by = self.permission_object
        form.instance.filed_by = self.request.user
        response = super().form_valid(form)
        messages.success(self.request, _("The cause is proposed to the network."))
        return response


class EditCauseView(Permitted, UpdateView):
    permission = can_edit_cause
    form_class = CauseForm
    template_name = "causes/form.html"

    def get_permission_object(self):
        return public_cause(self.request, self.kwargs["slug"])

    def get_object(self, queryset=None):
        return self.permission_object

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            organisation=self.object.proposed_by,
            threshold=backing_threshold(),
            **kwargs,
        )

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("The cause is saved."))
        return response


@permitted(can_withdraw_cause, load=public_cause)
def withdraw(request, cause):
    """Withdraw a cause, once its editor confirms and says why."""
    if request.method != "POST":
        return render(request, "causes/withdraw.html", {"cause": cause})
    form = WithdrawForm(request.POST)
    if not form.is_valid():
        return render(request, "causes/withdraw.html", {"cause": cause, "form": form})
    cause.withdraw(by=request.user, reason=form.cleaned_data["reason"])
    messages.success(request, _("The cause is withdrawn."))
    return redirect(cause)


@permitted(load=public_cause, methods=["POST"])
def co_sponsor(request, cause):
    """Co-sponsor a cause for one's organisation, or withdraw that: only a
    cause the public sees, not an applicant's."""
    chosen = request.POST.get("organisation", "")
    organisation = (
        co_sponsoring_organisations(request.user, cause)
        .filter(pk=int(chosen) if chosen.isdecimal() else None)
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


@require_POST
@permitted(load=public_cause, login_next=lambda cause: f"{its_page(cause)}#discussion")
def comment(request, cause):
    """Write in a cause's discussion, perhaps for one's organisation."""
    if refused := refusal(request, cause, "comment"):
        return refused
    form = CommentForm(request.POST, organisations=speaking_organisations(request.user))
    if not form.is_valid():
        view = CauseDetailView()
        view.setup(request, slug=cause.slug)
        view.object = view.get_object()
        return view.render_to_response(view.get_context_data(comment_form=form))
    posted = form.save(commit=False)
    posted.cause = cause
    posted.author = request.user
    posted.save()
    messages.success(request, _("Your comment is published."))
    return redirect(f"{cause.get_absolute_url()}#comment-{posted.pk}")


def shown_comment(request, pk):
    return get_object_or_404(
        Comment.objects.shown()
        .filter(cause__in=Cause.objects.public())
        .select_related("cause", "organisation"),
        pk=pk,
    )


@permitted(
    load=shown_comment,
    login_next=lambda reported: reverse("causes:report", args=[reported.pk]),
)
def report(request, reported):
    """Report a comment to the coordinators, from a page of its own; enough
    reports hide it."""
    cause = reported.cause
    pk = reported.pk
    if not can_take_part(request.user):
        return unverified(request, cause)
    if reported.author_id == request.user.pk:
        messages.info(request, _("This is your own comment."))
        return redirect(f"{cause.get_absolute_url()}#comment-{pk}")
    if request.method != "POST":
        return render(
            request,
            "causes/report.html",
            {"cause": cause, "comment": reported, "form": ReportForm()},
        )
    if rate_limited(request, "report"):
        return too_many(request, cause)
    form = ReportForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    services.report_comment(
        comment=reported, by=request.user, reason=reason, request=request
    )
    messages.success(
        request, _("Thank you. The coordinators will look at the comment.")
    )
    return redirect(f"{cause.get_absolute_url()}#discussion")


class InitiativeListView(SameForEveryone, ListView):
    """Joint initiatives of members with local institutions."""

    template_name = "causes/initiatives/list.html"
    context_object_name = "initiatives"
    paginate_by = 12

    def get_queryset(self):
        self.filters = InitiativeFilterForm(self.request.GET or None)
        # What a card shows: the institutions it works with.
        return self.filters.apply(Initiative.objects.prefetch_related("institutions"))

    def get_context_data(self, **kwargs):
        return super().get_context_data(filters=self.filters, **kwargs)


class InitiativeDetailView(SameForEveryone, DetailView):
    template_name = "causes/initiatives/detail.html"
    context_object_name = "initiative"

    def get_queryset(self):
        return Initiative.objects.for_cards().prefetch_related(
            models.Prefetch("causes", Cause.objects.public())
        )

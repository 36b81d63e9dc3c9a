"""The institutions the network works with and the proposals members send
them: the public pages (the institutions, one institution with what was
asked of it and what it answered, one proposal) and the editors' (their
organisation's proposals, recording one, recording its answer, suggesting
an institution that is missing)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import CreateView, DetailView, ListView, UpdateView

from causes.forms import (
    AnswerForm,
    InstitutionFilterForm,
    InstitutionSuggestionForm,
    ProposalForm,
)
from causes.models import Cause, Initiative, Proposal
from causes.models.proposal import figures as proposal_figures
from causes.permissions import (
    can_edit_proposal,
    can_record_proposal_for,
    can_suggest_institution,
)
from infrastructure.access import Permitted, back_to
from infrastructure.bilingual import both_languages
from infrastructure.pagecache import SameForEveryone, remember
from infrastructure.ratelimit import rate_limited, too_many
from members.editing import OrganisationEditorView, organisation_of
from members.models import Activity, Institution, Organisation, by_name


def proposal_counts(today):
    """Each institution's public proposals: sent, answered, overdue."""
    # The institutions are confirmed: what is left of `public()` is the
    # sender, read from the same join as the counts.
    counted = proposal_figures(
        today,
        through="proposals",
        among=~Q(proposals__organisation__status=Organisation.Status.APPLICANT),
    )
    return {
        "proposal_count": counted["sent"],
        "answered_count": counted["answered"],
        "overdue_count": counted["overdue"],
    }


class InstitutionListView(SameForEveryone, ListView):
    template_name = "causes/institutions/list.html"
    context_object_name = "institutions"
    paginate_by = 24

    def get_queryset(self):
        self.filters = InstitutionFilterForm(self.request.GET or None)
        self.today = timezone.localdate()
        institutions = (
            Institution.objects.confirmed()
            .select_related("municipality")
            .annotate(**proposal_counts(self.today))
            .order_by("name", "pk")
        )
        return self.filters.apply(institutions)

    def get_paginator(self, queryset, *args, **kwargs):
        paginator = super().get_paginator(queryset, *args, **kwargs)
        # Counted without the figures each card adds up: the cards are read,
        # and kept, in the template.
        paginator.count = self.filters.apply(Institution.objects.confirmed()).count()
        return paginator

    def get_context_data(self, **kwargs):
        # The day the overdue answers are counted on: a key of the kept cards.
        return super().get_context_data(
            filters=self.filters, today=self.today.isoformat(), **kwargs
        )


class InstitutionDetailView(SameForEveryone, DetailView):
    """What the network did with an institution and asked of it."""

    template_name = "causes/institutions/detail.html"
    context_object_name = "institution"
    proposals_per_page = 20
    causes_shown = 12

    def get_queryset(self):
        return Institution.objects.confirmed().select_related("municipality")

    def get_context_data(self, **kwargs):
        institution = self.object
        today = timezone.localdate()
        number = self.request.GET.get("page")
        return super().get_context_data(
            # What most edits leave as they are; proposals become overdue
            # with the days.
            **remember(
                f"institution:{institution.pk}:{number}:{get_language()}:{today}",
                lambda: self.proposals_and_causes(institution, today, number),
                reads=True,
            ),
            # Of the activities, only what their lines show.
            activities=Activity.objects.for_public()
            .filter(institutions=institution)
            .select_related("organisation")
            .only(
                "slug",
                "starts_on",
                *both_languages("title"),
                *by_name(),
            )
            .order_by("-starts_on", "-pk")[:12],
            **kwargs,
        )

    def proposals_and_causes(self, institution, today, number):
        """The proposals' figures and a page of them, the causes and the
        initiatives concerning the institution."""
        proposals = Proposal.objects.public().filter(institution=institution)
        figures = proposals.aggregate(**proposal_figures(today))
        paginator = Paginator(
            proposals.for_items().order_by("-sent_on", "-pk"), self.proposals_per_page
        )
        # Counted with the figures: the proposals are not counted again.
        paginator.count = figures["sent"]
        page = paginator.get_page(number)
        # The page's rows read, and kept without the query of them all.
        page.object_list = list(page.object_list)
        paginator.object_list = ()
        # The latest few, a line each (its title, linked, and its status),
        # and a link to them all when there are more.
        causes = list(
            Cause.objects.public()
            .concerning(institution)
            .only("slug", "status", "title_bg", "title_en")
            .order_by("-created_at")[: self.causes_shown + 1]
        )
        return {
            "figures": figures,
            "proposals": page.object_list,
            "page_obj": page,
            # Of the initiatives, only what their lines show.
            "initiatives": list(
                Initiative.objects.filter(institutions=institution)
                .only("slug", "status", *both_languages("title"))
                .order_by("-starts_on", "pk")
            ),
            "causes": causes[: self.causes_shown],
            "more_causes": len(causes) > self.causes_shown,
        }


class ProposalDetailView(SameForEveryone, DetailView):
    template_name = "causes/proposals/detail.html"
    context_object_name = "proposal"

    def get_queryset(self):
        return Proposal.objects.public().for_lists()

    def get_context_data(self, **kwargs):
        # The personal part as the page is built; kept, it is rendered anew
        # for each person (causes/personal.py).
        user = self.request.user
        can_edit = user.is_authenticated and can_edit_proposal(user, self.object)
        return super().get_context_data(can_edit=can_edit, **kwargs)


class OrganisationProposalsView(OrganisationEditorView, ListView):
    """The proposals an organisation sent or co-signed, to record their
    answers; and a way to record a new one."""

    template_name = "causes/proposals/dashboard.html"
    context_object_name = "proposals"

    def get_queryset(self):
        return (
            Proposal.objects.filter(
                Q(organisation=self.organisation) | Q(co_signers=self.organisation)
            )
            .distinct()
            .for_lists()
            .order_by("-sent_on", "-pk")
        )


class ProposalCreateView(Permitted, CreateView):
    """An editor records a proposal their organisation sent."""

    permission = staticmethod(can_record_proposal_for)
    form_class = ProposalForm
    template_name = "causes/proposals/form.html"

    def get_permission_object(self):
        return organisation_of(self.request, self.kwargs["slug"])

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        cause = self.request.GET.get("cause")
        if cause and self.request.method == "GET":
            kwargs["initial"] = {
                "cause": Cause.objects.public().filter(slug=cause).first()
            }
        return {**kwargs, "organisation": self.permission_object}

    def get_context_data(self, **kwargs):
        return super().get_context_data(organisation=self.permission_object, **kwargs)

    def form_valid(self, form):
        form.instance.recorded_by = self.request.user
        response = super().form_valid(form)
        messages.success(
            self.request,
            _("The proposal is recorded; record the answer when it comes."),
        )
        return response

    def get_success_url(self):
        return self.object.get_absolute_url()


def proposal_of(request, slug):
    return get_object_or_404(Proposal.objects.prefetch_related("co_signers"), slug=slug)


class ProposalEditView(Permitted, UpdateView):
    permission = staticmethod(can_edit_proposal)
    form_class = ProposalForm
    template_name = "causes/proposals/form.html"

    def get_permission_object(self):
        return proposal_of(self.request, self.kwargs["slug"])

    def get_object(self, queryset=None):
        return self.permission_object

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "organisation": self.object.organisation}

    def get_context_data(self, **kwargs):
        return super().get_context_data(organisation=self.object.organisation, **kwargs)

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("The changes are saved."))
        return response

    def get_success_url(self):
        return self.object.get_absolute_url()


class AnswerView(Permitted, UpdateView):
    """The editors of the senders, or a coordinator, record the answer."""

    permission = staticmethod(can_edit_proposal)
    form_class = AnswerForm
    template_name = "causes/proposals/answer.html"

    def get_permission_object(self):
        return proposal_of(self.request, self.kwargs["slug"])

    def get_object(self, queryset=None):
        return self.permission_object

    def form_valid(self, form):
        form.instance.answer_recorded_by = self.request.user
        response = super().form_valid(form)
        messages.success(self.request, _("The answer is recorded."))
        return response

    def get_success_url(self):
        return self.object.get_absolute_url()


class SuggestInstitutionView(Permitted, CreateView):
    """An editor suggests an institution that is missing from the list."""

    permission = staticmethod(can_suggest_institution)
    form_class = InstitutionSuggestionForm
    template_name = "causes/institutions/suggest.html"

    def post(self, request, *args, **kwargs):
        if rate_limited(request, "institution_suggest"):
            return too_many(request, reverse("dashboard"))
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        form.instance.suggested_by = self.request.user
        form.save()
        messages.success(
            self.request,
            _(
                "Thank you: a coordinator will confirm “%(name)s”, and then "
                "you can choose it."
            )
            % {"name": form.instance.name},
        )
        return back_to(self.request, "dashboard")

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=self.request.GET.get("next", ""), **kwargs)

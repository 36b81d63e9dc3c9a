"""The capacity self-assessment in the member area: which of a person's
organisations has one due, filling it in (a draft, then submitted), an
organisation's results with where to learn, and one assessment as answered.
Open to the organisation's editors, and its results to the coordinators."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import DetailView, TemplateView

from capacity import results, services
from capacity.forms import AssessmentForm
from capacity.models import Answer, Area, Assessment, Question
from capacity.permissions import can_fill_in
from infrastructure.access import Permitted, permitted
from members.editing import OrganisationEditorView, organisation_of
from members.permissions import edited_members, is_coordinator


class CapacityIndexView(Permitted, TemplateView):
    """The organisations a person edits for, with what each has due."""

    template_name = "capacity/index.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            organisations=results.due_for(
                edited_members(self.request.user).order_by("name"),
                timezone.localdate(),
            ),
            coordinator=is_coordinator(self.request.user),
            **kwargs,
        )


class ResultsView(OrganisationEditorView, TemplateView):
    """An organisation's results, area by area, with the change since its
    previous assessment, and where to learn in its weakest areas."""

    template_name = "capacity/results.html"

    def get_context_data(self, **kwargs):
        history = results.submitted_history(self.organisation)
        areas = list(Area.objects.prefetch_related("topics"))
        own = results.own_results(history, areas)
        organisation = self.organisation
        [(_o, due)] = results.due_for([organisation], timezone.localdate())
        return super().get_context_data(
            history=history[::-1],
            latest=history[-1] if history else None,
            previous=history[-2] if len(history) > 1 else None,
            results=own,
            suggestions=results.suggestions(organisation, own),
            due=due,
            may_fill_in=can_fill_in(self.request.user, organisation),
            **kwargs,
        )


@permitted(can_fill_in, load=organisation_of)
def assessment(request, organisation):
    """Fill in what is due: save a draft, or submit it with every question
    answered."""
    [(_o, due)] = results.due_for([organisation], timezone.localdate())
    results_url = reverse("capacity:results", args=[organisation.slug])
    if due is None:
        messages.info(request, _("Your organisation has no self-assessment due now."))
        return redirect(results_url)
    questions = list(Question.objects.asked())
    draft = due.draft
    if draft is not None:
        draft = Assessment.objects.prefetch_related("answers").get(pk=draft.pk)
    # A new assessment keeps the organisation's last choice of being suggested.
    previous = (
        organisation.capacity_assessments.submitted().order_by("-submitted_at").first()
    )
    form = AssessmentForm(
        request.POST if request.method == "POST" else None,
        questions=questions,
        assessment=draft,
        suggested=bool(previous and previous.may_be_suggested),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.save(
                organisation=organisation,
                round=due.round,
                levels=form.levels(),
                notes=form.notes(),
                may_be_suggested=form.cleaned_data["may_be_suggested"],
                by=request.user,
                submit=form.submitting,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if form.submitting:
                messages.success(
                    request, _("Thank you: the self-assessment is submitted.")
                )
                return redirect(results_url)
            messages.success(
                request,
                _("The draft is saved; you can finish it later."),
            )
            return redirect(reverse("capacity:assessment", args=[organisation.slug]))
    return render(
        request,
        "capacity/form.html",
        {
            "organisation": organisation,
            "due": due,
            "draft": draft,
            "form": form,
        },
    )


class AnswersView(OrganisationEditorView, DetailView):
    """One submitted assessment of the organisation, as it was answered: the
    wording kept with each answer."""

    template_name = "capacity/answers.html"
    context_object_name = "assessment"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Assessment.objects.submitted()
            .select_related("round", "submitted_by")
            .prefetch_related(
                Prefetch("answers", Answer.objects.select_related("question__area"))
            ),
            organisation=self.organisation,
            pk=self.kwargs["pk"],
        )

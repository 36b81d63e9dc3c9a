"""Saving a capacity self-assessment: a draft or the submitted one, with
every answer and the wording it was given with, in one transaction."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from capacity.models import Answer, Assessment, Question

ALREADY_SUBMITTED = _("This self-assessment is already submitted.")


@transaction.atomic
def save(*, organisation, round, levels, notes, may_be_suggested, by, submit):
    """Keep the answers (`levels` and `notes` by question id) of the
    organisation's assessment for the round (None: on joining), as a draft
    or, with `submit`, submitted: then every question asked needs a level.
    Returns the assessment."""
    assessment, _created = Assessment.objects.select_for_update().get_or_create(
        organisation=organisation, round=round
    )
    if assessment.is_submitted:
        raise ValidationError(ALREADY_SUBMITTED)
    questions = list(Question.objects.asked())
    if submit and any(not levels.get(question.pk) for question in questions):
        raise ValidationError(_("Answer every question before you submit."))
    answers = {answer.question_id: answer for answer in assessment.answers.all()}
    # A draft's answers to questions no longer asked go: it reads as asked now.
    assessment.answers.exclude(question__in=questions).delete()
    for question in questions:
        answer = answers.get(question.pk)
        level, note = levels.get(question.pk), notes.get(question.pk, "")
        if not level and not note:
            if answer:
                answer.delete()
            continue
        answer = answer or Answer(assessment=assessment, question=question)
        answer.question = question
        answer.level, answer.note = level or None, note
        answer.keep_wording()
        answer.save()
    assessment.may_be_suggested = may_be_suggested
    assessment.saved_by = by
    if submit:
        assessment.status = Assessment.Status.SUBMITTED
        assessment.submitted_at, assessment.submitted_by = timezone.now(), by
    assessment.save()
    return assessment

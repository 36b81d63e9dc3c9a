"""Capacity self-assessments for tests: a small instrument of our own, rounds
and submitted assessments with chosen levels."""

from datetime import timedelta

from django.utils import timezone

from capacity.models import Answer, Area, Assessment, Question, Round
from tests.factories import OrganisationFactory


def instrument(areas=2, questions=2):
    """Replace the shipped areas with `areas` of `questions` each; returns
    the areas, in order."""
    Answer.objects.all().delete()
    Question.objects.all().delete()
    Area.objects.all().delete()
    made = []
    for a in range(areas):
        area = Area.objects.create(
            name=f"Област {a}", name_bg=f"Област {a}", name_en=f"Area {a}", position=a
        )
        for q in range(questions):
            values = {"text_bg": f"Въпрос {a}.{q}?", "text_en": f"Question {a}.{q}?"}
            for level in range(1, 5):
                values[f"level_{level}_bg"] = f"Ниво {level} на {a}.{q}"
                values[f"level_{level}_en"] = f"Level {level} of {a}.{q}"
            Question.objects.create(
                area=area, position=q, text=values["text_bg"], **values
            )
        made.append(area)
    return made


def round_(name="Начало", *, days_ago=100, days=30):
    """A round that opened `days_ago` and lasts `days`: open today if
    days > days_ago."""
    today = timezone.localdate()
    opens = today - timedelta(days=days_ago)
    return Round.objects.create(
        name=name,
        name_bg=name,
        name_en=name,
        opens_on=opens,
        closes_on=opens + timedelta(days=days),
    )


def submitted(
    organisation, round=None, levels=None, *, suggested=False, at=None, by=None
):
    """A submitted assessment; `levels` by area position (a list), every
    question of an area answered at its level (2 by default)."""
    assessment = Assessment.objects.create(
        organisation=organisation,
        round=round,
        status=Assessment.Status.SUBMITTED,
        submitted_at=at or timezone.now(),
        may_be_suggested=suggested,
        submitted_by=by,
        saved_by=by,
    )
    areas = list(Area.objects.order_by("position", "pk").values_list("pk", flat=True))
    for question in Question.objects.asked():
        level = levels[areas.index(question.area_id)] if levels else 2
        answer = Answer(assessment=assessment, question=question, level=level)
        answer.keep_wording()
        answer.save()
    return assessment


def answered_by_many(round, levels, count=5, *, suggested=False):
    """`count` members submitting the same levels in a round."""
    return [
        submitted(OrganisationFactory(), round, levels, suggested=suggested)
        for _ in range(count)
    ]

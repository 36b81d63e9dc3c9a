"""What the capacity self-assessment keeps about a person (GDPR): the
assessments they saved or submitted for an organisation. The answers are the
organisation's and stay when the person deletes their account, without
them (the keys are set to null); they are never public."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from capacity.models import Assessment
from infrastructure.personaldata import when

NOTICE = [
    (
        _(
            "The capacity self-assessments you saved or submitted for a member "
            "organisation: its answers and notes, and who filled them in"
        ),
        _(
            "Showing the organisation how its capacity changes and where to "
            "learn from others; the public sees only totals of five or more "
            "organisations. Kept with the organisation's record, to compare "
            "one round with the next; your name goes from them when you delete "
            "your account"
        ),
        _("Legitimate interest of the network and its members (Art. 6(1)(f))"),
    ),
]


def export(user):
    return {
        "capacity_self_assessments": [
            {
                "organisation": assessment.organisation.name,
                "occasion": str(assessment.occasion),
                "status": assessment.status,
                "submitted_by_you": assessment.submitted_by_id == user.pk,
                "saved": when(assessment.updated_at),
                "submitted": when(assessment.submitted_at),
                "others_may_be_pointed_to_us": assessment.may_be_suggested,
                "answers": [
                    {
                        "question": answer.question_text,
                        "level": answer.level,
                        "level_described": answer.level_text,
                        "note": answer.note,
                    }
                    for answer in assessment.answers.all()
                ],
            }
            for assessment in Assessment.objects.filter(
                Q(submitted_by=user) | Q(saved_by=user)
            )
            .select_related("organisation", "round")
            .prefetch_related("answers")
            .order_by("created_at", "pk")
        ]
    }

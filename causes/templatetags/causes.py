"""Template tags of the pages of causes, initiatives, institutions and proposals."""

from django import template
from django.utils import timezone

from causes import schema as causes_schema
from causes.models import Proposal
from infrastructure.bilingual import both_languages
from members.schema import json_ld_script

register = template.Library()


def described(describe):
    """A tag that writes a thing's schema.org description as JSON-LD:
    `{% cause_json_ld cause %}`."""

    def tag(context, thing):
        return json_ld_script(describe(thing, request=context["request"]))

    return tag


for describe in (
    causes_schema.cause_json_ld,
    causes_schema.initiative_json_ld,
    causes_schema.institution_json_ld,
    causes_schema.proposal_json_ld,
):
    register.simple_tag(described(describe), takes_context=True, name=describe.__name__)


@register.simple_tag
def cause_timeline(cause):
    """A cause's story in the order it happened: each step of its status with
    the meeting it came from, each proposal sent for it and each answer, as
    (date, what, the step or the proposal)."""
    history = (
        cause.history.select_related("decision__meeting", "agenda_item__meeting")
        .only(
            "changed_at",
            "from_status",
            "to_status",
            *both_languages("reason"),
            "decision__meeting__slug",
            "agenda_item__meeting__slug",
            *both_languages("decision__meeting__title", "agenda_item__meeting__title"),
        )
        .order_by("changed_at", "pk")
    )
    # What the timeline shows, and of the institution its name: each whole
    # row joined (the sender's, the co-signers') costs more to build than
    # the query itself.
    proposals = (
        Proposal.objects.public()
        .filter(cause=cause)
        .select_related("institution")
        .only(
            "slug",
            "kind",
            "registration_number",
            "outcome",
            "sent_on",
            "due_on",
            "answered_on",
            *both_languages("title", "institution__name"),
        )
        .order_by("sent_on", "pk")
    )
    entries = [
        (timezone.localdate(change.changed_at), 0, "change", change)
        for change in history
    ]
    for proposal in proposals:
        entries.append((proposal.sent_on, 1, "sent", proposal))
        if proposal.is_answered:
            entries.append((proposal.answered_on, 2, "answer", proposal))
        elif proposal.is_overdue:
            entries.append((proposal.due_on, 2, "overdue", proposal))
    entries.sort(key=lambda entry: entry[:2])
    return [
        {"date": date, "what": what, "item": item} for date, _, what, item in entries
    ]

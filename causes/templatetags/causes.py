"""Template tags of the causes' and initiatives' pages."""

from django import template
from django.utils import timezone

from causes import schema as causes_schema
from causes.models import Proposal
from members.schema import json_ld_script

register = template.Library()


@register.simple_tag(takes_context=True)
def cause_json_ld(context, cause):
    return json_ld_script(
        causes_schema.cause_json_ld(cause, request=context["request"])
    )


@register.simple_tag(takes_context=True)
def initiative_json_ld(context, initiative):
    return json_ld_script(
        causes_schema.initiative_json_ld(initiative, request=context["request"])
    )


@register.simple_tag(takes_context=True)
def institution_json_ld(context, institution):
    return json_ld_script(
        causes_schema.institution_json_ld(institution, request=context["request"])
    )


@register.simple_tag(takes_context=True)
def proposal_json_ld(context, proposal):
    return json_ld_script(
        causes_schema.proposal_json_ld(proposal, request=context["request"])
    )


@register.simple_tag
def cause_timeline(cause):
    """A cause's story in the order it happened: each step of its status with
    the meeting it came from, each proposal sent for it and each answer, as
    (date, what, the step or the proposal)."""
    history = cause.history.select_related(
        "decision__meeting", "agenda_item__meeting"
    ).order_by("changed_at", "pk")
    proposals = Proposal.objects.public().filter(cause=cause).for_lists()
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

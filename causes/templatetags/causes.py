"""Template tags of the causes' and initiatives' pages."""

from django import template

from causes import schema as causes_schema
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


@register.simple_tag
def cause_history(cause):
    """A cause's history, each step with the meeting it came from."""
    return cause.history.select_related(
        "decision__meeting", "agenda_item__meeting"
    ).order_by("changed_at", "pk")

from django import template

from events.schema import meeting_json_ld as build_meeting_json_ld
from members.schema import json_ld_script

register = template.Library()


@register.simple_tag(takes_context=True)
def meeting_json_ld(context, meeting):
    """The meeting as a schema.org Event."""
    return json_ld_script(
        build_meeting_json_ld(
            meeting,
            request=context["request"],
            network_name=context["site_settings"].network_name,
        )
    )

"""Template tags of the pages of help between members."""

from django import template

from members.schema import json_ld_script
from mutual_help import schema

register = template.Library()


@register.simple_tag(takes_context=True)
def help_json_ld(context, item):
    return json_ld_script(schema.help_json_ld(item, request=context["request"]))

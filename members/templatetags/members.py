"""Template tags of the registry's pages: organisations and activities as
schema.org data."""

from django import template

from members import schema

register = template.Library()


@register.simple_tag(takes_context=True)
def organisation_json_ld(context, organisation):
    """The organisation as a schema.org NGO, member of the network."""
    data = schema.organisation_json_ld(
        organisation,
        request=context["request"],
        network_name=context["site_settings"].network_name,
    )
    return schema.json_ld_script(data)


@register.simple_tag(takes_context=True)
def activity_json_ld(context, activity):
    return schema.json_ld_script(
        schema.activity_json_ld(activity, request=context["request"])
    )

"""Template tags of the site's own pages."""

from django import template

from members import schema

register = template.Library()


@register.simple_tag(takes_context=True)
def network_json_ld(context):
    """The network, for the home page."""
    site = context["site_settings"]
    return schema.json_ld_script(
        schema.network_json_ld(
            request=context["request"],
            network_name=site.network_name,
            motto=site.motto,
        )
    )

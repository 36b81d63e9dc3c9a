"""Template tags of the site's own pages."""

from django import template

from members import schema
from network_portal.work_queue import work_queue as waiting

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


@register.inclusion_tag("network_portal/admin/_work_queue.html")
def work_queue():
    """What waits for the coordinators, for the administration's home."""
    return {"queue": waiting()}

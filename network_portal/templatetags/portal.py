"""Template tags of the site's layout."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.encoding import escape_uri_path
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info

from causes import schema as causes_schema
from causes.models import Cause
from events.models import Meeting
from members import schema
from network_portal.markdown import render_markdown

register = template.Library()


def own_path(path):
    """A path of this site, whatever was asked: "//evil.example/" would read
    as another site's address. `path` is escaped (no tab between slashes)."""
    return "/" + path.lstrip("/")


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The current page in every language, for the switcher and hreflang."""
    request = context.get("request")
    path = own_path(request.get_full_path()) if request else "/"
    versions = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(path, code)
        if url == path and code != getattr(request, "LANGUAGE_CODE", code):
            # Not a page of the site (a 404): offer the language's home page.
            url = translate_url("/", code)
        info = get_language_info(code)
        versions.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": url,
                "absolute_url": request.build_absolute_uri(url) if request else url,
            }
        )
    return versions


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's own address: its path, and its page number past the first;
    filters and other parameters make no page of their own."""
    request = context.get("request")
    if request is None:
        return ""
    url = request.build_absolute_uri(own_path(escape_uri_path(request.path)))
    page = request.GET.get("page", "")
    return f"{url}?page={page}" if page.isdigit() and page != "1" else url


@register.simple_tag(takes_context=True)
def absolute(context, url):
    request = context.get("request")
    return request.build_absolute_uri(url) if request else url


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
def cause_json_ld(context, cause):
    return schema.json_ld_script(
        causes_schema.cause_json_ld(cause, request=context["request"])
    )


@register.simple_tag(takes_context=True)
def initiative_json_ld(context, initiative):
    return schema.json_ld_script(
        causes_schema.initiative_json_ld(initiative, request=context["request"])
    )


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


@register.simple_tag(takes_context=True)
def activity_json_ld(context, activity):
    return schema.json_ld_script(
        schema.activity_json_ld(activity, request=context["request"])
    )


@register.filter
def markdown(text):
    """Members' Markdown as sanitised HTML."""
    return mark_safe(render_markdown(text))  # noqa: S308 - sanitised by nh3


@register.simple_tag
def cause_history(cause):
    """A cause's history, each step with the meeting it came from."""
    return cause.history.select_related(
        "decision__meeting", "agenda_item__meeting"
    ).order_by("changed_at", "pk")


@register.simple_tag
def organisation_meetings(organisation):
    """How often an organisation took part in the meetings held since it
    joined, and the last ones it attended."""
    held = Meeting.objects.held()
    if organisation.joined_on:
        held = held.filter(starts_at__date__gte=organisation.joined_on)
    attended = held.filter(attendance__organisation=organisation)
    return {
        "held": held.count(),
        "attended": attended.count(),
        "recent": list(attended.order_by("-starts_at")[:5]),
    }


@register.simple_tag
def organisation_causes(organisation):
    """The causes an organisation proposed and those it co-sponsors, and the
    partner initiatives it takes part in."""
    causes = Cause.objects.public().order_by("-created_at")
    return {
        "initiatives": list(organisation.initiatives.all()),
        "proposed": list(causes.filter(proposed_by=organisation)),
        "backed": list(
            causes.filter(co_sponsorships__organisation=organisation).select_related(
                "proposed_by"
            )
        ),
    }

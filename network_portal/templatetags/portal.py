"""Template tags of the site's layout."""

import json

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info

from causes.models import Cause
from members import schema
from network_portal.markdown import render_markdown

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The current page in every language, for the switcher and hreflang."""
    request = context.get("request")
    path = request.get_full_path() if request else "/"
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
def organisation_json_ld(context, organisation):
    """The organisation as a schema.org NGO, member of the network."""
    data = schema.organisation_json_ld(
        organisation,
        request=context["request"],
        network_name=context["site_settings"].network_name,
    )
    return json_ld_script(data)


@register.simple_tag(takes_context=True)
def activity_json_ld(context, activity):
    return json_ld_script(schema.activity_json_ld(activity, request=context["request"]))


def json_ld_script(data):
    # Escape what could close the script element or open a comment inside it.
    text = json.dumps(data, ensure_ascii=False, indent=None)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    safe_text = mark_safe(text)  # noqa: S308 - JSON with <, > and & escaped above
    return format_html('<script type="application/ld+json">{}</script>', safe_text)


@register.filter
def markdown(text):
    """Members' Markdown as sanitised HTML."""
    return mark_safe(render_markdown(text))  # noqa: S308 - sanitised by nh3


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

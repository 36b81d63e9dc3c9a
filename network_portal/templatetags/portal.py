"""Template tags of the site's layout."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info

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

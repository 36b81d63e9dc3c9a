"""Template tags of the site's layout: its address in every language, its
canonical address, absolute addresses; a long page without its templates'
indentation."""

import re

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.encoding import escape_uri_path
from django.utils.translation import get_language_info

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


@register.filter
def page_range(page):
    """The pages to link to from this one: the first and the last, and two
    on each side of it, with an ellipsis (`Paginator.ELLIPSIS`) for the
    pages between; however long the list, a handful of links."""
    return page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)


# A line break and the white space after it: indentation and blank lines.
INDENTATION = re.compile(r"\n\s+")


class IndentationlessNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        return INDENTATION.sub("\n", self.nodelist.render(context))


@register.tag
def unindented(parser, token):
    """`{% unindented %}…{% endunindented %}`: what is inside without the
    templates' indentation and blank lines, a long page's kilobytes. Each
    line's leading white space goes; one line break stays, so the text reads
    the same. Not for a `<pre>` or a `<textarea>`, whose spaces are their
    content."""
    nodelist = parser.parse(("endunindented",))
    parser.delete_first_token()
    return IndentationlessNode(nodelist)

"""The middleware that serves kept pages and keeps new ones."""

import re
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.http import HttpResponse
from django.middleware.csrf import get_token

from infrastructure.pagecache import parts, store
from infrastructure.pagecache.files import file_response

# Kept in place of a page's body: the page is a file that `kept_file` wrote.
FILE = "file"
# A kept page may carry forms (joining the network): their CSRF token is
# replaced by a marker when the page is kept and by the visitor's own token
# when it is served, so that each visitor still gets a token of their own
# and the cookie that matches it.
CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]+(")')
CSRF_MARKER = parts.CSRF_MARKER
# What the personal parts of a page read from the cache, for each page and
# person, learned when they were last filled in: the next time it comes with
# the page, in the same round trip. A memory of each process, bounded.
LEARNED = {}
LEARNED_MAX = 10_000


def _key(request):
    address = f"{request.scheme}:{request.get_host()}:{request.get_full_path()}"
    return store.short_key("page-cache:", address)


def _may_serve(request):
    """Only anonymous reads: a session or a pending message makes a page
    personal."""
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def _may_keep(request, response):
    if (
        response.status_code != 200
        or response.streaming
        or response.cookies
        or response.has_header("Cache-Control")
        or request.user.is_authenticated
    ):
        return False
    session = getattr(request, "session", None)
    return not (session is not None and session.modified)


class PageCacheMiddleware:
    """Sits below the CSRF middleware, which gives a served page its cookie,
    and above authentication, which a cached page for a visitor does not
    need."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not store.enabled() or not _may_serve(request):
            return self.get_response(request)
        key = _key(request)
        generation, kept = store.kept(key, stale=True)
        if kept is not None and kept[0] == FILE:
            response = file_response(request, Path(kept[1]), *kept[2:])
            if response is not None:
                return response
        elif kept is not None:
            return self._served(request, *kept)
        request.page_cache_generation = generation  # for `kept_file`
        response = self.get_response(request)
        if _may_keep(request, response):
            body, forms = CSRF_INPUT.subn(
                rb"\1" + CSRF_MARKER + rb"\2", response.content
            )
            headers = list(response.items())  # cookies are apart, and not kept
            store.keep(key, generation, body, headers, bool(forms))
        elif response.status_code == 200 and hasattr(response, "kept_file"):
            store.keep(key, generation, FILE, *response.kept_file)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        """Someone signed in, or with a message waiting, asks for a page
        that is the same for everyone: the visitors' copy, with their own
        account links and messages."""
        if (
            not store.enabled()
            or request.method not in ("GET", "HEAD")
            or not store.is_shared(view_func)
        ):
            return None
        key = _key(request)
        # Known by their session's key, so that the session itself is read
        # with the page (`signed_in`).
        person = (key, request.COOKIES.get(settings.SESSION_COOKIE_NAME))
        learned = LEARNED.get(person, ())
        generation, kept, found = store.look_up(key, also=learned)
        if kept is None:
            return None
        body, headers, forms = kept
        try:
            with store.Prefetched(generation, found, learned) as prefetch:
                body = parts.fill(body, request)
        except ObjectDoesNotExist:
            return None  # deleted, and not yet committed: the view decides
        if len(LEARNED) >= LEARNED_MAX:
            LEARNED.clear()
        LEARNED[person] = tuple(dict.fromkeys(prefetch.asked))
        # A part rendered once for the person (`render_kept`) may hold a form.
        return self._served(request, body, headers, forms or CSRF_MARKER in body)

    def _served(self, request, body, headers, forms):
        if forms:
            body = body.replace(CSRF_MARKER, get_token(request).encode())
        response = HttpResponse(body)
        for name, value in headers:
            response[name] = value
        return response

"""Whole public pages, kept in the cache and replaced the moment the data
changes.

A page is rendered once and then served from the cache to every visitor who
is not signed in. Any committed save or delete of the portal's own models
replaces the *generation*, a random token stored in the same cache; a page
kept under an older generation is rendered again. The cache is Redis when
several servers run, so an edit through one is seen at once through all of
them.

People who are signed in get the same copy of the pages whose views are marked
`SameForEveryone`: the parts of such a page that are the person's own (account
links, messages, edit links, forms) are marked in it and rendered afresh for
each request, by the renderers registered with `personal`.

A cached page may carry forms (joining the network): their CSRF token is
replaced by a marker when the page is stored and by the visitor's own token
when it is served, so that each visitor still gets a token of their own and
the cookie that matches it.
"""

import gzip
import hashlib
import os
import re
import uuid
from contextvars import ContextVar
from pathlib import Path

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import FileResponse, HttpResponse
from django.middleware.csrf import get_token
from django.template.context_processors import csrf
from django.template.loader import render_to_string
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.translation import get_language

GENERATION_KEY = "page-cache:generation"
# Kept in place of a page's body: the page is a file that `kept_file` wrote.
FILE = "file"
# The portal's own apps: what their models hold is what public pages show.
WATCHED_APPS = {"members", "causes", "events", "network_portal"}
CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]+(")')
CSRF_MARKER = b"\x00csrf\x00"
# The personal parts of a page, each between markers that name what renders
# it, and perhaps what it is about: <!--personal:name:argument-->…
PERSONAL_PART = re.compile(
    rb"<!--personal:([\w-]+)(?::([\w-]+))?-->.*?<!--/personal:\1-->", re.S
)
PERSONAL = {}
# What the personal parts of a page read from the cache, for each page and
# person, learned when they were last filled in: the next time it comes with
# the page, in the same round trip. A memory of each process, bounded.
LEARNED = {}
LEARNED_MAX = 10_000
_prefetched = ContextVar("page_cache_prefetched", default=None)


class _Prefetched:
    """What one request fetched with its page, and what its personal parts
    asked for."""

    def __init__(self, generation, found, keys):
        self.generation = generation
        self.found = found
        self.keys = set(keys)
        self.asked = []

    def answers(self, key):
        self.asked.append(key)
        return key in self.keys


def cached(key):
    """`cache.get(key)`, answered from what came with the page when it
    could be."""
    prefetch = _prefetched.get()
    if prefetch is not None and prefetch.answers(key):
        return prefetch.found.get(key)
    return cache.get(key)


def personal(name):
    """Registers what renders a personal part, from the request and the
    marker's argument."""

    def register(render):
        PERSONAL[name] = render
        return render

    return register


def render_personal(template, request, context=None):
    """A personal part, with the person, their CSRF token and messages: not
    the site-wide context that the rest of the page already had."""
    return render_to_string(
        template,
        {
            "user": request.user,
            # One token for the page's forms, as a whole render has.
            "csrf_token": request.__dict__.setdefault(
                "_personal_csrf_token", csrf(request)["csrf_token"]
            ),
            "messages": get_messages(request),
            **(context or {}),
        },
    )


@personal("account")
def _account_menu(request, argument):
    return render_personal("_account_menu.html", request)


@personal("messages")
def _messages(request, argument):
    return render_personal("_messages.html", request)


@personal("become-supporter")
def _become_supporter(request, argument):
    return render_personal("network_portal/_become_supporter.html", request)


def enabled():
    return settings.PAGE_CACHE_SECONDS > 0


def changed():
    """Every page kept so far is out of date once the change is committed."""
    if enabled():
        transaction.on_commit(_new_generation)


def _new_generation():
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def _on_change(sender, raw=False, update_fields=None, **kwargs):
    if raw or sender._meta.app_label not in WATCHED_APPS:
        return
    if getattr(sender, "page_cache_ignores", False):
        return
    if update_fields and set(update_fields) <= {"last_login"}:
        return  # signing in changes nothing that a page shows
    changed()


def connect():
    post_save.connect(_on_change, dispatch_uid="page-cache-save")
    post_delete.connect(_on_change, dispatch_uid="page-cache-delete")
    m2m_changed.connect(_on_change, dispatch_uid="page-cache-m2m")


def _generation(found):
    """The current generation, from what get_many found, made if missing."""
    generation = found.get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        if not cache.add(GENERATION_KEY, generation, None):
            generation = cache.get(GENERATION_KEY)
    return generation


def _kept(key):
    """The current generation, and what is kept under the key for it, if
    anything: one round trip to the cache (none when it came with the
    page)."""
    generation, kept, _found = _look_up(key)
    return generation, kept


def _look_up(key, also=()):
    """`_kept`, with what else was found of the keys `also`, in the same
    round trip."""
    prefetch = _prefetched.get()
    if prefetch is not None and prefetch.answers(key):
        generation, found = prefetch.generation, prefetch.found
    else:
        found = cache.get_many([GENERATION_KEY, key, *also])
        generation = _generation(found)
    kept = found.get(key)
    current = kept[1:] if kept is not None and kept[0] == generation else None
    return generation, current, found


def remember(name, build):
    """What `build()` returns, computed once for everyone until the data
    changes: aggregates that signed-in people need as much as visitors."""
    if not enabled():
        return build()
    key = f"page-cache:value:{name}"
    generation, kept = _kept(key)
    return _value(key, generation, kept, build)


def _value(key, generation, kept, build):
    if kept is not None:
        return kept[0]
    value = build()
    cache.set(key, (generation, value), settings.PAGE_CACHE_SECONDS)
    return value


def kept_file(name, build, *, request):
    """What `build()` returns (text), remembered as `remember` does and
    also written to a file on this server's disk until the data changes:
    a large document (an open dataset) is then sent from the file by the
    server's sendfile, not copied through Python for each request. Returns
    the file's path and an ETag for it; the cache must be enabled."""
    key = f"page-cache:value:{name}"
    stem = hashlib.sha256(name.encode()).hexdigest()[:16]
    directory = Path(settings.PAGE_CACHE_FILES)
    # Only the generation, while the file is there, not megabytes of value;
    # for a visitor, the generation the middleware found a moment ago.
    generation = getattr(request, "page_cache_generation", None)
    if generation is None:
        generation = _generation(cache.get_many([GENERATION_KEY]))
    path = directory / f"{stem}-{generation}"
    if not path.exists():
        generation, kept = _kept(key)
        path = directory / f"{stem}-{generation}"
        content = _value(key, generation, kept, build).encode()
        directory.mkdir(parents=True, exist_ok=True)
        # The compressed copy first: it is there whenever the file is.
        for target, data in (
            (gzipped(path), gzip.compress(content, mtime=0)),
            (path, content),
        ):
            partial = directory / f"{target.name}.{os.getpid()}.partial"
            partial.write_bytes(data)
            partial.replace(target)  # whole or not at all, for other workers
        for older in directory.glob(f"{stem}-*"):
            if older not in (path, gzipped(path)) and ".partial" not in older.name:
                older.unlink(missing_ok=True)  # those sending it keep it open
    return path, f'"{path.name[:33]}"'


def gzipped(path):
    """The gzip-compressed copy of a file that `kept_file` wrote."""
    return path.with_name(f"{path.name}.gz")


def file_response(request, path, etag, headers):
    """A file that `kept_file` wrote, as the response: compressed for a
    client that takes it, *304 Not Modified* for one that has it (before
    the file is opened), with `headers` (name, value). None when this
    server has no such file. A visitor's next request for it is answered
    by the middleware, as a kept page is."""
    compressed = "gzip" in request.headers.get("Accept-Encoding", "")
    sent, sent_etag = path, etag
    if compressed:
        sent, sent_etag = gzipped(path), f'{etag[:-1]}-gzip"'

    if not sent.exists():
        return None
    response = get_conditional_response(request, etag=sent_etag)
    if response is None:
        response = FileResponse(sent.open("rb"))
        for name, value in headers:
            response[name] = value
        if compressed:
            response["Content-Encoding"] = "gzip"
    response["ETag"] = sent_etag
    patch_vary_headers(response, ["Accept-Encoding"])
    response.kept_file = (str(path), etag, list(headers))
    return response


class KeptForm:
    """An empty form as one person sees it, in the person's language,
    rendered once until the data changes: its fields depend on who the person
    is (their name, their organisations), and rendering them through the form
    templates costs more than the rest of a page's personal parts. Stands in
    for the form in a template: it has no errors, and `as_div` gives its
    fields."""

    errors = None

    def __init__(self, name, user, build):
        self.html = remember(
            f"form:{name}:{user.pk}:{get_language()}", lambda: build().as_div()
        )

    def as_div(self):
        return self.html


def _key(request):
    return f"page-cache:{request.scheme}:{request.get_host()}:{request.get_full_path()}"


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


class SameForEveryone:
    """Marks a view whose page differs from person to person only in its
    personal parts."""

    same_for_everyone = True


def _is_shared(view_func):
    view_class = getattr(view_func, "view_class", None)
    return getattr(view_class, "same_for_everyone", False)


class PageCacheMiddleware:
    """Sits below the CSRF middleware, which gives a served page its cookie,
    and above authentication, which a cached page for a visitor does not
    need."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not enabled() or not _may_serve(request):
            return self.get_response(request)
        key = _key(request)
        generation, kept = _kept(key)
        if kept is not None and kept[0] == FILE:
            response = file_response(request, Path(kept[1]), *kept[2:])
            if response is not None:
                return response
        elif kept is not None:
            return self._served(request, *kept)
        request.page_cache_generation = generation  # for `kept_file`
        response = self.get_response(request)
        if _may_keep(request, response):
            self._keep(key, generation, response)
        elif response.status_code == 200 and hasattr(response, "kept_file"):
            cache.set(
                key,
                (generation, FILE, *response.kept_file),
                settings.PAGE_CACHE_SECONDS,
            )
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        """Someone signed in, or with a message waiting, asks for a page
        that is the same for everyone: the visitors' copy, with their own
        account links and messages."""
        if (
            not enabled()
            or request.method not in ("GET", "HEAD")
            or not _is_shared(view_func)
        ):
            return None
        key = _key(request)
        person = (key, request.session.get(SESSION_KEY))
        learned = LEARNED.get(person, ())
        generation, kept, found = _look_up(key, also=learned)
        if kept is None:
            return None
        body, headers, forms = kept

        def fill(match):
            render = PERSONAL[match[1].decode()]
            argument = match[2].decode() if match[2] else None
            return render(request, argument).encode()

        prefetch = _Prefetched(generation, found, learned)
        token = _prefetched.set(prefetch)
        try:
            body = PERSONAL_PART.sub(fill, body)
        except ObjectDoesNotExist:
            return None  # deleted, and not yet committed: the view decides
        finally:
            _prefetched.reset(token)
        if len(LEARNED) >= LEARNED_MAX:
            LEARNED.clear()
        LEARNED[person] = tuple(dict.fromkeys(prefetch.asked))
        return self._served(request, body, headers, forms)

    def _keep(self, key, generation, response):
        body, forms = CSRF_INPUT.subn(rb"\1" + CSRF_MARKER + rb"\2", response.content)
        headers = list(response.items())  # cookies are apart, and not kept
        cache.set(
            key, (generation, body, headers, bool(forms)), settings.PAGE_CACHE_SECONDS
        )

    def _served(self, request, body, headers, forms):
        if forms:
            body = body.replace(CSRF_MARKER, get_token(request).encode())
        response = HttpResponse(body)
        for name, value in headers:
            response[name] = value
        return response

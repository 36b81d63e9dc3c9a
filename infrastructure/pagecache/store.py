"""What the page cache keeps, under which generation, and what came with
the page in the same round trip."""

import hashlib
import time
import uuid
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import get_language

from infrastructure.pagecache import tracking

GENERATION_KEY = "page-cache:generation"
_prefetched = ContextVar("page_cache_prefetched", default=None)


class Prefetched:
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

    def __enter__(self):
        self._token = _prefetched.set(self)
        return self

    def __exit__(self, *exc_info):
        _prefetched.reset(self._token)


def enabled():
    return settings.PAGE_CACHE_SECONDS > 0


def cached(key):
    """`cache.get(key)`, answered from what came with the page when it
    could be."""
    prefetch = _prefetched.get()
    if prefetch is not None and prefetch.answers(key):
        return prefetch.found.get(key)
    return cache.get(key)


def changed():
    """Every page and value kept so far is out of date once the change is
    committed: for a change its writes do not tell."""
    if enabled():
        _pages_changed()
        transaction.on_commit(lambda: tracking.renew([tracking.EVERYTHING]))


def _pages_changed():
    """Every page kept so far is out of date once the change is committed;
    the values kept by what they read follow the writes themselves."""
    transaction.on_commit(_new_generation)


def _new_generation():
    cache.set(GENERATION_KEY, _made_now(), None)


def _made_now():
    """A new generation's name, which says when it began."""
    return f"{uuid.uuid4().hex}.{time.time():.0f}"


def _age(current):
    """Seconds since the generation began; None for a name without its time."""
    began = current.rpartition(".")[2]
    return time.time() - int(began) if began.isdigit() else None


def _on_change(sender, raw=False, update_fields=None, **kwargs):
    if raw or sender._meta.app_label not in settings.PAGE_CACHE_APPS:
        return
    if getattr(sender, "page_cache_ignores", False):
        return
    if update_fields and set(update_fields) <= {"last_login"}:
        return  # signing in changes nothing that a page shows
    if enabled():
        _pages_changed()


def connect():
    tracking.connect()
    post_save.connect(_on_change, dispatch_uid="page-cache-save")
    post_delete.connect(_on_change, dispatch_uid="page-cache-delete")
    m2m_changed.connect(_on_change, dispatch_uid="page-cache-m2m")


def generation(found):
    """The current generation, from what get_many found, made if missing."""
    return _named(GENERATION_KEY, found, _made_now)


def _named(key, found, make):
    """The name kept under the key, from what get_many found; where there is
    none (never made, or forgotten by the cache), `make()`'s, kept for good
    unless someone else's came first."""
    name = found.get(key)
    if name is None:
        name = make()
        if not cache.add(key, name, None):
            name = cache.get(key)
    return name


def kept(key, *, stale=False):
    """The current generation, and what is kept under the key for it, if
    anything: one round trip to the cache (none when it came with the
    page).

    With `stale`, right after a change only the first to ask builds the
    value anew: for a few seconds (`PAGE_CACHE_STALE_SECONDS`), while it
    does, the others get the copy kept before the change instead of all
    building the same thing at once."""
    current, value, found = look_up(key)
    if value is None and stale:
        value = _while_rebuilt(key, current, found.get(key))
    return current, value


def look_up(key, also=()):
    """`kept`, with what else was found of the keys `also`, in the same
    round trip."""
    prefetch = _prefetched.get()
    if prefetch is not None and prefetch.answers(key):
        current, found = prefetch.generation, prefetch.found
    else:
        found = cache.get_many([GENERATION_KEY, key, *also])
        current = generation(found)
    value = found.get(key)
    value = value[1:] if value is not None and value[0] == current else None
    return current, value, found


def _while_rebuilt(key, current, older):
    """The copy of an older generation, where someone else is building the
    current one and the change is a few seconds old at most; else None,
    and the caller builds."""
    seconds = settings.PAGE_CACHE_STALE_SECONDS
    age = _age(current)
    if older is None or age is None or age > seconds:
        return None
    if cache.add(f"{key}:building:{current}", True, seconds):
        return None  # the first to ask: it builds
    return older[1:]


def keep(key, current, *value):
    cache.set(key, (current, *value), settings.PAGE_CACHE_SECONDS)


def short_key(prefix, name):
    """A key of the cache: the prefix and the name, or the name's digest
    when it is long (a visitor's query among it), as a cache may refuse a
    long key."""
    if len(name) > 150:
        name = hashlib.sha256(name.encode()).hexdigest()
    return f"{prefix}{name}"


def value_key(name):
    """Where `remember(name, …)` keeps its value."""
    return short_key("page-cache:value:", name)


def remember(name, build, *, reads=False, versions=()):
    """What `build()` returns, computed once for everyone until the data
    changes: aggregates that signed-in people need as much as visitors.
    With `reads`, until a table or column it read is written (`tracking.py`);
    with `versions` too, models whose rows' versions the name carries: of
    their rows, until one changes other than by a save."""
    if not enabled():
        return build()
    key = value_key(name)
    if reads or versions:
        return tracking.remembered(key, build, settings.PAGE_CACHE_SECONDS, versions)
    if tracking.watched():
        return build()  # so that what it reads is seen
    current, value = kept(key)
    return value_of(key, current, value, build)


def remember_all(values, *, versions=()):
    """`remember(name, build, versions=versions)` of each (name, build) of
    `values`, what is kept of them read in one round trip: the blocks of a
    large document."""
    if not enabled():
        return [build() for _name, build in values]
    keys = [value_key(name) for name, _build in values]
    found = tracking.fetch(keys)
    return [
        tracking.remembered(key, build, settings.PAGE_CACHE_SECONDS, versions, found)
        for key, (_name, build) in zip(keys, values, strict=True)
    ]


def forget(name):
    """What `remember(name, …)` kept, dropped once the change is committed:
    for a value that may change with no change of the pages."""
    if enabled():
        key = value_key(name)
        transaction.on_commit(lambda: cache.delete(key))


def value_of(key, current, value, build):
    """The value kept, or `build()`'s, kept now."""
    if value is not None:
        return value[0]
    built = build()
    keep(key, current, built)
    return built


class RowValues:
    """Values each of one row alone, of rows never changed in place (a
    row's new version is a new row), kept together under `name`: the scores
    of a query's matches. No change of the data makes such a value wrong,
    so they are kept apart from the generation, and dropped all at once
    `PAGE_CACHE_SECONDS` after the first was kept (a value computed another
    way, after an upgrade, replaces them in that time), or when the rows
    they are of were written anew from the first key (`rows_replaced(of)`:
    a row's key may then stand for another row).

    `values` is what is kept, by the rows' keys ({} when nothing is);
    `keep(values)` keeps these in its place, so that rows no longer asked
    for are left out."""

    def __init__(self, name, *, of):
        self.key = value_key(name)
        self.since, self.values, self.rows = time.time(), {}, None
        if not enabled():
            return
        rows = _rows_key(of)
        found = cache.get_many([self.key, rows])
        # Values kept under another name of the rows are of other rows.
        self.rows = _named(rows, found, _new_name)
        kept = found.get(self.key)
        if kept is not None and kept[1] == self.rows and self._left(kept[0]) > 0:
            self.since, _rows, self.values = kept

    def _left(self, since):
        return since + settings.PAGE_CACHE_SECONDS - time.time()

    def keep(self, values):
        left = self._left(self.since)  # none with the page cache off
        if left > 0:
            cache.set(self.key, (self.since, self.rows, values), left)
        self.values = values


def _rows_key(of):
    return f"page-cache:rows:{of}"


def _new_name():
    return uuid.uuid4().hex


def rows_replaced(of):
    """The rows that `RowValues(…, of=of)` are of were all written anew, and
    their keys may stand for other rows: what was kept of them is out of date
    once the change is committed."""
    if enabled():
        key = _rows_key(of)
        transaction.on_commit(lambda: cache.set(key, _new_name(), None))


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


class SameForEveryone:
    """Marks a view whose page differs from person to person only in its
    personal parts."""

    same_for_everyone = True


def is_shared(view_func):
    view_class = getattr(view_func, "view_class", None)
    return getattr(view_class, "same_for_everyone", False)

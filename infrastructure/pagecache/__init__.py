"""The page cache: whole pages kept in the cache and replaced the moment the
data changes. This is the whole of what an app uses of it.

A page is rendered once and then served from the cache to every visitor who
is not signed in. Any committed save or delete of a model of the apps named
in `settings.PAGE_CACHE_APPS` (unless the model sets `page_cache_ignores =
True`) replaces the *generation*, and every page kept under an older one is
rendered again. With Redis as the cache, an edit through one app server is
seen at once through all of them. Right after a change, the first visitor to
ask for a page builds it anew; for a few seconds, while that build runs, the
others get the page kept before the change, so that no change sets every
worker building the same page at once.

- **A shared page.** `SameForEveryone`, mixed into a class-based view, marks
  a page that differs from person to person only in its personal parts:
  people who are signed in get the visitors' copy, with those parts filled in
  for them.
- **A personal part.** In the template, `{% load pagecache %}` and
  `{% personal "name" argument %}…{% endpersonal %}` around what is the
  person's own (their edit link, their support, a form). The first render
  renders what is inside; a page served from the cache has the part filled
  in by the renderer registered under that name.
- **Its renderer.** `@personal("name")` registers a function of the request
  and the argument (a string, or None) that returns the part's HTML;
  `render_personal(template, request, context)` renders a template for it
  with the person, their CSRF token and their messages;
  `personal_template(name, template, context)` registers one that does only
  that, with `context(request, argument)` computed once per request (with
  `kept=True`, rendered once per argument and person until the data
  changes, for a part that shows only what `context` remembers);
  `render_kept(name, template, request, context)` renders a part that is the
  same for everyone `name` stands for once, until the data changes, its CSRF
  token filled in when the page is served.
- **A part kept apart.** `{% kept "name" key %}…{% endkept %}` around a
  part of a shared page that most changes leave as it is, and that reads
  what it shows inside itself (lazily): rendered once for its name, key and
  language until a table or column it read is written. It holds no personal
  part. A slot filler (`infrastructure.slots`) with `kept=True` is kept so
  too.
- **What a renderer reads.** `remember(name, build)` is `build()`, computed
  once for everyone until the data changes (with `reads=True`, until a table
  or column that its queries read is written: figures that most edits leave
  as they are, `tracking.py`); `cached(key)` reads a key of the
  cache that the app keeps up to date itself. What a person's parts read is
  fetched with the page, in one round trip. `KeptForm(name, user, build)` is
  an empty form as one person sees it, rendered once. `RowValues(name,
  of=…)` keeps values each of one row that is never changed in place (a
  query's scores of its matches) across changes of the data: only a new
  row's is computed again, and all of them once `rows_replaced(of)` says
  the rows were written anew.
- **A large document.** `kept_file(name, build, request=)` keeps text as a
  file on this server's disk, `file_response(request, path, etag, headers)`
  sends it (compressed, or *304 Not Modified*); the middleware then sends it
  to visitors itself. A document built of `Piece`s, each remembered apart
  (`remember_all(values, versions=(Model,))`, under the versions of the rows
  it shows: their `version_field`), is compressed only where a piece is
  new.
- **A change the signals do not see** (a bulk update): `changed()`; a value
  remembered that changes with no page, `forget(name)`.
- **Who is signed in, read with the page.** `RememberedUser`, mixed into an
  authentication backend, and `SESSION_ENGINE =
  "infrastructure.pagecache.signed_in"` (Django's `cached_db` sessions) bring
  the person's row and session in the page's round trip, not one more to the
  cache and one to the database.

Settings: `PAGE_CACHE_SECONDS` (0 turns the cache off),
`PAGE_CACHE_STALE_SECONDS`, `PAGE_CACHE_APPS`, `PAGE_CACHE_FILES`;
`pagecache.middleware.PageCacheMiddleware` sits below the CSRF middleware and
above authentication.
"""

from infrastructure.pagecache.files import Piece, file_response, kept_file
from infrastructure.pagecache.parts import (
    personal,
    personal_template,
    render_kept,
    render_personal,
)
from infrastructure.pagecache.signed_in import RememberedUser
from infrastructure.pagecache.store import (
    KeptForm,
    RowValues,
    SameForEveryone,
    cached,
    changed,
    enabled,
    forget,
    remember,
    remember_all,
    rows_replaced,
)
from infrastructure.pagecache.tracking import version_field

__all__ = [
    "KeptForm",
    "Piece",
    "RememberedUser",
    "RowValues",
    "SameForEveryone",
    "cached",
    "changed",
    "enabled",
    "file_response",
    "forget",
    "kept_file",
    "personal",
    "personal_template",
    "remember",
    "remember_all",
    "render_kept",
    "render_personal",
    "rows_replaced",
    "version_field",
]

"""Who is signed in, read with the page. Before a kept page can be filled in
for someone signed in, Django reads their session from the cache and their
row from the database: a round trip to each, on every page. Here both come
in the page's own round trip, with what its personal parts read.

- `SESSION_ENGINE = "infrastructure.pagecache.signed_in"`: Django's
  sessions kept in the database with the default cache in front
  (`cached_db`), the session read through `cached`.
- `RememberedUser`, mixed into an authentication backend: the person's row
  kept with `remember` until the data changes, and dropped whenever the row
  itself is saved or deleted (signing in included, which changes no page).
"""

from django.conf import settings
from django.contrib.sessions.backends import cached_db
from django.core.cache import DEFAULT_CACHE_ALIAS
from django.db.models.signals import post_delete, post_save

from infrastructure.pagecache.store import cached, forget, remember


class SessionStore(cached_db.SessionStore):
    def load(self):
        if settings.SESSION_CACHE_ALIAS == DEFAULT_CACHE_ALIAS:
            try:
                data = cached(self.cache_key)
            except Exception:
                data = None  # as Django's: read again below, from the database
            if data is not None:
                return data
        return super().load()


def _remembered(user_id):
    return f"user:{user_id}"


class RememberedUser:
    """The person a session names, read once until the data changes."""

    def get_user(self, user_id):
        read = super().get_user
        return remember(_remembered(user_id), lambda: read(user_id))


def _forget_user(sender, instance, **kwargs):
    forget(_remembered(instance.pk))


def connect():
    post_save.connect(_forget_user, sender=settings.AUTH_USER_MODEL)
    post_delete.connect(_forget_user, sender=settings.AUTH_USER_MODEL)

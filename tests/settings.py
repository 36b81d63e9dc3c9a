"""The portal's own settings, run as in production, with test-only secrets."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "tests-only-secret-key-" + "x" * 40)
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("DJANGO_HTTPS", "0")

from network_portal.settings import *  # noqa: F403

# Tests render templates without running collectstatic first.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# A fast hasher: the tests check who may do what, not how passwords are stored.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# WhiteNoise serves the source files, as `runserver` does.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

if REDIS_URL and "PYTEST_XDIST_WORKER" in os.environ:  # noqa: F405
    # The cache, sessions and rate limits on Redis, as in production; each
    # xdist worker in a Redis database of its own, which its tests empty.
    # (A server the tests start uses the database they give it.)
    _worker = os.environ["PYTEST_XDIST_WORKER"].removeprefix("gw")
    CACHES["default"]["LOCATION"] = (  # noqa: F405
        f"{REDIS_URL.rsplit('/', 1)[0]}/{1 + int(_worker or 0)}"  # noqa: F405
    )
# Whole pages from the cache only where a test turns it on (test_page_cache)
# or starts servers as production runs them (tests/servers.py): the other
# tests change data in a transaction that never commits, and so never tells
# the page cache.
PAGE_CACHE_SECONDS = envint("DJANGO_PAGE_CACHE_SECONDS", 0)  # noqa: F405

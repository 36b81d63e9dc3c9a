"""A small fixed-window rate limit kept in the cache, shared by the app
servers when the cache is (Redis in production)."""

import time

from allauth.account.adapter import get_adapter
from django.core.cache import cache


def allow(scope, key, *, limit, period):
    """True while `key` has done `scope` at most `limit` times in the current
    window of `period` seconds; every call counts."""
    window = int(time.time() // period)
    cache_key = f"ratelimit:{scope}:{key}:{window}"
    cache.add(cache_key, 0, timeout=period)
    try:
        return cache.incr(cache_key) <= limit
    except ValueError:  # the window expired between add and incr
        cache.add(cache_key, 1, timeout=period)
        return True


def client_key(request):
    """Who is asking: the signed-in person, else the client's address."""
    if request.user.is_authenticated:
        return f"user-{request.user.pk}"
    return f"ip-{get_adapter(request).get_client_ip(request)}"

"""Rate limits: how often one person (or one address) may do a thing, in a
fixed window kept in the cache, shared by the app servers when the cache is
(Redis in production). The limits are in `settings.RATE_LIMITS`, as
(times, seconds) by action.

A view asks `rate_limited(request, "support")` before it acts, and answers
`too_many(request, back=…)` when it is: *429 Too Many Requests*, with a link
back and `Retry-After`."""

import time

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render


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


def rate_limited(request, action, *, key=None):
    """True when the person (or `key`) has done `action` too often lately;
    every call counts."""
    limit, period = settings.RATE_LIMITS[action]
    return not allow(action, key or client_key(request), limit=limit, period=period)


def too_many(request, back=None):
    """The answer to a request over its limit, with a link back to `back`."""
    response = render(request, "429.html", {"back": back}, status=429)
    response["Retry-After"] = str(settings.RATE_LIMITS_RETRY_AFTER)
    return response

"""Django's floor: the portal's settings and middleware, one tiny view.

The benchmark serves these settings under the same gunicorn settings as the
portal, and states every page's requests per second as a share of the floor's.
The page cache is left out: the floor is what any Django request costs before
a view does anything.
"""

from network_portal.settings import *  # noqa: F403

ROOT_URLCONF = "benchmark.floor_urls"
MIDDLEWARE = [
    name
    for name in MIDDLEWARE  # noqa: F405
    if name != "infrastructure.pagecache.middleware.PageCacheMiddleware"
]

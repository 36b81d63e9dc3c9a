"""What some tests need beyond Python, how to tell whether this machine has
it, and what to do where it is missing.

A test says what it needs with `@pytest.mark.needs("postgresql", "redis")`
(the browser tests under tests/e2e need the browser without saying so). On a
developer's machine a test whose server or browser is missing is skipped,
and the run ends with one line for each thing missing: what was skipped and
how to run it. Under CI=true every one of them is required, and a missing one
stops the run before any test.

A test of what only one database does is marked `only_on("postgresql")` or
`only_on("sqlite")`: the suite runs once on each (CI's two passes), and each
pass leaves out, and says so, what is the other's.
"""

import os
import shutil
from functools import cache

import psycopg
import redis

from tests.e2e import crawl

POSTGRESQL = os.environ.get(
    "TEST_SERVERS_POSTGRES", "postgres://postgres@127.0.0.1:5432/postgres"
)
# Each xdist worker has its own Redis databases, so that emptying one never
# touches another's: the suite's cache (1, 2, …) and its servers' (8, 9, …).
WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
REDIS = os.environ.get("TEST_SERVERS_REDIS", "redis://127.0.0.1:6379/8")
REDIS_SERVERS = f"{REDIS.rsplit('/', 1)[0]}/{int(REDIS.rsplit('/', 1)[1]) + WORKER}"


def _postgresql():
    try:
        psycopg.connect(POSTGRESQL, connect_timeout=3).close()
    except psycopg.OperationalError as error:
        return f"PostgreSQL did not answer at {POSTGRESQL} ({error})"
    return None


def _redis():
    try:
        redis.Redis.from_url(REDIS_SERVERS, socket_timeout=3).ping()
    except redis.RedisError as error:
        return f"Redis did not answer at {REDIS} ({error})"
    return None


def _browser():
    if shutil.which("chromium") or shutil.which("chromium-browser"):
        return None
    return "Chromium is not installed (apt-get install chromium)"


def _html_checker():
    if not crawl.java():
        return (
            "Java, which runs the HTML checker, is not installed "
            "(apt-get install default-jre-headless)"
        )
    if not crawl.VNU_JAR.exists():
        return "the HTML checker vnu-jar is not installed (make install)"
    return None


CHECKS = {
    "postgresql": _postgresql,
    "redis": _redis,
    "browser": _browser,
    "html-checker": _html_checker,
}


@cache
def missing(thing):
    """Why `thing` is missing on this machine, or None where it is here."""
    return CHECKS[thing]()


def needed_by(item):
    things = set()
    for marker in item.iter_markers("needs"):
        things.update(marker.args)
    if "/e2e/" in str(item.path):
        things.add("browser")
    unknown = things - CHECKS.keys()
    if unknown:
        raise ValueError(f"{item.nodeid} needs {unknown}: not one of {set(CHECKS)}")
    return things

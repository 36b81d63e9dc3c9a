"""Two app servers behind one load balancer share PostgreSQL and Redis: a
session made on one is valid on the other, an edit through one is seen through
the other at once, and a rate limit counts across both.

This starts two real gunicorn servers, each with its own processes and memory,
against a PostgreSQL database made for the test and a Redis database it
empties. PostgreSQL and Redis are the portal's production services: they must
be running (127.0.0.1, or TWO_SERVERS_POSTGRES and TWO_SERVERS_REDIS).
"""

import http.client
import os
import re
import socket
import subprocess
import sys
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import psycopg
import pytest
import redis

from tests.factories import PASSWORD

ROOT = Path(__file__).resolve().parent.parent
POSTGRES = os.environ.get(
    "TWO_SERVERS_POSTGRES", "postgres://postgres@127.0.0.1:5432/postgres"
)
REDIS = os.environ.get("TWO_SERVERS_REDIS", "redis://127.0.0.1:6379/14")
EMAIL = "elena@example.org"

SETUP = f"""
from causes.models import Cause
from tests.factories import OrganisationFactory, UserFactory
UserFactory(email="{EMAIL}")
Cause.objects.create(
    proposed_by=OrganisationFactory(),
    title="Чист въздух", title_bg="Чист въздух", title_en="Clean air",
    summary_bg="Мерки срещу замърсяването.", summary_en="Against pollution.",
)
"""


class Server:
    def __init__(self, env, folder, name):
        self.port = free_port()
        self.log = open(folder / f"{name}.log", "w")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "network_portal.wsgi",
                "--workers",
                "1",
                "--bind",
                f"127.0.0.1:{self.port}",
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def wait(self, seconds=60):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"gunicorn stopped: see {self.log.name}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.2)
        raise AssertionError(f"gunicorn did not start within {seconds} s")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()

    def request(self, method, path, cookies=None, form=None):
        """One request, no redirects followed; returns the status, the
        headers, the body and the cookies it sets."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {}
        if cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read().decode()
        given = SimpleCookie()
        for header in response.headers.get_all("Set-Cookie") or []:
            given.load(header)
        connection.close()
        return (
            response.status,
            response.headers,
            content,
            {name: morsel.value for name, morsel in given.items() if morsel.value},
        )


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def servers(tmp_path):
    database = f"portal_two_servers_{os.getpid()}"
    try:
        admin = psycopg.connect(POSTGRES, autocommit=True)
    except psycopg.OperationalError as error:
        pytest.fail(f"PostgreSQL is needed for this test and did not answer: {error}")
    store = redis.Redis.from_url(REDIS)
    store.flushdb()
    with admin:
        admin.execute(f"DROP DATABASE IF EXISTS {database}")
        admin.execute(
            f"CREATE DATABASE {database} ENCODING 'UTF8' TEMPLATE template0 "
            "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
        )
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_HTTPS": "0",
        "DJANGO_LOG_LEVEL": "WARNING",
        "DATABASE_URL": f"{POSTGRES.rsplit('/', 1)[0]}/{database}",
        "REDIS_URL": REDIS,
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PYTHONPATH": str(ROOT),
    }
    started = []
    try:
        for arguments in (["migrate", "--no-input"], ["shell", "-c", SETUP]):
            subprocess.run(
                [sys.executable, "manage.py", *arguments],
                cwd=ROOT,
                env=env,
                check=True,
                capture_output=True,
            )
        started = [Server(env, tmp_path, name) for name in ("first", "second")]
        for server in started:
            server.wait()
        yield started
    finally:
        for server in started:
            server.stop()
        store.flushdb()
        with psycopg.connect(POSTGRES, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")


def test_two_servers_share_sessions_edits_and_rate_limits(servers):
    first, second = servers
    cause = "/en/causes/chist-vazduh/"

    # Signed in through the first server...
    status, _, page, cookies = first.request("GET", "/en/accounts/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
    status, headers, _, given = first.request(
        "POST",
        "/en/accounts/login/",
        cookies,
        {"csrfmiddlewaretoken": token, "login": EMAIL, "password": PASSWORD},
    )
    assert status == 302, "the sign-in was refused"
    browser = cookies | given
    assert "sessionid" in browser

    # ...is signed in on the second.
    status, _, page, _ = second.request("GET", "/en/dashboard/", browser)
    assert status == 200
    assert "Sign Out" in page
    assert second.request("GET", "/en/dashboard/")[0] == 302  # not for others

    # A visitor of the second server has the page from the shared cache...
    status, _, before, _ = second.request("GET", cause)
    assert status == 200
    assert "Let us measure first" not in before
    assert second.request("GET", cause)[2] == before

    # ...and sees a comment made through the first at once.
    comment = {"csrfmiddlewaretoken": browser["csrftoken"], "author_name": "Елена"}
    status, headers, _, _ = first.request(
        "POST",
        "/en/causes/chist-vazduh/comments/",
        browser,
        comment | {"body": "Let us measure first."},
    )
    assert status == 302
    assert "Let us measure first." in second.request("GET", cause)[2]

    # Ten comments an hour, wherever they are sent: nine more pass...
    for number in range(2, 11):
        server = (first, second)[number % 2]
        status, *_ = server.request(
            "POST",
            "/en/causes/chist-vazduh/comments/",
            browser,
            comment | {"body": f"Comment number {number}."},
        )
        assert status == 302, f"comment {number} was refused"

    # ...and the eleventh is refused by either server.
    for server in (first, second):
        status, headers, page, _ = server.request(
            "POST",
            "/en/causes/chist-vazduh/comments/",
            browser,
            comment | {"body": "One too many."},
        )
        assert status == 429
        assert int(headers["Retry-After"]) > 0

"""Two app servers behind one load balancer share PostgreSQL and Redis: a
session made on one is valid on the other, an edit through one is seen through
the other at once, and a rate limit counts across both.

This starts two real gunicorn servers, each with its own processes and memory,
against a PostgreSQL database made for the test and a Redis database it
empties (tests/servers.py).
"""

import re

import pytest

from tests.factories import PASSWORD
from tests.servers import portal

pytestmark = pytest.mark.needs("postgresql", "redis")

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


@pytest.fixture
def servers(tmp_path):
    with portal(tmp_path, "two_servers", SETUP) as running:
        started = []
        try:
            for name in ("first", "second"):
                started.append(running.serve(tmp_path, name))
            yield started
        finally:
            for server in started:
                server.stop()


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
    assert "Sign out" in page
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

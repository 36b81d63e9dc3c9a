"""Calm under faults, on real servers and PostgreSQL (tests/servers.py):

- while the database is away (a restart), the site answers 503 with a page
  that says so, not a stack trace, and recovers on its own when it is back;
- requests that arrive at the same moment never count twice or give more
  places than there are.
"""

import json
import secrets
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.servers import admin, portal

pytestmark = pytest.mark.needs("postgresql", "redis")

SETUP = """
from datetime import timedelta
from django.utils import timezone
from causes.models import Cause
from events.models import Meeting
from members.models import Role
from tests.factories import OrganisationFactory, RoleFactory, UserFactory

proposer = OrganisationFactory(name="Сдружение „Въздух“")
Cause.objects.create(
    proposed_by=proposer,
    title="Чист въздух", title_bg="Чист въздух", title_en="Clean air",
    summary_bg="Мерки срещу замърсяването.", summary_en="Against pollution.",
)
starts = timezone.now() + timedelta(days=10)
Meeting.objects.create(
    title_bg="Общо събрание", title_en="General meeting",
    summary_bg="Решения.", summary_en="Decisions.",
    kind=Meeting.Kind.GENERAL, starts_at=starts, ends_at=starts + timedelta(hours=2),
    venue_bg="Читалище", venue_en="Community centre", capacity=3,
)
for number in range(12):
    UserFactory(email=f"person{number}@example.org")
for letter in "bcd":
    organisation = OrganisationFactory(name=f"Организация {letter}")
    for number in range(2):
        RoleFactory(
            user=UserFactory(email=f"editor-{letter}{number}@example.org"),
            organisation=organisation,
            kind=Role.Kind.EDITOR,
        )
"""

SESSIONS = """
import json
from django.test import Client
from members.models import User
sessions = {}
for user in User.objects.all():
    client = Client()
    client.force_login(user)
    sessions[user.email] = client.cookies["sessionid"].value
print(json.dumps(sessions))
"""

COUNTS = """
import json
from causes.models import Cause, StatusChange
from events.models import Registration
cause = Cause.objects.get()
print(json.dumps({
    "supports": cause.supports.count(),
    "co_sponsors": cause.co_sponsorships.count(),
    "status": cause.status,
    "backed": StatusChange.objects.filter(cause=cause, to_status="backed").count(),
    "confirmed": Registration.objects.confirmed().count(),
    "waiting": Registration.objects.waiting().count(),
}))
"""


@pytest.fixture
def running(tmp_path):
    with portal(tmp_path, "reliability", SETUP) as running:
        yield running


def test_the_site_answers_503_while_the_database_is_away_and_recovers(
    running, tmp_path
):
    server = running.serve(tmp_path, "outage", workers=2)
    try:
        kept = "/en/causes/"
        assert server.request("GET", kept)[0] == 200  # now kept for visitors
        assert server.request("GET", "/en/search/?q=air")[0] == 200
        statuses, stop = [], threading.Event()

        def load():  # visitors asking, each for a page not yet kept
            while not stop.is_set():
                page = f"/en/members/?q={len(statuses)}"
                statuses.append(server.request("GET", page)[0])

        visitor = threading.Thread(target=load)
        visitor.start()
        try:
            away(running.database)
            status, headers, page, _ = server.request("GET", "/en/search/?q=v")
            assert status == 503
            assert int(headers["Retry-After"]) > 0
            assert "briefly unavailable" in page
            assert "Traceback" not in page
            assert server.request("GET", "/healthz")[0] == 503
            # Pages kept for visitors are still served.
            assert server.request("GET", kept)[0] == 200
            time.sleep(1)
        finally:
            back(running.database)
        time.sleep(1)
        stop.set()
        visitor.join(timeout=60)
        assert not visitor.is_alive(), "a visitor's request hung"

        # Back, without a restart of the app servers.
        assert server.request("GET", "/en/search/?q=air2")[0] == 200
        assert server.request("GET", "/healthz")[0] == 200
        assert set(statuses) <= {200, 503}
        assert 503 in statuses
        assert statuses[-1] == 200
    finally:
        server.stop()


def away(database):
    """The database stops taking connections, and drops those it had."""
    with admin() as connection:
        connection.execute(f"ALTER DATABASE {database} ALLOW_CONNECTIONS false")
        connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            [database],
        )


def back(database):
    with admin() as connection:
        connection.execute(f"ALTER DATABASE {database} ALLOW_CONNECTIONS true")


def test_requests_at_the_same_moment_never_count_twice_or_overbook(running, tmp_path):
    sessions = json.loads(running.manage("shell", "-v0", "-c", SESSIONS))
    server = running.serve(tmp_path, "busy", workers=4, threads=2)
    token = secrets.token_hex(16)  # a CSRF secret of the form Django makes

    def post(email, path, form=None):
        cookies = {"sessionid": sessions[email], "csrftoken": token}
        form = {"csrfmiddlewaretoken": token, **(form or {})}
        return server.request("POST", path, cookies, form)[0]

    people = [f"person{n}@example.org" for n in range(12)]
    organisations = json.loads(
        running.manage(
            "shell",
            "-v0",
            "-c",
            "import json; from members.models import Organisation as O; "
            "print(json.dumps({o.name[-1]: o.pk for o in O.objects.all()}))",
        )
    )
    cause, meeting = "/en/causes/chist-vazduh/", "/en/events/obshto-sabranie/"
    calls = [
        # One person presses "Support" eight times at once...
        *[(people[0], f"{cause}support/", None)] * 8,
        # ...while eleven others support too,
        *[(person, f"{cause}support/", None) for person in people[1:]],
        # twelve people register for three places,
        *[(person, f"{meeting}register/", None) for person in people],
        # and both editors of three organisations co-sponsor, together.
        *[
            (
                f"editor-{letter}{number}@example.org",
                f"{cause}co-sponsor/",
                {"organisation": organisations[letter]},
            )
            for letter in "bcd"
            for number in range(2)
        ],
    ]
    try:
        with ThreadPoolExecutor(max_workers=16) as pool:
            statuses = list(pool.map(lambda call: post(*call), calls, timeout=120))
    finally:
        server.stop()

    assert set(statuses) == {302}, statuses  # no error, whoever came second
    counts = json.loads(running.manage("shell", "-v0", "-c", COUNTS))
    assert counts == {
        "supports": 12,
        "co_sponsors": 3,
        "status": "backed",
        "backed": 1,
        "confirmed": 3,
        "waiting": 9,
    }

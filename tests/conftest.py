"""Fixtures shared by the whole suite: the personas every permission test uses
— the owner of an organisation, a member of another one, and an outsider."""

import importlib
import os
from collections import Counter

import pytest
from django.apps import apps as django_apps
from django.core.cache import cache
from django.utils import translation

from causes.models import Cause
from members.models import Role
from network_portal.coordinators import sync_coordinators_group
from tests import needs
from tests.factories import (
    OrganisationFactory,
    RoleFactory,
    UserFactory,
    totp_authenticator,
)


def database_vendor():
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"]
    return "postgresql" if "postgresql" in engine else "sqlite"


def leave_out_and_skip(config, items):
    # A test of what only the other database does is left out of this pass.
    vendor = database_vendor()
    other = [
        item
        for item in items
        if (marker := item.get_closest_marker("only_on")) and vendor not in marker.args
    ]
    if other:
        config.hook.pytest_deselected(items=other)
        items[:] = [item for item in items if item not in other]
    # What a test needs and this machine lacks: skipped here, required in CI.
    lacking = {}
    for item in items:
        missing = {
            thing: reason
            for thing in sorted(needs.needed_by(item))
            if (reason := needs.missing(thing))
        }
        if missing:
            lacking.update(missing)
            reason = f"needs {' and '.join(missing)}: {'; '.join(missing.values())}"
            item.add_marker(pytest.mark.skip(reason=reason))
    if lacking and os.environ.get("CI"):
        raise pytest.UsageError(
            "CI requires every test to run: " + "; ".join(lacking.values())
        )


HOW_TO_RUN = {
    "postgresql": "start PostgreSQL on 127.0.0.1:5432 (user postgres, trust)",
    "redis": "start Redis on 127.0.0.1:6379",
    "browser": "apt-get install chromium",
    "html-checker": "apt-get install default-jre-headless, then make install",
}


def pytest_terminal_summary(terminalreporter):
    skipped = Counter()
    for report in terminalreporter.stats.get("skipped", []):
        reason = str(report.longrepr[-1]) if isinstance(report.longrepr, tuple) else ""
        if reason.startswith("Skipped: needs "):
            things = reason.removeprefix("Skipped: needs ").split(": ")[0]
            skipped.update(things.split(" and "))
    for thing, count in sorted(skipped.items()):
        tests = "test" if count == 1 else "tests"
        terminalreporter.write_line(
            f"Skipped {count} {tests} that need {thing}: to run them, "
            f"{HOW_TO_RUN[thing]} and run make test again (see the README)."
        )
    other = {"sqlite": "postgresql", "postgresql": "sqlite"}[database_vendor()]
    terminalreporter.write_line(
        f"Tests of what only {other} does are left out of this pass on "
        f"{database_vendor()}; "
        + (
            "they run with DATABASE_URL=postgres://… (CI's second pass)."
            if other == "postgresql"
            else "they run without DATABASE_URL (CI's first pass)."
        )
    )


@pytest.fixture(autouse=True)
def _clear_cache():
    # The cache outlives each test's database transaction: start clean.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _bulgarian_first():
    # A request to an English page leaves English active in the test thread.
    translation.activate("bg")
    yield
    translation.activate("bg")


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PAGE_CACHE_FILES = tmp_path / "page-cache"


@pytest.fixture
def organisation(db):
    """The member organisation under test."""
    return OrganisationFactory(name="Сдружение „Зелена България“")


@pytest.fixture
def other_organisation(db):
    return OrganisationFactory(name="Фондация „Друга“")


@pytest.fixture
def owner(organisation):
    """The person who edits the organisation under test."""
    user = UserFactory(email="owner@example.org")
    RoleFactory(user=user, organisation=organisation, kind=Role.Kind.EDITOR)
    return user


@pytest.fixture
def other_member(other_organisation):
    """A person who edits another member organisation."""
    user = UserFactory(email="other-member@example.org")
    RoleFactory(user=user, organisation=other_organisation, kind=Role.Kind.EDITOR)
    return user


@pytest.fixture
def outsider(db):
    """A signed-up supporter with no role in any organisation."""
    return UserFactory(email="outsider@example.org")


@pytest.fixture
def cause(organisation):
    """A cause the organisation under test proposed."""
    return Cause.objects.create(
        proposed_by=organisation,
        title="Достъпна градска среда",
        title_bg="Достъпна градска среда",
        title_en="An accessible town",
        summary_bg="Рампи и тротоари за всички.",
        summary_en="Ramps and pavements for all.",
    )


@pytest.fixture
def coordinator(db):
    """Network staff: in the Coordinators group, not a superuser."""
    user = UserFactory(email="coordinator@example.org", is_staff=True)
    user.groups.add(sync_coordinators_group())
    return user


@pytest.fixture
def coordinator_client(client, coordinator):
    """A coordinator signed in with two-factor authentication turned on."""
    totp_authenticator(coordinator)
    client.force_login(coordinator)
    return client


DATA_MIGRATIONS = [
    ("network_portal.migrations.0002_site_settings_texts", "create_site_settings"),
    ("network_portal.migrations.0005_project_funding_data", "fill"),
    ("network_portal.migrations.0011_english_motto", "reword"),
    ("members.migrations.0003_places_and_topics", "create"),
    ("members.migrations.0005_default_indicators", "create"),
    ("members.migrations.0012_unit_after_one", "fill"),
    ("members.migrations.0015_proposals_indicator_wording", "reword"),
    ("capacity.migrations.0002_areas_and_questions", "create"),
]


def transactional(item):
    marker = item.get_closest_marker("django_db")
    if marker and marker.kwargs.get("transaction"):
        return True
    return bool({"transactional_db", "live_server"} & set(item.fixturenames))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    leave_out_and_skip(config, items)
    # The crawl serves a portal of its own, with no test database, for some
    # minutes: it starts first, so that in parallel the rest runs beside it.
    # Transactional tests empty the database when they end, the migrations'
    # data included: they run after every other test, whatever order the
    # plugins chose before, browser tests last.
    items.sort(
        key=lambda item: (
            item.path.name != "test_crawl.py" or transactional(item),
            transactional(item),
            "/e2e/" in str(item.path),
        )
    )


@pytest.fixture(autouse=True)
def _migrations_data(request):
    """Put back the data migrations ship, which a transactional test before
    this one has emptied with every table."""
    if not transactional(request.node):
        return
    request.getfixturevalue("transactional_db")
    for module, function in DATA_MIGRATIONS:
        getattr(importlib.import_module(module), function)(django_apps, None)
    sync_coordinators_group()

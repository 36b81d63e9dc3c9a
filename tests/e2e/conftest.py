"""Browser tests: the system's Chromium, driven by Playwright, against a live
server. A missing browser skips them on a developer's machine and fails CI
(tests/needs.py)."""

import os
import shutil
import time

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from tests import factories
from tests.factories import PASSWORD

# Playwright's event loop runs in the test thread; the ORM calls are synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DATA_MIGRATIONS = [
    ("network_portal.migrations.0002_site_settings_texts", "create_site_settings"),
    ("members.migrations.0003_places_and_topics", "create"),
    ("members.migrations.0005_default_indicators", "create"),
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture
def site(live_server, transactional_db):
    """The portal served on localhost, with the data its migrations ship.

    Transactional tests empty every table when they end; the data that
    migrations created is put back for each browser test.
    """
    return live_server


@pytest.fixture
def browser_page(page):
    """A page that fails the test on any console error or failed request."""
    problems = []
    page.on(
        "console",
        lambda message: (
            message.type == "error" and problems.append(f"console: {message.text}")
        ),
    )
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    # A request cut short by leaving the page (ERR_ABORTED) is not a failure.
    page.on(
        "requestfailed",
        lambda request: (
            request.failure != "net::ERR_ABORTED"
            and problems.append(f"failed request: {request.url} {request.failure}")
        ),
    )
    page.set_default_timeout(10_000)
    yield page
    assert problems == []


@pytest.fixture
def sign_in(site):
    """Signs a person in with the factories' password, in English, and waits
    until the site says they are in."""

    def sign_in(page, email):
        page.goto(f"{site.url}/en/accounts/login/")
        page.get_by_label("E-mail").fill(email)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("button", name="Sign out")).to_be_visible()

    return sign_in


@pytest.fixture
def assert_accessible():
    """Runs axe-core on the page as it stands. A click that follows a link
    may still be on its way to the next page: axe then meets a document that
    is being replaced, and runs again once the new page has loaded."""
    axe = Axe()

    def check(page):
        for attempt in range(3):
            page.wait_for_load_state("load")
            try:
                results = axe.run(
                    page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}}
                )
                break
            except PlaywrightError as error:
                navigating = "documentElement" in str(error) or "destroyed" in str(
                    error
                )
                if not navigating or attempt == 2:
                    raise
        assert results.violations_count == 0, results.generate_report()

    return check


def totp_code(secret):
    """The current code of an authenticator app, as a person types it. Close
    to the end of its 30 seconds, a person waits for the next code: typed by
    keyboard, this one would expire before it is sent."""
    if time.time() % 30 > 25:
        time.sleep(30 - time.time() % 30)
    return factories.totp_code(secret, time.time())

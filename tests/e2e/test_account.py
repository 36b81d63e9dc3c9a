"""A person's own data, in the browser: found from the member area, read,
downloaded and deleted, by keyboard, on a phone, in both languages."""

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from members.models import User
from tests.e2e import crawl
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_account_pages_are_valid_accessible_and_fit_a_phone(site, page, sign_in):
    if not crawl.java() or not crawl.VNU_JAR.exists():
        pytest.fail("This test needs Java and vnu-jar (make install).")
    UserFactory(email="elena@example.org")
    sign_in(page, "elena@example.org")

    reports = [
        crawl.check_page(page, f"{site.url}{path}")
        for path in (
            "/en/dashboard/account/",
            "/en/dashboard/account/delete/",
            "/dashboard/account/",
            "/dashboard/account/delete/",
        )
    ]
    crawl.check_html(reports)

    assert {r.url: r.findings for r in reports} == {r.url: [] for r in reports}


def test_a_person_downloads_and_deletes_their_data_by_keyboard(
    site, browser_page, assert_accessible, sign_in
):
    UserFactory(email="elena@example.org")
    page = browser_page
    sign_in(page, "elena@example.org")
    page.goto(f"{site.url}/en/dashboard/")
    page.get_by_role("link", name=re.compile("Your data")).focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your data")

    with page.expect_download() as download:
        page.get_by_role("link", name="Download my data (JSON)").click()
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert data["account"]["email"] == "elena@example.org"

    page.get_by_role("link", name="Delete my account").focus()
    page.keyboard.press("Enter")
    page.get_by_label("Your password").fill("not my password")
    page.keyboard.press("Enter")
    expect(page.locator(".error-summary")).to_be_focused()
    assert_accessible(page)
    assert User.objects.filter(email="elena@example.org").exists()

    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_role("button", name="Delete my account for good").click()

    expect(page.locator(".messages")).to_contain_text("Your account and your")
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()
    assert not User.objects.filter(email="elena@example.org").exists()

"""The newsletter in a browser: from the footer to a confirmed subscription
and back out, with axe-core checking every page."""

import re

import pytest
from playwright.sync_api import expect

from network_portal.models import Subscriber

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_visitor_subscribes_confirms_and_unsubscribes(
    site, browser_page, assert_accessible, mailoutbox
):
    page = browser_page
    page.goto(f"{site.url}/en/")
    page.locator(".site-footer").get_by_role("link", name="Newsletter").click()
    expect(page.locator("h1")).to_have_text("Hear from the network")
    assert_accessible(page)

    page.get_by_role("button", name="Subscribe").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Your e-mail address").fill("maria@example.org")
    page.get_by_label(re.compile("I agree")).check()
    page.get_by_role("button", name="Subscribe").click()

    expect(page.get_by_text(re.compile("We have sent an e-mail"))).to_be_visible()
    assert len(mailoutbox) == 1
    link = re.search(r"https?://\S+/newsletter/confirm/\S+/", mailoutbox[0].body)[0]
    page.goto(link)
    assert_accessible(page)
    assert Subscriber.objects.get().confirmed_at is None
    page.get_by_role("button", name="Confirm my subscription").click()

    expect(page.get_by_text("Your subscription is confirmed.")).to_be_visible()
    subscriber = Subscriber.objects.get()
    assert subscriber.confirmed_at is not None
    page.goto(f"{site.url}/en/newsletter/unsubscribe/{subscriber.token}/")
    assert_accessible(page)
    page.get_by_role("button", name="Unsubscribe").click()

    expect(page.locator("h1")).to_have_text("You are unsubscribed")
    assert_accessible(page)
    assert not Subscriber.objects.exists()

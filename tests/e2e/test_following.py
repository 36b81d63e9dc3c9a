"""Following and notifications in a browser: a supporter follows an
organisation and a cause by keyboard and chooses a topic; an editor reads a
notification and chooses how to be told; anyone leaves the weekly digest from
its e-mail link without signing in. Every page is valid, accessible and fits
a phone, in both languages."""

import re
from types import SimpleNamespace

import pytest
from django.db import transaction
from playwright.sync_api import expect

from causes.models import Cause
from following.models import Follow, Notification, Preferences
from members.models import Role
from tests.e2e import crawl
from tests.e2e.test_foundation import tab_to
from tests.factories import OrganisationFactory, RoleFactory, UserFactory, topic

pytestmark = pytest.mark.django_db(transaction=True)

FOLLOW_BUTTON = "form.follow-form button[type=submit]"
GREEN = "Green Stara Zagora Association"


@pytest.fixture
def network(site):
    green = OrganisationFactory(
        name="Сдружение „Зелена Стара Загора“",
        name_en=GREEN,
    )
    cause = Cause.objects.create(
        proposed_by=green,
        title_bg="Чист въздух",
        title_en="Clean air",
        summary_bg="Измерване на въздуха.",
        summary_en="Measuring the air.",
    )
    return SimpleNamespace(organisation=green, cause=cause)


@pytest.fixture
def co_sponsored(network):
    """An editor of the organisation that proposed the cause, told that
    another member co-sponsors it."""
    editor = RoleFactory(
        user=UserFactory(email="green@example.org"),
        organisation=network.organisation,
        kind=Role.Kind.EDITOR,
    ).user
    other = OrganisationFactory(
        name="Доброволци от Мъглиж", name_en="Maglizh Volunteers"
    )
    other_editor = RoleFactory(organisation=other, kind=Role.Kind.EDITOR).user
    with transaction.atomic():
        network.cause.add_co_sponsor(organisation=other, by=other_editor)
    assert Notification.objects.get(user=editor).kind == Notification.Kind.CO_SPONSOR
    return editor


def follow_by_keyboard(page):
    """Tab to the follow button of the page and press Enter."""
    tab_to(page, FOLLOW_BUTTON, limit=200)
    expect(page.locator(FOLLOW_BUTTON)).to_have_text("Follow")
    page.keyboard.press("Enter")


def test_a_supporter_follows_by_keyboard_and_chooses_a_topic(
    site, network, browser_page, assert_accessible, sign_in
):
    supporter = UserFactory(email="elena@example.org")
    page = browser_page
    sign_in(page, supporter.email)

    page.goto(f"{site.url}/en/members/{network.organisation.slug}/")
    follow_by_keyboard(page)
    expect(page.locator(".messages")).to_contain_text(
        f"You follow “{GREEN}”: what is new comes in your weekly digest."
    )
    expect(page.locator("h1")).to_have_text(GREEN)
    expect(page.locator(FOLLOW_BUTTON)).to_have_text("Stop following")
    assert_accessible(page)

    page.goto(f"{site.url}/en/causes/{network.cause.slug}/")
    follow_by_keyboard(page)
    expect(page.locator(".messages")).to_contain_text("You follow “Clean air”")
    expect(page.locator(FOLLOW_BUTTON)).to_have_text("Stop following")
    assert_accessible(page)
    assert {follow.target for follow in Follow.objects.filter(user=supporter)} == {
        network.organisation,
        network.cause,
    }

    page.goto(f"{site.url}/en/dashboard/following/")
    expect(page.locator("h1")).to_have_text("What I follow")
    main = page.locator("main")
    expect(main.get_by_role("link", name=GREEN)).to_be_visible()
    expect(main.get_by_role("link", name="Clean air")).to_be_visible()
    assert_accessible(page)

    youth = topic("youth")
    tab_to(page, f"input[name=topics][value='{youth.pk}']")
    page.keyboard.press("Space")
    tab_to(page, "#topics-heading ~ form button[type=submit]")
    page.keyboard.press("Enter")

    expect(page.locator(".messages")).to_contain_text(
        "The topics you follow are saved."
    )
    expect(page.get_by_label("Youth", exact=True)).to_be_checked()
    expect(page.get_by_label("Health", exact=True)).not_to_be_checked()
    assert Follow.objects.get(user=supporter, topic__isnull=False).topic == youth
    assert_accessible(page)

    page.get_by_role("button", name=f"Stop following — {GREEN}").click()

    expect(page.locator(".messages")).to_contain_text(
        f"You no longer follow “{GREEN}”."
    )
    expect(page.locator("h1")).to_have_text("What I follow")
    expect(main.get_by_role("link", name=GREEN)).to_have_count(0)
    expect(main.get_by_role("link", name="Clean air")).to_be_visible()
    assert_accessible(page)
    assert [follow.target for follow in Follow.objects.filter(user=supporter)] == [
        youth,
        network.cause,
    ]


def test_an_editor_reads_a_notification_and_chooses_how_to_be_told(
    site, co_sponsored, browser_page, assert_accessible, sign_in
):
    page = browser_page
    sign_in(page, co_sponsored.email)
    menu = page.locator(".account-menu")
    notifications = menu.get_by_role("link", name=re.compile("^Notifications"))

    expect(notifications).to_have_accessible_name("Notifications 1 new")
    notifications.click()

    expect(page.locator("h1")).to_have_text("Notifications")
    expect(page.locator(".notification--unread")).to_contain_text(
        "Maglizh Volunteers co-sponsors your cause “Clean air”."
    )
    expect(notifications).to_have_accessible_name("Notifications")
    expect(menu.locator(".badge--count")).to_have_count(0)
    assert_accessible(page)
    assert Notification.objects.get(user=co_sponsored).is_read

    page.reload()
    expect(page.locator(".notification--unread")).to_have_count(0)
    expect(notifications).to_have_accessible_name("Notifications")
    expect(page.locator(".notifications")).to_contain_text("co-sponsors your cause")

    page.get_by_role("link", name="Choose what we tell you, and how").click()
    expect(page.locator("h1")).to_have_text("Notification settings")
    assert_accessible(page)
    comments_by_email = page.get_by_label("a comment on our cause: by e-mail")
    digest = page.get_by_label("Send me a weekly digest of what I follow")
    expect(comments_by_email).to_be_checked()
    expect(digest).to_be_checked()

    comments_by_email.uncheck()
    digest.uncheck()
    page.get_by_role("button", name="Save", exact=True).click()

    expect(page.locator(".messages")).to_contain_text("Your choices are saved.")
    page.reload()
    expect(comments_by_email).not_to_be_checked()
    expect(digest).not_to_be_checked()
    expect(page.get_by_label("a comment on our cause: on the site")).to_be_checked()
    assert_accessible(page)
    prefs = Preferences.objects.get(user=co_sponsored)
    assert prefs.off_by_email == ["comment"]
    assert prefs.off_in_site == []
    assert prefs.weekly_digest is False


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_digest_stops_from_its_link_without_signing_in(
    site, browser_page, assert_accessible, prefix
):
    person = UserFactory(email="elena@example.org")
    prefs, _ = Preferences.objects.get_or_create(user=person)
    page = browser_page

    page.goto(f"{site.url}{prefix}{prefs.get_unsubscribe_url()}")
    expect(page.locator("main")).to_contain_text("elena@example.org")
    assert_accessible(page)
    tab_to(page, "main form button[type=submit]")
    page.keyboard.press("Enter")

    expect(page.locator("h1")).to_have_text(
        "The digest is stopped" if prefix else "Обзорът е спрян"
    )
    assert_accessible(page)
    prefs.refresh_from_db()
    assert prefs.weekly_digest is False
    assert Follow.objects.count() == 0


def test_the_following_pages_are_valid_accessible_and_fit_a_phone(
    site, network, co_sponsored, page, sign_in
):
    if not crawl.java() or not crawl.VNU_JAR.exists():
        pytest.fail("This test needs Java and vnu-jar (make install).")
    newcomer = UserFactory(email="elena@example.org")
    for target in (network.organisation, network.cause, topic("youth")):
        Follow.objects.create(user=co_sponsored, **{target._meta.model_name: target})
    prefs, _ = Preferences.objects.get_or_create(user=co_sponsored)
    unsubscribe = prefs.get_unsubscribe_url()
    pages = (
        f"/members/{network.organisation.slug}/",
        f"/causes/{network.cause.slug}/",
        "/dashboard/following/",
        "/dashboard/notifications/",
        "/dashboard/notifications/settings/",
        unsubscribe,
        "/digest/unsubscribe/no-such-token/",
    )

    # Someone who follows nothing and was told nothing yet: the empty lists.
    sign_in(page, newcomer.email)
    empty = [
        crawl.check_page(page, f"{site.url}{prefix}{path}")
        for prefix in ("", "/en")
        for path in ("/dashboard/following/", "/dashboard/notifications/")
    ]
    assert all("empty-state" in r.html for r in empty if "notifications" in r.url)
    page.context.clear_cookies()
    # The editor follows all three and has a notification, new on the first
    # visit (in Bulgarian), read on the second.
    sign_in(page, co_sponsored.email)
    full = [
        crawl.check_page(page, f"{site.url}{prefix}{path}")
        for prefix in ("", "/en")
        for path in pages
    ]
    assert "notification--unread" in full[pages.index("/dashboard/notifications/")].html
    reports = empty + full
    crawl.check_html(reports)

    # The same address is checked for both people: a list, not a dict by URL.
    assert [(r.url, r.findings) for r in reports if r.findings] == []

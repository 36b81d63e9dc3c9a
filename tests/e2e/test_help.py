"""Help between members in a browser: an editor asks for help from the member
area, another member answers on the item's page, the poster accepts and
records what came of it; every page checked by axe-core, the list worked by
keyboard and on a narrow screen."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from members.models import Role
from mutual_help.models import HelpItem, Response
from tests.e2e.test_foundation import tab_to
from tests.factories import OrganisationFactory, UserFactory, place

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def members(site):
    green = OrganisationFactory(
        name="Сдружение „Зелена Стара Загора“", name_en="Green Stara Zagora"
    )
    hall = OrganisationFactory(
        name="Народно читалище „Пробуда“", name_en="Probuda Community Centre"
    )
    editors = {}
    for organisation, email in [
        (green, "green@example.org"),
        (hall, "hall@example.org"),
    ]:
        editors[email] = UserFactory(email=email)
        Role.objects.create(
            user=editors[email], organisation=organisation, kind=Role.Kind.EDITOR
        )
    HelpItem.objects.create(
        direction="offer",
        kind="equipment",
        title="Проектор за срещи",
        title_bg="Проектор за срещи",
        title_en="A projector for meetings",
        description_bg="Даваме проектор и екран.",
        ongoing=True,
        place=place("stara-zagora"),
        organisation=hall,
    )
    return green, hall


def test_a_request_is_posted_answered_accepted_and_closed(
    site, members, browser_page, assert_accessible, sign_in
):
    green, hall = members
    page = browser_page
    sign_in(page, "green@example.org")

    page.goto(f"{site.url}/en/dashboard/")
    page.locator(".dashboard-item").get_by_role(
        "link", name=re.compile("^Help between members")
    ).click()
    assert_accessible(page)
    page.get_by_role("link", name="Ask for help or offer it").click()
    assert_accessible(page)
    page.get_by_role("button", name="Post it").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("request for help").check()
    page.get_by_label("Kind of help").select_option("premises")
    page.locator("#id_title_bg").fill("Зала за общо събрание")
    page.locator("#id_description_bg").fill("Търсим зала за 40 души.")
    day = timezone.localdate() + timedelta(days=20)
    page.locator("#id_starts_on").fill(day.isoformat())
    page.get_by_label("Municipality").select_option(str(place("stara-zagora").pk))
    page.get_by_role("button", name="Post it").click()
    expect(page.locator(".messages")).to_contain_text("It is posted")
    item = HelpItem.objects.get(title_bg="Зала за общо събрание")
    assert item.organisation == green
    assert_accessible(page)

    page.get_by_role("button", name="Sign out").click()
    sign_in(page, "hall@example.org")
    page.goto(f"{site.url}/en/help/{item.slug}/")
    assert_accessible(page)
    page.get_by_label("Your answer").fill("Our hall takes 60 people.")
    page.get_by_role("button", name="Send the answer").click()
    expect(page.locator(".messages")).to_contain_text("Your answer is sent")
    assert Response.objects.get().organisation == hall

    page.get_by_role("button", name="Sign out").click()
    sign_in(page, "green@example.org")
    page.goto(f"{site.url}/en/dashboard/organisations/{green.slug}/help/")
    expect(page.locator(".help-answers")).to_contain_text("Our hall takes 60 people.")
    page.get_by_role("button", name=re.compile("^Accept")).click()
    expect(page.locator(".help-answers")).to_contain_text(hall.email)
    assert_accessible(page)
    page.get_by_role("link", name=re.compile("^Record what came of it")).click()
    assert_accessible(page)
    page.locator("#id_outcome_bg").fill("Събранието се проведе в читалището.")
    page.locator("#id_outcome_figure").fill("42")
    page.get_by_label("The figure is").select_option("people")
    page.get_by_role("button", name="Close it as done").click()

    expect(page.locator("#outcome-heading")).to_be_visible()
    expect(page.locator(".prose")).to_contain_text("42")
    assert_accessible(page)
    item.refresh_from_db()
    assert item.status == "done"


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_list_filters_by_keyboard_and_fits_a_narrow_screen(
    site, members, browser_page, assert_accessible, prefix
):
    page = browser_page
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{site.url}{prefix}/help/")
    assert_accessible(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0

    tab_to(page, "form.filters select[name=kind]")
    page.keyboard.press("End")  # the last kind: other
    tab_to(page, "form.filters button[type=submit]")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"kind=other"))
    expect(page.locator(".help-card")).to_have_count(0)
    assert_accessible(page)

    page.goto(f"{site.url}{prefix}/help/?kind=equipment")
    expect(page.locator(".help-card")).to_have_count(1)
    page.locator(".help-card a").first.click()
    assert_accessible(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0

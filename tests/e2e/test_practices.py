"""The practice library in a browser: finding a practice, sharing one from
the member area, and another member saying it applied it too; axe-core
checks every page."""

import re

import pytest
from playwright.sync_api import expect

from members.models import Practice, Reuse, Role
from tests.e2e.test_foundation import tab_to
from tests.factories import (
    ActivityFactory,
    OrganisationFactory,
    PracticeFactory,
    ResultFactory,
    UserFactory,
    topic,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def library(site):
    green = OrganisationFactory(
        name="Сдружение „Зелена Стара Загора“",
        name_en="Green Stara Zagora Association",
    )
    activity = ActivityFactory(organisation=green, title="Засаждане пред блок 12")
    ResultFactory(activity=activity, value=40)
    garden = PracticeFactory(
        organisation=green,
        title="Осиновена градинка",
        title_en="Adopt a garden",
        summary_en="Residents look after the garden at their entrance.",
        problem_en="The small gardens between blocks go to waste.",
        approach_en="1. Collect signatures.\n2. Sign an agreement.",
        needs_people_bg="Поне петима живущи",
        needs_people_en="At least five residents",
        topics=[topic("environment")],
    )
    garden.activities.add(activity)
    PracticeFactory(
        organisation=OrganisationFactory(name="Млади граждани Раднево"),
        title="Младежки бюджет",
        title_en="A youth budget",
        topics=[topic("youth")],
    )
    return garden


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_library_filters_by_keyboard_and_opens_a_practice(
    site, library, browser_page, assert_accessible, prefix
):
    page = browser_page
    page.goto(f"{site.url}{prefix}/practices/")
    assert_accessible(page)
    expect(page.locator(".news-card")).to_have_count(2)

    tab_to(page, "form.filters input[name=q]")
    page.keyboard.type("градинка" if not prefix else "garden")
    tab_to(page, "form.filters button[type=submit]")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"q="))
    expect(page.locator(".news-card")).to_have_count(1)
    assert_accessible(page)
    page.locator(".news-card a").first.click()
    expect(page.locator("h1")).to_have_text(
        "Adopt a garden" if prefix else "Осиновена градинка"
    )
    expect(page.locator(".prose")).to_contain_text(
        re.compile(r"Засаждане пред блок 12|Activity \d+")
    )
    expect(page.locator(".prose")).to_contain_text("40")
    assert_accessible(page)


def test_the_library_fits_a_narrow_screen(site, library, browser_page):
    page = browser_page
    page.set_viewport_size({"width": 360, "height": 740})

    for path in ["/practices/", f"/en/practices/{library.slug}/"]:
        page.goto(site.url + path)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - window.innerWidth"
        )
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"
        expect(
            page.get_by_role("link", name=re.compile("Практики|Practices")).first
        ).to_be_visible()


def test_another_member_says_it_applied_the_practice_then_withdraws(
    site, library, browser_page, assert_accessible, sign_in
):
    other = OrganisationFactory(
        name="Доброволци от Мъглиж", name_en="Maglizh Volunteers"
    )
    editor = UserFactory(email="maglizh@example.org")
    Role.objects.create(user=editor, organisation=other, kind=Role.Kind.EDITOR)
    page = browser_page
    sign_in(page, editor.email)

    page.goto(f"{site.url}/en/practices/{library.slug}/")
    assert_accessible(page)
    page.get_by_label("Note").fill("We started with three entrances.")
    page.get_by_role("button", name="We applied this too").click()

    expect(page.locator(".messages")).to_be_visible()
    expect(page.locator(".practice__reuses")).to_contain_text(
        "We started with three entrances."
    )
    assert Reuse.objects.filter(practice=library, organisation=other).exists()
    assert_accessible(page)

    page.get_by_role("button", name=re.compile("Withdraw")).click()
    expect(page.locator(".practice__reuses")).to_have_count(0)
    assert not Reuse.objects.exists()


def test_an_editor_shares_a_practice_from_the_member_area(
    site, library, browser_page, assert_accessible, sign_in
):
    editor = UserFactory(email="green@example.org")
    Role.objects.create(
        user=editor, organisation=library.organisation, kind=Role.Kind.EDITOR
    )
    page = browser_page
    sign_in(page, editor.email)

    page.goto(f"{site.url}/en/dashboard/")
    page.locator(".dashboard-item").get_by_role(
        "link", name=re.compile("^Practices")
    ).click()
    assert_accessible(page)
    page.get_by_role("link", name="Share a practice").click()
    assert_accessible(page)
    page.get_by_role("button", name="Save and publish").click()

    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page)
    page.locator("#id_title_bg").fill("Поправителна работилница")
    page.get_by_label("Summary (in Bulgarian)").fill("Поправяме заедно.")
    page.get_by_label("The problem (in Bulgarian)").fill("Вещите отиват на сметището.")
    page.get_by_label("The approach, step by step (in Bulgarian)").fill(
        "1. Майстори.\n2. Зала."
    )
    page.get_by_role("button", name="Save and publish").click()

    expect(page.locator(".messages")).to_be_visible()
    assert Practice.objects.get(title_bg="Поправителна работилница").is_published

"""The registry in a browser: the directory, a profile, joining, and an editor
keeping the profile, with axe-core checking every page."""

import re

import pytest
from playwright.sync_api import expect

from members.models import Application, Role
from tests.e2e.test_foundation import tab_to
from tests.factories import OrganisationFactory, UserFactory, place, topic

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def registry(site):
    green = OrganisationFactory(
        name="Сдружение „Зелена България“",
        name_en="Green Bulgaria Association",
        topics=[topic("environment")],
        mission_bg="Чиста природа.",
        mission_en="Clean nature.",
    )
    OrganisationFactory(
        name="Млади граждани Раднево",
        name_en="Young Citizens of Radnevo",
        informal=True,
        municipality=place("radnevo"),
        topics=[topic("youth")],
    )
    OrganisationFactory(name="Фондация „Бивша“", status="former")
    return green


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_directory_filters_by_keyboard(
    site, registry, browser_page, assert_accessible, prefix
):
    page = browser_page
    page.goto(f"{site.url}{prefix}/members/")
    assert_accessible(page)
    expect(page.locator(".org-card")).to_have_count(3)

    tab_to(page, "select[name=kind]")
    page.keyboard.press("End")  # the last kind: informal group
    tab_to(page, "form.filters button[type=submit]")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"kind=informal_group"))
    expect(page.locator(".org-card")).to_have_count(1)
    expect(page.locator(".org-card")).to_contain_text(re.compile("Раднево|Radnevo"))
    assert_accessible(page)


def test_profile_page_is_accessible_in_both_languages(
    site, registry, browser_page, assert_accessible
):
    page = browser_page
    page.goto(f"{site.url}/members/{registry.slug}/")
    expect(page.locator("h1")).to_have_text("Сдружение „Зелена България“")
    assert_accessible(page)

    page.get_by_role("link", name="English").click()

    expect(page.locator("h1")).to_have_text("Green Bulgaria Association")
    expect(page.locator(".profile__main")).to_contain_text("Clean nature.")
    assert_accessible(page)


def test_an_organisation_applies_to_join_and_fixes_a_wrong_eik(
    site, browser_page, assert_accessible
):
    page = browser_page
    page.goto(f"{site.url}/en/members/join/")
    assert_accessible(page)
    page.get_by_label("Name of the organisation or group").fill("Reading Club")
    page.get_by_label("association", exact=True).check()
    page.get_by_label("ЕИК (UIC)").fill("175074751")
    page.get_by_label("Municipality").select_option(label="Kazanlak")
    page.get_by_label("Contact person").fill("Petya Koleva")
    page.get_by_label("Contact e-mail").fill("petya@example.org")
    page.get_by_label("What the organisation does").fill("A reading club.")
    page.get_by_label(re.compile("I have read the privacy notice")).check()
    page.get_by_role("button", name="Send the application").click()

    expect(page.locator("#id_eik_error")).to_contain_text("175074751")
    expect(page.get_by_label("ЕИК (UIC)")).to_have_attribute("aria-invalid", "true")
    assert_accessible(page)

    page.get_by_label("ЕИК (UIC)").fill("175074752")
    page.get_by_role("button", name="Send the application").click()

    expect(page).to_have_url(re.compile(r"/en/members/join/thanks/$"))
    assert_accessible(page)
    assert Application.objects.get().eik == "175074752"


def test_an_editor_changes_the_profile(
    site, registry, browser_page, assert_accessible, sign_in
):
    editor = UserFactory(email="editor@example.org")
    Role.objects.create(user=editor, organisation=registry, kind=Role.Kind.EDITOR)
    page = browser_page
    sign_in(page, editor.email)

    page.goto(f"{site.url}/en/dashboard/")
    assert_accessible(page)
    page.get_by_role("link", name=re.compile("Edit the profile")).click()
    assert_accessible(page)
    page.get_by_label("Mission (in English)").fill("Clean rivers for everyone.")
    page.get_by_role("button", name="Save the profile").click()

    expect(page.locator(".messages")).to_be_visible()
    page.goto(f"{site.url}/en/members/{registry.slug}/")
    expect(page.locator(".profile__main")).to_contain_text("Clean rivers for everyone.")

    page.goto(f"{site.url}/en/dashboard/organisations/{registry.slug}/people/")
    assert_accessible(page)

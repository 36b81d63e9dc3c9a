"""The capacity self-assessment in a browser: an editor starts it from the
member area, answers by keyboard, saves a draft, is told what is missing,
submits and reads the results; every page checked by axe-core and fitting a
narrow screen, in both languages."""

import re

import pytest
from playwright.sync_api import expect

from capacity.models import Assessment, Question
from members.models import Role
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def editor(site):
    club = OrganisationFactory(
        name="Клуб „Отворено общество“", name_en="Open Society Club"
    )
    person = UserFactory(email="club@example.org")
    Role.objects.create(user=person, organisation=club, kind=Role.Kind.EDITOR)
    return club


def fits(page):
    return page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 0


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_an_editor_answers_by_keyboard_saves_a_draft_and_submits(
    site, editor, browser_page, assert_accessible, sign_in, prefix
):
    page = browser_page
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(page, "club@example.org")
    page.goto(f"{site.url}{prefix}/dashboard/capacity/")
    assert_accessible(page)
    assert fits(page)
    page.locator("main a.button").first.click()
    assert_accessible(page)
    assert fits(page)

    # The first question by keyboard: Tab into its radio group, an arrow to
    # the second level; then a draft.
    first = page.locator("main form fieldset input[type=radio]").first
    first.focus()
    page.keyboard.press("ArrowDown")
    expect(
        page.locator("main form fieldset").first.locator("input:checked")
    ).to_have_value("2")
    page.locator("main form button[value=save]").click()
    expect(page.locator(".messages")).to_be_visible()
    draft = Assessment.objects.get(organisation=editor)
    assert draft.status == "draft"
    assert [a.level for a in draft.answers.all() if a.level] == [2]

    # Submitted with the rest unanswered: told which, nothing submitted.
    page.goto(
        f"{site.url}{prefix}/dashboard/organisations/{editor.slug}/capacity/assessment/"
    )
    page.locator("main form button[value=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page)
    draft.refresh_from_db()
    assert draft.status == "draft"

    # Every question answered: submitted, the results shown.
    for fieldset in page.locator("main form fieldset").all():
        fieldset.locator("input[type=radio]").nth(2).check()
    page.locator("main form button[value=submit]").click()
    expect(page).to_have_url(re.compile(rf"/organisations/{editor.slug}/capacity/$"))
    draft.refresh_from_db()
    assert draft.status == "submitted"
    assert (
        draft.answers.filter(level=3).count()
        == Question.objects.filter(asked=True).count()
    )
    assert_accessible(page)
    assert fits(page)

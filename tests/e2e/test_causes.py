"""Causes in a browser: a supporter signs in from the cause, supports it,
comments and reports a comment; an editor co-sponsors for their organisation.
axe-core checks every page."""

import pytest
from playwright.sync_api import expect

from causes.models import Cause, Comment
from members.models import Role
from tests.factories import PASSWORD, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def cause(site):
    cause = Cause.objects.create(
        proposed_by=OrganisationFactory(name="Сдружение „Зелена България“"),
        title_bg="Чист въздух",
        title_en="Clean air",
        summary_bg="Измерване на въздуха.",
        summary_en="Measuring the air.",
    )
    Comment.objects.create(
        cause=cause, author=UserFactory(), author_name="Иван", body="Подкрепям!"
    )
    return cause


def test_a_supporter_signs_in_from_the_cause_supports_and_comments(
    site, cause, browser_page, assert_accessible
):
    person = UserFactory(email="elena@example.org")
    page = browser_page
    page.goto(f"{site.url}/en/causes/{cause.slug}/")
    assert_accessible(page)

    page.get_by_role("link", name="Support this cause").click()
    page.get_by_label("E-mail").fill(person.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    # Back on the cause, signed in: one more click counts.
    expect(page.locator("h1")).to_have_text("Clean air")
    page.get_by_role("button", name="Support this cause").click()
    expect(page.locator(".support-count")).to_contain_text("1 supporter")
    assert_accessible(page)

    page.get_by_label("Your comment").fill("Let us measure in Galabovo first.")
    page.get_by_role("button", name="Publish the comment").click()
    expect(page.locator(".comment").last).to_contain_text("Galabovo")
    assert person.email not in page.content()

    page.get_by_role("link", name="Report this comment").first.click()
    assert_accessible(page)
    page.get_by_label("What is wrong with it? (optional)").fill("Spam")
    page.get_by_role("button", name="Report", exact=True).click()
    expect(page.locator(".message")).to_contain_text("The coordinators will look")
    assert_accessible(page)


def test_a_comment_form_with_errors_is_accessible(
    site, cause, browser_page, assert_accessible, sign_in
):
    person = UserFactory()
    page = browser_page
    sign_in(page, person.email)
    page.goto(f"{site.url}/causes/{cause.slug}/")

    page.get_by_role("button", name="Публикувайте коментара").click()

    expect(page.locator(".error-summary")).to_contain_text(
        "Напишете нещо, преди да го изпратите."
    )
    assert_accessible(page)


def test_an_editor_co_sponsors_for_their_organisation(
    site, cause, browser_page, assert_accessible, sign_in
):
    editor = UserFactory()
    sponsor = OrganisationFactory(name="Фондация „Въздух“")
    Role.objects.create(user=editor, organisation=sponsor, kind=Role.Kind.EDITOR)
    page = browser_page
    sign_in(page, editor.email)
    page.goto(f"{site.url}/en/causes/{cause.slug}/")

    page.get_by_role("button", name="Co-sponsor on behalf of").click()

    facts = page.locator(".profile__facts")
    expect(facts.get_by_role("link", name=sponsor.name_en)).to_be_visible()
    expect(facts).to_contain_text("Withdraw the co-sponsorship")
    assert_accessible(page)

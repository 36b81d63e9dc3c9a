"""Proposals to institutions in a browser: an editor records a proposal for
their cause from the cause's page, then the institution's answer from the
proposal's page; a visitor finds the institution by keyboard on a narrow
screen and reads what was asked of it and what is overdue; every page
checked by axe-core."""

import re
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from playwright.sync_api import expect

from causes.models import Cause, Proposal
from members.models import Institution, Role
from tests.e2e.test_foundation import tab_to
from tests.factories import OrganisationFactory, UserFactory, place

pytestmark = pytest.mark.django_db(transaction=True)

TODAY = timezone.localdate()


@pytest.fixture
def network(site):
    club = OrganisationFactory(
        name="Клуб „Отворено общество“", name_en="Open Society Club"
    )
    editor = UserFactory(email="club@example.org")
    Role.objects.create(user=editor, organisation=club, kind=Role.Kind.EDITOR)
    cause = Cause.objects.create(
        proposed_by=club,
        title="Младежки съвет",
        title_bg="Младежки съвет",
        title_en="A youth council",
        summary_bg="Младите да имат глас в общината.",
        summary_en="Young people to have a say in the municipality.",
    )
    council = Institution.objects.create(
        slug="obshtinski-savet-stara-zagora",
        name="Общински съвет – Стара Загора",
        name_bg="Общински съвет – Стара Загора",
        name_en="Stara Zagora Municipal Council",
        kind="council",
        municipality=place("stara-zagora"),
    )
    cause.institutions.add(council)
    Proposal.objects.create(
        title="Отворен бюджет",
        title_bg="Отворен бюджет",
        title_en="An open budget",
        summary_bg="Бюджетът да се публикува като отворени данни.",
        summary_en="The budget to be published as open data.",
        document=SimpleUploadedFile("budget.pdf", b"%PDF-1.4\n%%EOF\n"),
        institution=council,
        organisation=club,
        sent_on=TODAY - timedelta(days=90),
        due_on=TODAY - timedelta(days=30),
    )
    return club, cause, council


def test_an_editor_records_a_proposal_and_its_answer(
    site, network, browser_page, assert_accessible, sign_in
):
    club, cause, council = network
    page = browser_page
    sign_in(page, "club@example.org")

    page.goto(f"{site.url}/en/causes/{cause.slug}/")
    page.get_by_role("link", name="Record a proposal to an institution").click()
    assert_accessible(page)
    page.get_by_role("button", name="Record the proposal").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Institution").select_option(str(council.pk))
    expect(page.get_by_label("Cause")).to_have_value(str(cause.pk))
    page.locator("#id_title_bg").fill("Младежки съвет към общината")
    page.locator("#id_summary_bg").fill("Да се създаде младежки съвет.")
    page.locator("#id_sent_on").fill((TODAY - timedelta(days=3)).isoformat())
    page.get_by_label("Registration number").fill("11-02-405")
    page.locator("#id_text_bg").fill("Предлагаме да се създаде младежки съвет.")
    page.get_by_role("button", name="Record the proposal").click()
    expect(page.locator(".messages")).to_contain_text("The proposal is recorded")
    expect(page.locator("main")).to_contain_text("11-02-405")
    assert_accessible(page)
    proposal = Proposal.objects.get(registration_number="11-02-405")
    assert proposal.cause == cause and proposal.organisation == club

    page.get_by_role("link", name="Record the answer").click()
    assert_accessible(page)
    page.get_by_label("partly accepted").check()
    page.get_by_label("Answered on").fill(TODAY.isoformat())
    page.locator("#id_answer_summary_bg").fill("Съветът ще обсъди наредба.")
    page.get_by_role("button", name="Save the answer").click()
    expect(page.locator(".messages")).to_contain_text("The answer is recorded")
    expect(page.locator("#answer ~ p").first).to_contain_text("Partly accepted")
    assert_accessible(page)

    page.goto(f"{site.url}/en/causes/{cause.slug}/")
    timeline = page.locator("ol.timeline").first
    expect(timeline).to_contain_text("Proposal to Stara Zagora Municipal Council")
    expect(timeline).to_contain_text(
        "Stara Zagora Municipal Council answered: partly accepted"
    )


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_a_visitor_finds_an_institution_by_keyboard_on_a_narrow_screen(
    site, network, browser_page, assert_accessible, prefix
):
    page = browser_page
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{site.url}{prefix}/")
    page.get_by_role("navigation", name=re.compile("Main|Основно")).get_by_role(
        "link", name=re.compile("Institutions|Институции")
    ).click()
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 0

    tab_to(page, "form.filters select[name=kind]")
    page.keyboard.press("ArrowDown")  # the first kind: municipality
    tab_to(page, "form.filters button[type=submit]")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"kind=municipality"))
    expect(page.locator(".cause-card")).to_have_count(0)

    page.goto(f"{site.url}{prefix}/institutions/?kind=council")
    expect(page.locator(".cause-card")).to_have_count(1)
    tab_to(page, ".cause-card a")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_contain_text(
        re.compile("Stara Zagora Municipal Council|Общински съвет")
    )
    expect(page.locator(".badge--proposal-overdue")).to_be_visible()
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 0

    page.locator(".proposal-item__title a").click()
    expect(page.locator("main")).to_contain_text(re.compile("overdue|закъснение"))
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 0

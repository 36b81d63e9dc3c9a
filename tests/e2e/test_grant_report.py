"""The project's report in a browser: accessible on a wide and a narrow
screen, its period chosen by keyboard, and printed by Chromium as a clean A4
document: numbered pages, no navigation, no table row cut across two
pages."""

import io
import re
from datetime import date

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from network_portal.models import SiteSettings
from tests.factories import ActivityFactory, OrganisationFactory, ResultFactory

pytestmark = pytest.mark.django_db(transaction=True)

ROWS = 36
A4 = (595, 842)  # points


@pytest.fixture
def project(site):
    """A project with many activities, each with results long enough to make
    its row tall: a page break must fall somewhere among them."""
    settings = SiteSettings.load()
    settings.project_starts_on, settings.project_ends_on = (
        date(2026, 1, 1),
        date(2026, 12, 31),
    )
    settings.save()
    members = [OrganisationFactory() for _ in range(4)]
    for number in range(ROWS):
        activity = ActivityFactory(
            organisation=members[number % 4],
            title=f"Начало{number:02d} дейност по проекта",
            title_en=f"Начало{number:02d}: an activity of the project",
            starts_on=date(2026, 1 + number % 12, 1 + number % 27),
            in_project=True,
        )
        for line in range(number % 6 + 3):
            ResultFactory(activity=activity, value=10 + line)
        ResultFactory(
            activity=activity,
            indicator=None,
            value=None,
            statement=f"Край{number:02d} на реда",
            statement_bg=f"Край{number:02d} на реда",
        )
    return site


def test_the_report_is_accessible_wide_and_narrow(
    project, browser_page, assert_accessible
):
    page = browser_page
    page.goto(project.url + "/transparency/report/")
    assert_accessible(page)

    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(project.url + "/en/transparency/report/")
    assert_accessible(page)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360


def tab_to(page, selector):
    """Presses Tab until the element has the focus, as a person would; a
    date field takes a Tab or two of its own (its parts, its calendar)."""
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_a_period_is_chosen_by_keyboard(project, browser_page):
    page = browser_page
    page.goto(project.url + "/en/transparency/report/")

    page.get_by_role("textbox", name="From").focus()
    page.keyboard.type("03012026")  # how a date field takes typed digits
    tab_to(page, "#id_to")
    page.keyboard.type("03312026")
    tab_to(page, "form.report__period button")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"from=2026-03-01&to=2026-03-31"))
    expect(
        page.get_by_text("For the period from 1 March 2026 to 31 March 2026")
    ).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("Начало02"))).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("Начало03"))).to_have_count(0)


def test_the_report_prints_as_a_clean_a4_document(project, browser_page):
    page = browser_page
    page.goto(project.url + "/transparency/report/")
    page.emulate_media(media="print")
    pdf = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))

    pages = [" ".join(p.extract_text().split()) for p in pdf.pages]
    assert len(pages) >= 3
    for number, (text, sheet) in enumerate(zip(pages, pdf.pages, strict=True), 1):
        box = sheet.mediabox
        assert (round(float(box.width)), round(float(box.height))) == A4
        # Numbered at the foot: "2 / 5".
        assert f"{number} / {len(pages)}" in text
        # No navigation, no search, no form: a document.
        for screen_only in ("Търсене", "Вход", "Покажете периода", "Прозрачност ›"):
            assert screen_only not in text
    # Each activity's row, from its title to its last result (in words,
    # after the numbers), on one page.
    for row in range(ROWS):
        first = [n for n, text in enumerate(pages) if f"Начало{row:02d}" in text]
        last = [n for n, text in enumerate(pages) if f"Край{row:02d}" in text]
        assert first == last and len(first) == 1, f"row {row} on pages {first}, {last}"

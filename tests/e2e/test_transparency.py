"""The transparency page in a browser: accessible, and one page in print."""

import re

import pytest

from tests.factories import (
    ActivityFactory,
    OrganisationFactory,
    ResultFactory,
    indicator,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def network(site):
    members = [OrganisationFactory() for _ in range(6)] + [
        OrganisationFactory(informal=True) for _ in range(3)
    ]
    for number, organisation in enumerate(members):
        for month in (2, 5, 9):
            activity = ActivityFactory(
                organisation=organisation, starts_on=f"2026-{month:02d}-1{number % 9}"
            )
            activity.co_organisers.add(members[(number + 1) % len(members)])
            for slug in ("people-reached", "volunteers", "funds-raised", "media"):
                ResultFactory(activity=activity, indicator=indicator(slug), value=10)
    return site


def pages_in(pdf):
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


@pytest.mark.parametrize("path", ["/transparency/", "/en/transparency/?year=2026"])
def test_the_report_is_accessible_and_prints_on_one_page(
    network, browser_page, assert_accessible, path
):
    page = browser_page
    page.goto(network.url + path)
    assert_accessible(page)
    page.locator("details.chart__data summary").first.click()
    assert_accessible(page)

    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", print_background=True)

    assert pages_in(pdf) == 1

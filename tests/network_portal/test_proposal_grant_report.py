"""The project's report lists the proposals sent to institutions in its
period: to whom, who sent and co-signed them, when, and where each stands."""

import pytest

from tests.factories import OrganisationFactory
from tests.markup import parse
from tests.network_portal.test_grant_report import section
from tests.network_portal.test_proposal_transparency import (
    build_proposals,
    days_ago,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def proposals(db):
    return build_proposals()


def short(day):
    return day.strftime("%d/%m/%Y")  # in English


def rows(client, start, end):
    response = client.get(
        f"/en/transparency/report/?from={start.isoformat()}&to={end.isoformat()}"
    )
    assert response.status_code == 200
    page = response.content.decode()
    [found] = [
        element
        for element in parse(page).find_all("section")
        if element.attrs.get("aria-labelledby") == "report-proposals"
    ]
    return page, [
        [cell.text for cell in row.elements]
        for row in found.find("tbody").find_all("tr")
    ]


def test_the_report_lists_the_proposals_sent_in_its_period(client, proposals):
    late = proposals["late"]
    late.registration_number = "94-00-123"
    late.save()
    co_signer = OrganisationFactory(name_en="Friends of the Park")
    late.co_signers.add(co_signer)

    # Sent 100, 90 and 80 days ago; not those of 70 and 10 days ago.
    page, found = rows(client, days_ago(100), days_ago(80))

    member = late.organisation.name_en
    day = short(days_ago(100))
    assert [row[0] for row in found] == [
        day,
        day,
        short(days_ago(90)),
        short(days_ago(80)),
    ]
    assert [row[1:4] for row in found] == [
        ["Нови пейки Proposal", "Община Стара Загора", member],
        ["Ремонт на тротоар Proposal · Registration number: 94-00-123",
         "Община Стара Загора", f"{member}, Friends of the Park"],
        ["Осветление в парка Proposal", "Община Стара Загора", member],
        ["Прах от кариерата Proposal", "РИОСВ Стара Загора", member],
    ]  # fmt: skip
    assert [row[4] for row in found] == [
        f"Accepted, {short(days_ago(50))}",
        f"Rejected, {short(days_ago(30))} (late)",
        f"Overdue (due {short(days_ago(30))})",
        f"No answer (due {short(days_ago(20))})",
    ]
    assert "От кандидата" not in page
    assert "До непотвърдената" not in page
    assert "4 proposals sent to institutions" in section(page, "report-summary")


def test_a_period_without_proposals_says_so(client, proposals):
    response = client.get("/en/transparency/report/?from=2020-01-01&to=2020-01-31")

    text = section(response.content.decode(), "report-proposals")
    assert "No proposal was sent to an institution in this period." in text

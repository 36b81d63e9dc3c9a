"""Proposals to institutions on the transparency page: the figures (sent,
answered, on time, outcomes, overdue now), a table per institution and the
overdue proposals by name; only what the public sees, in a fixed number of
queries.

The helpers here build the proposals of the other `test_proposal_*` files."""

import re
from datetime import timedelta
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.text import capfirst

from causes.models import Outcome, Proposal
from members.models import Institution
from tests.factories import OrganisationFactory, UserFactory, place
from tests.markup import parse

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.localdate() - timedelta(days=days)


def make_institution(name, slug, *, kind="municipality", confirmed=True, **fields):
    return Institution.objects.create(
        name=name,
        name_bg=name,
        slug=slug,
        kind=kind,
        municipality=place("stara-zagora"),
        confirmed_at=timezone.now() if confirmed else None,
        **fields,
    )


def send(institution, organisation, title, sent, due, *, answered=None, **fields):
    """A proposal sent `sent` days ago, due `due` days ago (negative: in
    the days to come), answered `answered` days ago with `outcome`."""
    fields.setdefault("summary_bg", f"{title}: искане.")
    return Proposal.objects.create(
        title=title,
        title_bg=title,
        institution=institution,
        organisation=organisation,
        sent_on=days_ago(sent),
        due_on=days_ago(due),
        answered_on=days_ago(answered) if answered is not None else None,
        **fields,
    )


@pytest.fixture
def proposals(db):
    return build_proposals()


def build_proposals():
    """Two confirmed institutions with three public proposals each, of
    every state; and what the public does not see: a proposal to a
    suggested institution and one an applicant sent."""
    municipality = make_institution("Община Стара Загора", "obshtina-sz")
    inspectorate = make_institution(
        "РИОСВ Стара Загора", "riosv-sz", kind="regional_administration"
    )
    suggested = make_institution("Непотвърдена агенция", "agency", confirmed=False)
    member = OrganisationFactory(name="Сдружение „Зелено“")
    applicant = OrganisationFactory(name="Кандидат", status="applicant")
    made = {
        "on time": send(
            municipality, member, "Нови пейки", 100, 40, answered=50, outcome="accepted"
        ),
        "late": send(
            municipality, member, "Ремонт на тротоар", 100, 40, answered=30,
            outcome="rejected",
        ),
        "overdue": send(municipality, member, "Осветление в парка", 90, 30),
        "awaiting": send(inspectorate, member, "Замърсяване на реката", 10, -50),
        "no answer": send(
            inspectorate, member, "Прах от кариерата", 80, 20, outcome="no_answer"
        ),
        "partly": send(
            inspectorate, member, "Шум през нощта", 70, 10, answered=20,
            outcome="partly",
        ),
        "suggested": send(suggested, member, "До непотвърдената", 90, 30),
        "applicant's": send(municipality, applicant, "От кандидата", 90, 30),
    }  # fmt: skip
    return {"municipality": municipality, "inspectorate": inspectorate, **made}


def proposals_section(client, path="/en/transparency/"):
    """The section, in English: the words the tests read are the source's."""
    response = client.get(path)
    assert response.status_code == 200
    [section] = [
        element
        for element in parse(response.content.decode()).find_all("section")
        if element.attrs.get("id") == "proposals"
    ]
    return section


def figures(section):
    return {
        item.find("span", "numbers__label").text: item.find(
            "span", "numbers__value"
        ).text
        for item in section.find("ul", "numbers").find_all("li")
    }


def test_the_page_counts_proposals_sent_answered_on_time_and_overdue(client, proposals):
    section = proposals_section(client)

    assert section.find("h2").text == "Proposals to institutions"
    assert figures(section) == {
        "proposals sent": "6",
        "answered": "3",
        # Two of the three answers came by their due date: 67 %.
        "answered on time (67% of the answers)": "2",
        "overdue now": "2",
    }
    with translation.override("en"):
        labels = [str(capfirst(outcome.label)) for outcome in Outcome][:4]
    # Accepted, partly accepted, rejected, forwarded: the answers; "no
    # answer" is counted with the overdue, not as an answer.
    counts = ["1", "1", "1", "0"]
    assert section.find("p", "transparency__outcomes").text == (
        "Answers by outcome: "
        + "; ".join(
            f"{label}\xa0– {count}" for label, count in zip(labels, counts, strict=True)
        )
    )


def test_a_table_gives_each_institution_its_figures_and_links_its_page(
    client, proposals
):
    section = proposals_section(client)

    [table] = [
        t
        for t in section.find_all("table")
        if t.find("caption").text == "Proposals by institution"
    ]
    assert [th.attrs.get("scope") for th in table.find("thead").find_all("th")] == [
        "col"
    ] * 5
    rows = [
        [cell.text for cell in row.elements]
        for row in table.find("tbody").find_all("tr")
    ]
    # Institution, sent, answered, on time, overdue.
    assert rows == [
        ["Община Стара Загора", "3", "2", "1", "1"],
        ["РИОСВ Стара Загора", "3", "1", "1", "1"],
    ]
    links = [a.attrs["href"] for a in table.find("tbody").find_all("a")]
    assert links == [
        proposals["municipality"].get_absolute_url(),
        proposals["inspectorate"].get_absolute_url(),
    ]


def test_the_overdue_are_named_longest_overdue_first_with_their_days(client, proposals):
    section = proposals_section(client)

    assert section.find("h3").text == "Overdue answers"
    table = list(section.find_all("table"))[-1]
    rows = [
        [cell.text for cell in row.elements]
        for row in table.find("tbody").find_all("tr")
    ]
    assert [row[:2] for row in rows] == [
        ["Осветление в парка", "Община Стара Загора"],
        ["Прах от кариерата", "РИОСВ Стара Загора"],
    ]
    # A no-break space between the number and its unit.
    assert [re.fullmatch(r"(\d+)\xa0\w+", row[2]).group(1) for row in rows] == [
        "30",
        "20",
    ]
    links = [a.attrs["href"] for a in table.find("tbody").find_all("a")]
    assert links == [
        proposals["overdue"].get_absolute_url(),
        proposals["no answer"].get_absolute_url(),
    ]


def test_what_the_public_does_not_see_is_not_counted(client, proposals):
    text = proposals_section(client).text

    assert "Непотвърдена агенция" not in text
    assert "До непотвърдената" not in text
    assert "От кандидата" not in text


def test_a_proposal_falls_overdue_with_the_days_not_only_with_the_data(
    client, proposals, settings
):
    # The figures are kept until the data changes; a person signed in gets
    # them from there, past the whole pages kept for visitors.
    settings.PAGE_CACHE_SECONDS = 300
    client.force_login(UserFactory())
    # Due today; nothing is saved after this (an update sends no signal).
    Proposal.objects.filter(pk=proposals["awaiting"].pk).update(due_on=days_ago(0))
    assert figures(proposals_section(client))["overdue now"] == "2"

    tomorrow = timezone.localdate() + timedelta(days=1)
    with mock.patch("django.utils.timezone.localdate", return_value=tomorrow):
        assert figures(proposals_section(client))["overdue now"] == "3"


def test_no_proposals_say_so_without_figures_or_empty_tables(client):
    section = proposals_section(client)

    assert "No proposal to an institution has been recorded yet." in section.text
    assert not list(section.find_all("ul", "numbers"))
    assert "Proposals by institution" not in section.text
    assert "Overdue answers" not in section.text


def count_queries(client, path):
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        assert client.get(path).status_code == 200
    return len(context.captured_queries)


def test_the_queries_do_not_grow_with_institutions_and_proposals(client, proposals):
    few = count_queries(client, "/en/transparency/")

    member = OrganisationFactory()
    for number in range(5):
        institution = make_institution(f"Училище {number}", f"school-{number}")
        send(institution, member, f"Предложение {number}", 90, 30)
        send(institution, member, f"Сигнал {number}", 90, 30, answered=40,
             outcome="forwarded")  # fmt: skip
        co_signed = send(proposals["municipality"], member, f"Още {number}", 90, 30)
        co_signed.co_signers.add(OrganisationFactory())

    assert figures(proposals_section(client))["proposals sent"] == "21"
    assert count_queries(client, "/en/transparency/") == few


@pytest.mark.parametrize("path", ["/transparency/", "/en/transparency/"])
def test_no_number_of_the_section_sticks_to_its_unit(client, proposals, path):
    from tests.network_portal.test_transparency import readable_text

    text = readable_text(client.get(path).content.decode())

    assert re.findall(r"\d[^\W\d_]+", text) == []
    assert re.findall(r"\d %", text) == []  # a no-break space, not a space
    # Bulgarian spaces the per cent sign, English does not.
    assert ("67\xa0%" if path == "/transparency/" else "67%") in text

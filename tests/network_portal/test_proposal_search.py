"""The site search finds confirmed institutions and public proposals to
them, in both languages; a result says the institution's kind and
municipality, or the proposal's institution and date."""

import io

import pytest
from django.core.management import call_command
from django.utils import translation
from django.utils.text import capfirst

from members.models import Institution
from network_portal.models import SearchEntry
from tests.factories import OrganisationFactory
from tests.markup import parse
from tests.network_portal.test_proposal_transparency import (
    build_proposals,
    days_ago,
    make_institution,
    send,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def proposals(db):
    return build_proposals()


def results(client, query, language="", kind=""):
    """Each result's title, its kind and what the line under it says."""
    params = {"q": query, "type": kind} if kind else {"q": query}
    response = client.get(f"{language}/search/", params)
    assert response.status_code == 200
    return [
        (
            item.find("h2").text,
            item.find("p", "search-result__kind").text,
            item.find("p", "search-result__meta").text,
        )
        for item in parse(response.content.decode()).find_all("li", "search-result")
    ]


def test_a_confirmed_institution_is_found_with_its_kind_and_municipality(
    client, proposals
):
    with translation.override("bg"):
        kind = str(capfirst(Institution.Kind.REGIONAL_ADMINISTRATION.label))
        label = str(capfirst(SearchEntry.Kind.INSTITUTION.label))

    assert results(client, "РИОСВ", kind="institution") == [
        ("РИОСВ Стара Загора", label, f"{kind} · Стара Загора")
    ]
    english = results(client, "riosv", "/en", kind="institution")
    assert english == [
        ("РИОСВ Стара Загора", "Institutions", "Regional administration · Stara Zagora")
    ]


def test_a_suggested_institution_is_found_once_confirmed_with_its_proposals(
    client, proposals
):
    assert results(client, "непотвърдена", "/en") == []

    agency = proposals["suggested"].institution
    agency.confirmed_at = agency.proposals.get().created_at
    agency.save()

    titles = [title for title, _kind, _meta in results(client, "непотвърдена", "/en")]
    assert sorted(titles) == ["До непотвърдената", "Непотвърдена агенция"]


def test_a_public_proposal_is_found_by_its_words_in_both_languages(client, proposals):
    late = proposals["late"]
    late.title_en = "Pavement repair"
    late.summary_en = "Mend the broken pavement."
    late.answer_summary_bg = "Няма средства за тротоари."
    late.save()

    day = days_ago(100).strftime("%-d %B %Y")
    assert results(client, "pavement", "/en", kind="proposal") == [
        ("Pavement repair", "Proposals to institutions", f"Община Стара Загора · {day}")
    ]
    [(title, _kind, meta)] = results(client, "тротоар", kind="proposal")
    assert title == "Ремонт на тротоар"
    assert meta.startswith("Община Стара Загора · ")
    assert meta.endswith(f"{days_ago(100).year} г.")
    # By the answer's words too.
    assert [t for t, _k, _m in results(client, "средства")] == ["Ремонт на тротоар"]
    # Not what the public does not see.
    assert results(client, "кандидата") == []


def test_the_rebuild_command_indexes_institutions_and_proposals(client, proposals):
    SearchEntry.objects.filter(kind__in=["institution", "proposal"]).delete()
    assert results(client, "Нови пейки") == []

    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)

    assert [t for t, _k, _m in results(client, "пейки", kind="proposal")] == [
        "Нови пейки"
    ]
    assert [t for t, _k, _m in results(client, "Община", kind="institution")] == [
        "Община Стара Загора"
    ]
    entries = SearchEntry.objects.filter(kind__in=["institution", "proposal"])
    # Two confirmed institutions and six public proposals, in two languages.
    assert entries.count() == (2 + 6) * 2
    assert not entries.filter(title__in=["До непотвърдената", "От кандидата"])


def test_the_search_page_offers_the_two_kinds(client, proposals):
    response = client.get("/en/search/", {"q": "стара загора"})

    counts = {item["value"]: item["count"] for item in response.context["kinds"]}
    assert counts["institution"] == 2
    # A proposal is found by its institution's name too.
    assert counts["proposal"] == 6
    member = OrganisationFactory()
    send(make_institution("Библиотека", "library", kind="library"), member,
         "Нова сграда", 10, -50)  # fmt: skip
    response = client.get("/en/search/", {"q": "библиотека"})
    counts = {item["value"]: item["count"] for item in response.context["kinds"]}
    assert (counts["institution"], counts["proposal"]) == (1, 1)

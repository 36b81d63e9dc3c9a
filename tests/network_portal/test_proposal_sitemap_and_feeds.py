"""Institutions and proposals in the sitemap, and in the Atom feeds: a
cause's feed carries the proposals sent for it and their answers, and each
institution has a feed of the proposals sent to it and its answers."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from causes.models import Cause
from tests.factories import OrganisationFactory
from tests.network_portal.test_feeds import ATOM, assert_valid_atom, parse
from tests.network_portal.test_proposal_transparency import (
    build_proposals,
    send,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def proposals(db):
    return build_proposals()


def test_the_sitemap_lists_confirmed_institutions_and_public_proposals(
    client, proposals
):
    content = client.get("/sitemap.xml").content.decode()

    for path in ["/institutions/", "/en/institutions/"]:
        assert f"<loc>http://testserver{path}</loc>" in content
    for institution in ("municipality", "inspectorate"):
        url = proposals[institution].get_absolute_url()
        assert f"<loc>http://testserver{url}</loc>" in content
        assert f"<loc>http://testserver/en{url}</loc>" in content
    for name in ("on time", "late", "overdue", "awaiting", "no answer", "partly"):
        url = proposals[name].get_absolute_url()
        assert f"<loc>http://testserver{url}</loc>" in content
        assert f"<loc>http://testserver/en{url}</loc>" in content
    assert proposals["suggested"].institution.slug not in content
    assert proposals["suggested"].slug not in content
    assert proposals["applicant's"].slug not in content


def entries(feed):
    return [
        (entry.find(f"{ATOM}title").text, entry.find(f"{ATOM}link").get("href"))
        for entry in feed.findall(f"{ATOM}entry")
    ]


def test_a_causes_feed_carries_its_proposals_and_their_answers(client, proposals):
    late, overdue = proposals["late"], proposals["overdue"]
    cause = Cause.objects.create(
        proposed_by=late.organisation, title_bg="Тротоари", summary_bg="x"
    )
    for proposal in (late, overdue, proposals["applicant's"]):
        proposal.cause = cause
        proposal.save()

    feed = parse(client.get(f"/en/feeds/causes/{cause.slug}/"))

    for entry in feed.findall(f"{ATOM}entry"):
        for name in ("id", "title", "updated", "summary"):
            assert entry.find(f"{ATOM}{name}").text, name
    base = "http://testserver/en/proposals"
    # Newest first: proposed today; answered 30 days ago; sent 90 and 100.
    assert entries(feed) == [
        ("Proposed", f"http://testserver/en/causes/{cause.slug}/#change-"
         f"{cause.history.get().pk}"),
        ("Община Стара Загора answered “Ремонт на тротоар”: rejected",
         f"{base}/{late.slug}/#answer"),
        ("Sent to Община Стара Загора: Осветление в парка",
         f"{base}/{overdue.slug}/#sent"),
        ("Sent to Община Стара Загора: Ремонт на тротоар",
         f"{base}/{late.slug}/#sent"),
    ]  # fmt: skip
    authors = [
        entry.find(f"{ATOM}author/{ATOM}name").text
        for entry in feed.findall(f"{ATOM}entry")[1:]
    ]
    # The institution answers; the member sends.
    member = late.organisation.name_en
    assert authors == ["Община Стара Загора", member, member]


def test_an_institution_has_a_feed_of_its_proposals_and_answers(client, proposals):
    inspectorate = proposals["inspectorate"]

    response = client.get(f"/en/feeds/institutions/{inspectorate.slug}/")

    feed = parse(response)
    assert_valid_atom(feed)
    assert feed.find(f"{ATOM}title").text == (
        "РИОСВ Стара Загора: proposals and answers"
    )
    assert [title for title, _link in entries(feed)] == [
        "Sent to РИОСВ Стара Загора: Замърсяване на реката",  # 10 days ago
        "РИОСВ Стара Загора answered “Шум през нощта”: partly accepted",  # 20
        "Sent to РИОСВ Стара Загора: Шум през нощта",  # 70
        "Sent to РИОСВ Стара Загора: Прах от кариерата",  # 80, never answered
    ]


def test_a_suggested_institution_has_no_feed_and_an_applicants_proposal_is_left_out(
    client, proposals
):
    suggested = proposals["suggested"].institution
    assert client.get(f"/feeds/institutions/{suggested.slug}/").status_code == 404

    feed = parse(
        client.get(f"/en/feeds/institutions/{proposals['municipality'].slug}/")
    )

    assert not any("От кандидата" in title for title, _ in entries(feed))


def queries(client, path):
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        assert client.get(path).status_code == 200
    return len(context.captured_queries)


def test_the_feeds_make_the_same_queries_for_few_proposals_and_many(client, proposals):
    municipality = proposals["municipality"]
    cause = Cause.objects.create(
        proposed_by=proposals["late"].organisation, title_bg="Кауза", summary_bg="x"
    )
    proposals["late"].cause = cause
    proposals["late"].save()
    paths = [
        f"/feeds/institutions/{municipality.slug}/",
        f"/feeds/causes/{cause.slug}/",
    ]
    few = [queries(client, path) for path in paths]

    member = OrganisationFactory()
    for number in range(5):
        send(municipality, member, f"Предложение {number}", 60, 10, answered=20,
             outcome="accepted", cause=cause)  # fmt: skip

    assert [queries(client, path) for path in paths] == few

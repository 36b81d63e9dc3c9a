"""The Atom feeds: the network's news and each organisation's activities."""

from xml.etree import ElementTree

import pytest

from tests.factories import ActivityFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def parse(response):
    assert response["Content-Type"].startswith("application/atom+xml")
    return ElementTree.fromstring(response.content)  # noqa: S314 - our own feed


def assert_valid_atom(feed):
    """The elements Atom 1.0 requires of a feed and of each entry."""
    assert feed.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{name}").text
    for entry in feed.findall(f"{ATOM}entry"):
        for name in ("id", "title", "updated", "summary"):
            assert entry.find(f"{ATOM}{name}").text, name
        assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/")
        author = entry.find(f"{ATOM}author")
        assert author.find(f"{ATOM}name").text
        assert author.find(f"{ATOM}uri").text.startswith("http://testserver/")


def test_news_feed_carries_published_activities_only(client):
    published = ActivityFactory(title="Публикувана")
    ActivityFactory(title="Чернова", draft=True)
    hidden = ActivityFactory(title="Скрита")
    hidden.hide(by=None, reason="x")

    feed = parse(client.get("/feeds/news/"))

    assert_valid_atom(feed)
    titles = [entry.find(f"{ATOM}title").text for entry in feed.findall(f"{ATOM}entry")]
    assert titles == [published.title]


def test_english_feed_is_in_english(client):
    ActivityFactory(title_en="Park clean-up")

    feed = parse(client.get("/en/feeds/news/"))

    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert feed.find(f"{ATOM}entry/{ATOM}title").text == "Park clean-up"
    assert (
        feed.find(f"{ATOM}entry/{ATOM}link")
        .get("href")
        .startswith("http://testserver/en/activities/")
    )


def test_organisation_feed_carries_what_it_ran_and_co_organised(client, organisation):
    own = ActivityFactory(organisation=organisation, title="Своя")
    joint = ActivityFactory(title="Съвместна")
    joint.co_organisers.add(organisation)
    ActivityFactory(title="Чужда")

    feed = parse(client.get(f"/feeds/members/{organisation.slug}/"))

    assert_valid_atom(feed)
    titles = {entry.find(f"{ATOM}title").text for entry in feed.findall(f"{ATOM}entry")}
    assert titles == {own.title, joint.title}


def test_feeds_are_advertised_on_their_pages(client, organisation):
    news = client.get("/activities/").content.decode()
    profile = client.get(organisation.get_absolute_url()).content.decode()

    assert 'type="application/atom+xml" href="/feeds/news/"' in news
    assert (
        f'type="application/atom+xml" href="/feeds/members/{organisation.slug}/"'
        in profile
    )


def test_an_applicant_has_no_feed(client):
    applicant = OrganisationFactory(status="applicant")

    assert client.get(f"/feeds/members/{applicant.slug}/").status_code == 404

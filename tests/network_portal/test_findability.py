"""What search engines and link previews read: canonical and language
alternates on every page, Open Graph on object pages, JSON-LD."""

import json
import re

import pytest

from causes.models import Cause, Initiative
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def json_ld(page):
    return [
        json.loads(match)
        for match in re.findall(
            r'<script type="application/ld\+json">(.*?)</script>', page, re.S
        )
    ]


def meta(page, name):
    match = re.search(rf'<meta (?:property|name)="{name}" content="([^"]*)"', page)
    return match.group(1) if match else None


@pytest.mark.parametrize(
    "path", ["/", "/en/causes/", "/members/?topic=youth", "/search/?q=x"]
)
def test_every_page_has_a_canonical_address_and_its_languages(client, path):
    page = client.get(path).content.decode()

    canonical = re.search(r'<link rel="canonical" href="([^"]+)">', page).group(1)
    assert canonical == f"http://testserver{path.split('?')[0]}"
    assert 'hreflang="bg"' in page
    assert 'hreflang="en"' in page
    assert 'hreflang="x-default"' in page


def test_a_second_page_is_its_own_canonical_page(client):
    for _ in range(25):
        OrganisationFactory()

    page = client.get("/members/?page=2&topic=").content.decode()

    assert '<link rel="canonical" href="http://testserver/members/?page=2">' in page


def test_object_pages_describe_themselves_for_link_previews(client, organisation):
    cause = Cause.objects.create(
        proposed_by=organisation, title_bg="Чист въздух", summary_bg="Измерване."
    )

    page = client.get(cause.get_absolute_url()).content.decode()

    assert meta(page, "og:title") == "Чист въздух"
    assert meta(page, "og:description") == "Измерване."
    assert meta(page, "og:type") == "article"
    assert meta(page, "og:url") == f"http://testserver{cause.get_absolute_url()}"
    assert meta(page, "og:image").startswith("http://testserver/static/")
    assert meta(page, "twitter:card") == "summary_large_image"


def test_a_cause_and_an_initiative_carry_json_ld(client, organisation):
    cause = Cause.objects.create(
        proposed_by=organisation, title_bg="Чист въздух", summary_bg="Измерване."
    )
    initiative = Initiative.objects.create(
        title_bg="Заедно", summary_bg="С общината.", starts_on="2026-01-10"
    )
    initiative.organisations.add(organisation)

    (article,) = json_ld(client.get(cause.get_absolute_url()).content.decode())
    (project,) = json_ld(client.get(initiative.get_absolute_url()).content.decode())

    assert article["@type"] == "Article"
    assert article["headline"] == "Чист въздух"
    assert article["author"]["name"] == organisation.name
    assert project["@type"] == "Project"
    assert project["member"][0]["name"] == organisation.name


def test_the_home_page_describes_the_network_and_profiles_belong_to_it(
    client, organisation
):
    (network,) = json_ld(client.get("/").content.decode())
    (profile,) = json_ld(client.get(organisation.get_absolute_url()).content.decode())

    assert network["@type"] == "Organization"
    assert "member" not in network  # a list that would grow with the network
    assert profile["memberOf"]["url"] == network["url"]


def test_the_home_page_advertises_the_news_feed(client):
    page = client.get("/").content.decode()

    assert 'type="application/atom+xml" href="/feeds/news/"' in page

"""The directory and the profiles, as the public sees them."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members.models import Organisation
from tests.factories import OrganisationFactory, place, topic
from tests.markup import parse

pytestmark = pytest.mark.django_db


def json_ld(response):
    match = re.search(
        r'<script type="application/ld\+json">(.*?)</script>',
        response.content.decode(),
        re.S,
    )
    return json.loads(match.group(1))


def test_directory_lists_members_and_not_applicants(client):
    member = OrganisationFactory(name="Сдружение „Член“")
    OrganisationFactory(name="Сдружение „Кандидат“", status="applicant")

    response = client.get("/members/")

    assert list(response.context["organisations"]) == [member]


def test_directory_shows_suspended_and_former_members_marked(client):
    suspended = OrganisationFactory(name="Сдружение „Спряно“", status="suspended")
    former = OrganisationFactory(name="Сдружение „Бивше“", status="former")
    member = OrganisationFactory(name="Сдружение „Член“")

    response = client.get("/en/members/")

    cards = parse(response.content.decode()).find_all("li", class_="org-card")
    marks = {
        card.find("h2").text: [badge.text for badge in card.find_all("p", "badge")]
        for card in cards
    }
    assert marks == {
        suspended.name_en: ["Suspended"],
        former.name_en: ["Former member"],
        member.name_en: [],
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=informal_group", ["Група"]),
        ("municipality=kazanlak", ["Сдружение „Казанлък“"]),
        ("topic=environment", ["Група"]),
        ("kind=association&municipality=kazanlak", ["Сдружение „Казанлък“"]),
        ("kind=foundation", []),
    ],
)
def test_directory_filters_are_in_the_url(client, query, expected):
    OrganisationFactory(name="Група", informal=True, topics=[topic("environment")])
    OrganisationFactory(name="Сдружение „Казанлък“", municipality=place("kazanlak"))

    response = client.get(f"/members/?{query}")

    assert [o.name for o in response.context["organisations"]] == expected


def test_an_unknown_filter_value_shows_everyone(client):
    OrganisationFactory()

    response = client.get("/members/?municipality=atlantis")

    assert response.status_code == 200
    assert len(response.context["organisations"]) == 1


def test_empty_filter_result_reads_well(client):
    response = client.get("/en/members/?kind=foundation")

    assert "No member matches these filters." in response.content.decode()


def test_directory_is_paginated_and_keeps_the_filters(client):
    for _ in range(25):
        OrganisationFactory(municipality=place("kazanlak"))

    response = client.get("/members/?municipality=kazanlak")

    assert len(response.context["organisations"]) == 24
    assert 'href="?municipality=kazanlak&amp;page=2"' in response.content.decode()


def test_directory_queries_do_not_grow_with_rows(client):
    OrganisationFactory(topics=[topic("youth")])
    client.get("/members/")  # warm the site settings cache
    with CaptureQueriesContext(connection) as one:
        client.get("/members/")
    for _ in range(4):
        OrganisationFactory(topics=[topic("youth"), topic("health")])

    with CaptureQueriesContext(connection) as many:
        client.get("/members/")

    assert len(many) == len(one)


def test_profile_shows_the_organisation(client):
    organisation = OrganisationFactory(
        name="Сдружение „Зелена България“",
        name_en="Green Bulgaria Association",
        mission_bg="Чиста природа.",
        mission_en="Clean nature.",
        website="https://green.example.org/",
    )

    bulgarian = client.get("/members/sdruzhenie-zelena-bulgaria/")
    english = client.get("/en/members/sdruzhenie-zelena-bulgaria/")

    assert bulgarian.status_code == english.status_code == 200
    assert "Сдружение „Зелена България“" in bulgarian.content.decode()
    assert "Green Bulgaria Association" in english.content.decode()
    assert "Clean nature." in english.content.decode()
    assert organisation.eik in english.content.decode()


def test_english_profile_falls_back_to_bulgarian_text(client):
    OrganisationFactory(
        name="Сдружение „Само български“", name_en="", mission_bg="Мисия."
    )

    response = client.get("/en/members/sdruzhenie-samo-balgarski/")

    assert "Сдружение „Само български“" in response.content.decode()
    assert "Мисия." in response.content.decode()


def test_profile_carries_ngo_json_ld_with_the_eik_and_the_network(client):
    organisation = OrganisationFactory(name="Сдружение „Пример“")

    data = json_ld(client.get(organisation.get_absolute_url()))

    assert data["@type"] == "NGO"
    assert data["name"] == "Сдружение „Пример“"
    assert data["identifier"] == {
        "@type": "PropertyValue",
        "propertyID": "BG-EIK",
        "value": organisation.eik,
    }
    assert data["taxID"] == organisation.eik
    assert data["memberOf"]["name"] == "Мрежа „Синергия“"


def test_informal_group_json_ld_has_no_identifier(client):
    group = OrganisationFactory(informal=True)

    data = json_ld(client.get(group.get_absolute_url()))

    assert "identifier" not in data


def test_json_ld_cannot_close_its_script_element(client):
    organisation = OrganisationFactory(name="Група </script><script>alert(1)")

    content = client.get(organisation.get_absolute_url()).content.decode()

    assert "</script><script>alert(1)" not in content
    assert json_ld(client.get(organisation.get_absolute_url()))["name"] == (
        "Група </script><script>alert(1)"
    )


def test_former_member_keeps_its_profile_marked_as_former(client):
    organisation = OrganisationFactory(status="former")

    response = client.get("/en/members/" + organisation.slug + "/")

    assert response.status_code == 200
    assert "A former member" in response.content.decode()
    assert "memberOf" not in json_ld(response)


def test_applicant_has_no_public_profile(client):
    organisation = OrganisationFactory(status="applicant")

    assert client.get(organisation.get_absolute_url()).status_code == 404


def test_an_old_slug_redirects_permanently_to_the_new_one(client):
    organisation = OrganisationFactory(name="Сдружение „Старо“")
    organisation.name_bg = "Сдружение „Ново“"
    organisation.save()

    response = client.get("/en/members/sdruzhenie-staro/")

    assert response.status_code == 301
    assert response["Location"] == "/en/members/sdruzhenie-novo/"


def test_description_markdown_is_rendered_and_sanitised(client):
    organisation = OrganisationFactory(
        description_bg="**Важно** <script>alert(1)</script> "
        "[връзка](javascript:alert(1))"
    )

    content = client.get(organisation.get_absolute_url()).content.decode()

    assert "<strong>Важно</strong>" in content
    assert "<script>alert(1)</script>" not in content
    assert 'href="javascript:' not in content


def test_profile_queries_do_not_grow_with_topics(client):
    organisation = OrganisationFactory(topics=[topic("youth")])
    client.get(organisation.get_absolute_url())
    with CaptureQueriesContext(connection) as one:
        client.get(organisation.get_absolute_url())
    organisation.topics.add(topic("health"), topic("education"), topic("sport"))

    with CaptureQueriesContext(connection) as many:
        client.get(organisation.get_absolute_url())

    assert len(many) == len(one)


def test_members_appear_in_the_main_navigation(client):
    response = client.get("/en/")

    assert '<a href="/en/members/">Members</a>' in response.content.decode()


def test_status_choices_cover_the_lifecycle():
    assert [value for value, _ in Organisation.Status.choices] == [
        "applicant",
        "member",
        "suspended",
        "former",
    ]

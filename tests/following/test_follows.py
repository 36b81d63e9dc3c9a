"""Following organisations, causes and topics: the button on their pages
(also from the page cache's copy), the list of what one follows, and who
may follow what."""

import pytest
from django.test import Client

from following.models import Follow
from members.models import Organisation
from tests.factories import OrganisationFactory, UserFactory, topic

pytestmark = pytest.mark.django_db


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture(params=[0, 300], ids=["rendered", "from-the-page-cache"])
def page_cache(request, settings):
    settings.PAGE_CACHE_SECONDS = request.param
    return request.param


def test_a_visitor_is_asked_to_sign_in_to_follow(client, organisation, page_cache):
    page = client.get(organisation.get_absolute_url()).content.decode()

    assert f"/accounts/login/?next={organisation.get_absolute_url()}" in page
    assert "following/" not in page.split("<main")[1]


def test_a_person_follows_an_organisation_and_stops(organisation, outsider, page_cache):
    Client().get(organisation.get_absolute_url())  # a visitor's copy first
    client = signed_in(outsider)
    url = f"/follow/organisation/{organisation.pk}/"

    assert f'action="{url}"' in client.get(organisation.get_absolute_url()).text
    response = client.post(url, {"next": organisation.get_absolute_url()})

    assert response.status_code == 302
    assert response["Location"] == organisation.get_absolute_url()
    assert Follow.objects.get().organisation == organisation
    page = client.get(organisation.get_absolute_url()).text
    assert "Спрете да следите" in page

    client.post(url, {"follow": "0"})

    assert not Follow.objects.exists()
    assert "Спрете да следите" not in client.get(organisation.get_absolute_url()).text


def test_following_twice_keeps_one_follow(organisation, outsider):
    client = signed_in(outsider)
    for _ in range(2):
        client.post(f"/follow/organisation/{organisation.pk}/")

    assert Follow.objects.count() == 1


def test_a_person_follows_a_cause_from_its_page(cause, outsider, page_cache):
    client = signed_in(outsider)
    url = f"/follow/cause/{cause.pk}/"

    assert f'action="{url}"' in client.get(cause.get_absolute_url()).text
    client.post(url)

    assert Follow.objects.get(user=outsider).cause == cause


def test_no_one_follows_what_the_public_cannot_see(outsider):
    applicant = OrganisationFactory(status=Organisation.Status.APPLICANT)
    client = signed_in(outsider)

    assert client.post(f"/follow/organisation/{applicant.pk}/").status_code == 404
    assert client.post("/follow/organisation/999999/").status_code == 404
    assert client.post("/follow/planet/1/").status_code == 404
    assert not Follow.objects.exists()


def test_a_visitor_must_sign_in_and_a_get_changes_nothing(client, organisation):
    url = f"/follow/organisation/{organisation.pk}/"

    assert "/accounts/login/" in client.post(url)["Location"]
    assert signed_in(UserFactory()).get(url).status_code == 405
    assert not Follow.objects.exists()


def test_a_hostile_next_goes_back_to_the_page(organisation, outsider):
    response = signed_in(outsider).post(
        f"/follow/organisation/{organisation.pk}/",
        {"next": "https://evil.example/"},
    )

    assert response["Location"] == organisation.get_absolute_url()


def test_topics_are_chosen_on_the_list_of_what_one_follows(outsider):
    client = signed_in(outsider)
    youth, health = topic("youth"), topic("health")

    client.post("/dashboard/following/", {"topics": [youth.pk, health.pk]})
    assert {f.topic for f in Follow.objects.all()} == {youth, health}

    client.post("/dashboard/following/", {"topics": [health.pk]})
    assert [f.topic for f in Follow.objects.all()] == [health]

    response = client.post("/dashboard/following/", {"topics": ["x"]})
    assert response.status_code == 200
    assert "errorlist" in response.text
    assert [f.topic for f in Follow.objects.all()] == [health]


def test_the_list_shows_only_ones_own_follows(organisation, cause, owner, outsider):
    client = signed_in(outsider)
    client.post(f"/follow/organisation/{organisation.pk}/")
    client.post(f"/follow/cause/{cause.pk}/")

    mine = client.get("/en/dashboard/following/").text
    theirs = signed_in(owner).get("/en/dashboard/following/").text

    assert organisation.name in mine
    assert "An accessible town" in mine
    assert "You do not follow any organisation yet." in theirs
    assert "You do not follow any cause yet." in theirs


def test_stopping_from_the_list_returns_to_it(organisation, outsider):
    client = signed_in(outsider)
    client.post(f"/follow/organisation/{organisation.pk}/")

    response = client.post(
        f"/follow/organisation/{organisation.pk}/",
        {"follow": "0", "next": "/dashboard/following/"},
    )

    assert response["Location"] == "/dashboard/following/"
    assert not Follow.objects.exists()


def test_following_records_the_language_of_the_digest(organisation, outsider):
    signed_in(outsider).post(f"/en/follow/organisation/{organisation.pk}/")

    assert outsider.notification_preferences.language == "en"


def test_the_button_follows_a_follow_removed_another_way(organisation, outsider):
    client = signed_in(outsider)
    client.post(f"/follow/organisation/{organisation.pk}/")
    assert "Спрете да следите" in client.get(organisation.get_absolute_url()).text

    Follow.objects.all().delete()

    assert "Спрете да следите" not in client.get(organisation.get_absolute_url()).text


def test_a_topic_followed_with_the_button_returns_to_the_list(outsider):
    youth = topic("youth")

    response = signed_in(outsider).post(f"/en/follow/topic/{youth.pk}/")

    assert response["Location"] == "/en/dashboard/following/"
    assert Follow.objects.get().topic == youth

"""Requests and offers of help in the site's search and its sitemap: the
open and the exchanged are found, kept up to date as they are hidden,
withdrawn or expire; the sitemap names every public one."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from mutual_help.models import HelpItem
from network_portal.models import SearchEntry
from tests.factories import OrganisationFactory
from tests.mutual_help.test_following_notifications import help_item

pytestmark = pytest.mark.django_db


@pytest.fixture
def item(organisation, owner):
    return help_item(
        organisation,
        posted_by=owner,
        title_bg="Доброволци за почистване на Бедечка",
        title_en="Volunteers to clean up the Bedechka",
        description_bg="Осигуряваме ръкавици и чували.",
        quantity_bg="20 доброволци",
    )


def found(client, query, language="", kind=""):
    params = {"q": query, "type": kind} if kind else {"q": query}
    response = client.get(f"{language}/search/", params)
    assert response.status_code == 200
    page = response.context["page_obj"]
    return [entry.title for entry in page] if page else []


def test_an_open_request_is_found_in_both_languages_as_help(client, item):
    assert found(client, "Бедечка") == [item.title_bg]
    assert found(client, "ръкавици") == [item.title_bg]  # its description
    assert found(client, "bedechka", "/en") == [item.title_en]
    response = client.get("/en/search/", {"q": "bedechka"})
    counts = {kind["value"]: kind["count"] for kind in response.context["kinds"]}
    assert counts["help"] == 1
    labels = {kind["value"]: kind["label"] for kind in response.context["kinds"]}
    assert labels["help"] == "requests and offers of help"
    (entry,) = response.context["page_obj"]
    assert entry.url == f"/en/help/{item.slug}/"
    assert entry.byline == f"Request for help · {item.organisation.name_en}"
    assert found(client, "почистване", kind="help") == [item.title_bg]
    assert found(client, "почистване", kind="activity") == []


def test_a_hidden_item_is_not_found_until_it_is_restored(client, item, coordinator):
    item.hide(by=coordinator, reason="Реклама.")
    assert found(client, "Бедечка") == []

    item.restore()
    assert found(client, "Бедечка") == [item.title_bg]


def test_help_exchanged_is_found_and_withdrawn_or_expired_is_not(
    client, item, organisation, owner
):
    expired = help_item(organisation, title_bg="Зала за Бедечка")
    item.move_to(HelpItem.Status.AGREED)
    expired.move_to(HelpItem.Status.EXPIRED)
    assert found(client, "Бедечка") == [item.title_bg]

    item.move_to(HelpItem.Status.DONE)
    assert found(client, "Бедечка") == [item.title_bg]

    item.move_to(HelpItem.Status.WITHDRAWN)
    assert found(client, "Бедечка") == []


def test_an_applicants_item_is_not_found(client):
    help_item(OrganisationFactory(status="applicant"), title_bg="Палатки за събор")

    assert found(client, "палатки") == []


def test_the_rebuild_indexes_public_help_again(client, item, organisation):
    hidden = help_item(organisation, title_bg="Скрита молба за Бедечка")
    HelpItem.objects.filter(pk=hidden.pk).update(hidden_at=timezone.now())
    SearchEntry.objects.all().delete()
    assert found(client, "Бедечка") == []

    call_command("rebuild_search_index", stdout=io.StringIO())

    assert found(client, "Бедечка") == [item.title_bg]
    assert found(client, "bedechka", "/en") == [item.title_en]


def test_the_sitemap_lists_public_help_and_its_list(client, item, coordinator):
    hidden = help_item(item.organisation, title_bg="Скрита")
    hidden.hide(by=coordinator, reason="Реклама.")
    withdrawn = help_item(item.organisation, title_bg="Оттеглена")
    withdrawn.withdraw()
    applicants = help_item(OrganisationFactory(status="applicant"), title_bg="Чужда")

    content = client.get("/sitemap.xml").content.decode()

    assert "<loc>http://testserver/help/</loc>" in content
    assert "<loc>http://testserver/en/help/</loc>" in content
    for public in (item, withdrawn):  # a closed item's page says what became of it
        assert f"<loc>http://testserver/help/{public.slug}/</loc>" in content
        assert f"<loc>http://testserver/en/help/{public.slug}/</loc>" in content
    assert hidden.slug not in content
    assert applicants.slug not in content

"""`rebuild_search_index`: after rows were written past the signals (a bulk
insert, an update of many rows, a restore) or the index was lost, the
command makes the search find what is public again, and only that."""

import io

import pytest
from django.core.management import call_command
from django.test import Client

from causes.models import Cause
from members.models import Activity, Organisation
from network_portal import search
from network_portal.models import SearchEntry
from tests.events.test_meetings import make_meeting
from tests.factories import ActivityFactory, OrganisationFactory, PracticeFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db


def found(client, query, language="", kind=""):
    """The titles the search page lists for the query."""
    params = {"q": query, "type": kind} if kind else {"q": query}
    response = client.get(f"{language}/search/", params)
    assert response.status_code == 200
    page = response.context["page_obj"]
    return [entry.title for entry in page] if page else []


def rebuild():
    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    return out.getvalue()


def in_bulk(name_bg, name_en, slug):
    """An organisation inserted past save() and its signals, as a bulk import
    or a restore writes it."""
    organisation = OrganisationFactory.build(name=name_bg, name_en=name_en)
    organisation.slug = slug
    (organisation,) = Organisation.objects.bulk_create([organisation])
    return organisation


def test_organisations_inserted_in_bulk_are_found_after_the_rebuild(client):
    kesten = in_bulk(
        "Сдружение „Кестенова алея“", "Chestnut Alley Association", "kestenova-aleya"
    )
    assert found(client, "кестенова") == []

    output = rebuild()

    ids, _counts = search.search("кестенова", language="bg")
    assert [entry.url for entry in search.entries(ids)] == [kesten.get_absolute_url()]
    assert found(client, "кестенова") == ["Сдружение „Кестенова алея“"]
    assert found(client, "chestnut", "/en") == ["Chestnut Alley Association"]
    assert output == "1 object(s) indexed.\n"


def test_an_emptied_index_finds_every_kind_again(client, cause):
    organisation = cause.proposed_by
    make_meeting(title_bg="Среща за велоалеите", title_en="Cycle lanes meeting")
    ActivityFactory(organisation=organisation, title="Пролетно почистване")
    PracticeFactory(organisation=organisation, title="Училище за доброволци")
    SearchEntry.objects.all().delete()
    assert found(client, "велоалеите") == []
    assert found(client, "почистване") == []

    rebuild()

    assert found(client, "велоалеите") == ["Среща за велоалеите"]
    assert found(client, "почистване") == ["Пролетно почистване"]
    assert found(client, "доброволци") == ["Училище за доброволци"]
    assert found(client, "градска среда") == ["Достъпна градска среда"]
    assert found(client, "тротоари") == ["Достъпна градска среда"]  # its summary
    assert found(client, "зелена", kind="organisation") == [organisation.name]
    assert found(client, "cycle lanes", "/en") == ["Cycle lanes meeting"]
    response = Client().get("/search/", {"q": "почистване"})
    counts = {item["value"]: item["count"] for item in response.context["kinds"]}
    assert counts["activity"] == 1


def test_what_stopped_being_public_past_the_signals_is_dropped(client, organisation):
    kept = ActivityFactory(organisation=organisation, title="Засаждане на липи")
    hidden = ActivityFactory(organisation=organisation, title="Засаждане на кестени")
    applicant = OrganisationFactory(name="Фондация „Засаждане“")
    Cause.objects.create(
        proposed_by=applicant, title_bg="Засаждане в парка", summary_bg="Дървета."
    )
    Activity.objects.filter(pk=hidden.pk).update(state=Activity.State.HIDDEN)
    Organisation.objects.filter(pk=applicant.pk).update(
        status=Organisation.Status.APPLICANT
    )
    stale = found(client, "засаждане")
    assert "Засаждане на кестени" in stale  # updates send no signals
    assert "Фондация „Засаждане“" in stale

    rebuild()

    assert found(client, "засаждане") == [kept.title]
    assert not SearchEntry.objects.filter(title__contains="кестени").exists()


def test_a_title_changed_in_bulk_is_found_by_its_new_words_only(client):
    activity = ActivityFactory(title="Концерт в парка")
    Activity.objects.filter(pk=activity.pk).update(
        title="Фестивал на читалищата", title_bg="Фестивал на читалищата"
    )
    assert found(client, "концерт") == ["Концерт в парка"]

    rebuild()

    assert found(client, "фестивал") == ["Фестивал на читалищата"]
    assert found(client, "концерт") == []


def test_the_rebuild_replaces_search_pages_kept_for_visitors(
    client, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 300
    assert found(client, "кестенова") == []  # the visitors' page is kept
    in_bulk(
        "Сдружение „Кестенова алея“", "Chestnut Alley Association", "kestenova-aleya"
    )

    with django_capture_on_commit_callbacks(execute=True):
        rebuild()

    page = parse(Client().get("/search/", {"q": "кестенова"}).content.decode())
    (title,) = page.find_all("h2", class_="search-result__title")
    assert "".join(title.text.split()) == "Сдружение„Кестеноваалея“"
    assert "1 резултат" in page.text

"""The open datasets parse, match their data dictionary and follow the data."""

import csv
import io
import json
from datetime import date, timedelta

import pytest
from django.utils import timezone

from causes.models import Cause, Proposal
from events.models import Attendance, Decision, Meeting
from members.models import Activity, Institution
from network_portal.models import ProjectIndicator
from network_portal.open_data import DATASETS
from tests.factories import (
    ActivityFactory,
    HelpItemFactory,
    OrganisationFactory,
    ResponseFactory,
    ResultFactory,
    UserFactory,
    topic,
)

pytestmark = pytest.mark.django_db


def download(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return response, response.content.decode("utf-8")


@pytest.fixture
def network(coordinator):
    organisation = OrganisationFactory(
        name="Сдружение „Зелена България“", name_en="Green Bulgaria Association"
    )
    partner = OrganisationFactory(informal=True)
    activity = ActivityFactory(organisation=organisation, title_en="Park clean-up")
    activity.co_organisers.add(partner)
    ResultFactory(activity=activity, value=300).verify(by=coordinator)
    ResultFactory(activity=activity, indicator=None, value=None, statement_bg="Добре.")
    hidden = ActivityFactory(organisation=organisation, title="Скрита")
    hidden.hide(by=None, reason="x")
    ResultFactory(activity=hidden)
    ProjectIndicator.objects.create(
        name="Обединени организации",
        name_en="Organisations united",
        level="outcome",
        unit="членове",
        unit_en="members",
        baseline=0,
        target=16,
        source="counted",
        counted="members",
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
    )
    cause = Cause.objects.create(
        proposed_by=organisation,
        title="Чист въздух",
        title_bg="Чист въздух",
        title_en="Clean air",
        summary_bg="Измервания всеки ден.",
    )
    cause.add_co_sponsor(organisation=partner, by=None)
    starts = timezone.now() - timedelta(days=10)
    meeting = Meeting.objects.create(
        title_bg="Общо събрание",
        title_en="General meeting",
        summary_bg="x",
        kind="general",
        status="held",
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        participants=21,
        in_project=True,
    )
    meeting.organisers.add(organisation)
    Attendance.objects.create(meeting=meeting, organisation=organisation, people=3)
    Attendance.objects.create(meeting=meeting, organisation=partner, people=1)
    Decision.objects.create(meeting=meeting, text_bg="Приема плана.")
    # Help: the partner helped with a request, and so did a supporter.
    request = HelpItemFactory(
        organisation=organisation,
        status="done",
        title="Доброволци за парка",
        title_bg="Доброволци за парка",
        title_en="Volunteers for the park",
        topics=[topic("environment"), topic("volunteering")],
        outcome_bg="Дойдоха 12 души.",
        outcome_en="12 people came.",
        outcome_figure=12,
        outcome_measure="people",
    )
    ResponseFactory(item=request, organisation=partner, accepted=True)
    ResponseFactory(
        item=request,
        organisation=None,
        responder=UserFactory(first_name="Доброволка", email="volunteer@example.org"),
        accepted=True,
    )
    ResponseFactory(item=request, organisation=None, responder=UserFactory())
    Proposal.objects.create(
        title_bg="Предложение за парка",
        summary_bg="Да се засадят дървета.",
        text_bg="Предлагаме…",
        organisation=organisation,
        institution=Institution.objects.create(
            name="Община", name_bg="Община", slug="obshtina", kind="municipality"
        ),
        sent_on=timezone.localdate() - timedelta(days=3),
    )
    return organisation


@pytest.mark.parametrize("dataset", DATASETS)
def test_each_csv_parses_and_has_the_dictionarys_columns(client, network, dataset):
    response, text = download(client, f"/open-data/{dataset}.csv")

    rows = list(csv.DictReader(io.StringIO(text)))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert list(rows[0]) == [field.name for field in DATASETS[dataset].fields]
    assert rows


@pytest.mark.parametrize("dataset", DATASETS)
def test_each_json_parses_and_has_the_dictionarys_fields(client, network, dataset):
    response, text = download(client, f"/open-data/{dataset}.json")

    document = json.loads(text)
    assert response["Content-Type"] == "application/json; charset=utf-8"
    fields = [field.name for field in DATASETS[dataset].fields]
    assert document["meta"]["licence"] == "CC BY 4.0"
    assert document["meta"]["fields"] == fields
    assert document["data"]
    for row in document["data"]:
        assert list(row) == fields
    for field in DATASETS[dataset].fields:
        if field.many:
            assert all(isinstance(row[field.name], list) for row in document["data"])


def test_organisations_carry_the_eik_as_a_bg_eik_identifier(client, network):
    _, text = download(client, "/open-data/organisations.json")

    rows = {row["id"]: row for row in json.loads(text)["data"]}
    assert rows[network.slug]["identifier"] == f"BG-EIK-{network.eik}"
    assert [
        row["identifier"]
        for row in rows.values()
        if row["classification"] == "informal_group"
    ] == [None]


def test_a_file_is_in_one_language(client, network):
    _, bulgarian = download(client, "/open-data/organisations.csv")
    _, english = download(client, "/open-data/organisations.csv?lang=en")

    assert "Сдружение „Зелена България“" in bulgarian
    assert "Green Bulgaria Association" in english
    assert "Сдружение „Зелена България“" not in english
    assert "http://testserver/en/members/" in english


def test_hidden_activities_and_their_results_stay_out(client, network):
    _, activities = download(client, "/open-data/activities.json")
    _, results = download(client, "/open-data/results.json")

    shown = Activity.objects.get(organisation=network, state="published")
    assert [row["title"] for row in json.loads(activities)["data"]] == [shown.title]
    assert "Скрита" not in activities
    assert len(json.loads(results)["data"]) == 2


def test_results_say_what_was_verified_and_how_it_is_measured(client, network):
    _, text = download(client, "/open-data/results.json")

    rows = json.loads(text)["data"]
    number = next(row for row in rows if row["measure"] == "unit")
    words = next(row for row in rows if row["measure"] == "qualitative")
    assert number["indicator"] == "people-reached"
    assert number["value"] == 300
    assert number["verified"] is True
    assert words["statement"] == "Добре."
    assert words["verified"] is False


def test_an_unknown_dataset_or_language_is_a_404(client):
    assert client.get("/open-data/people.csv").status_code == 404
    assert client.get("/open-data/organisations.csv?lang=de").status_code == 404


def test_the_page_documents_every_dataset_and_field(client):
    content = client.get("/en/open-data/").content.decode()

    for dataset in DATASETS.values():
        assert f"/open-data/{dataset.slug}.csv?lang=en" in content
        for field in dataset.fields:
            assert f"<code>{field.name}</code>" in content
    assert "CC BY 4.0" in content


def test_an_activity_row_says_who_where_and_what_in_the_files_language(client):
    from members.models import Institution, Place
    from tests.factories import topic

    organisation = OrganisationFactory()
    partner = OrganisationFactory(informal=True)
    other = OrganisationFactory()
    activity = ActivityFactory(
        organisation=organisation,
        title="Почистване на парка",
        title_en="",
        summary_bg="Събрахме 40 чувала.",
        summary_en="We filled 40 bags.",
        place=Place.objects.get(slug="kazanlak"),
        topics=[topic("environment"), topic("civic-participation")],
    )
    activity.co_organisers.set([partner, other])
    activity.institutions.create(
        name="Община Казанлък", name_en="Kazanlak Municipality", slug="k", kind="other"
    )
    Institution.objects.create(name="Друга", slug="unused", kind="other")

    _, bulgarian = download(client, "/open-data/activities.json")
    _, english = download(client, "/open-data/activities.json?lang=en")

    [row] = json.loads(bulgarian)["data"]
    assert row["id"] == activity.slug
    assert row["title"] == "Почистване на парка"
    assert row["summary"] == "Събрахме 40 чувала."
    assert row["organisation"] == organisation.slug
    assert row["co_organisers"] == sorted([partner.slug, other.slug])
    assert row["institutions"] == ["Община Казанлък"]
    assert row["municipality"] == "Казанлък"
    assert row["topics"] == ["civic-participation", "environment"]
    assert row["start_date"] == activity.starts_on.isoformat()
    assert row["published_at"] == activity.published_at.isoformat()
    assert row["url"] == f"http://testserver/activities/{activity.slug}/"
    [row] = json.loads(english)["data"]
    # No English title: the Bulgarian one stands, as on the page.
    assert row["title"] == "Почистване на парка"
    assert row["summary"] == "We filled 40 bags."
    assert row["institutions"] == ["Kazanlak Municipality"]
    assert row["municipality"] == "Kazanlak"
    assert row["url"] == f"http://testserver/en/activities/{activity.slug}/"


def test_the_indicators_say_baseline_target_and_actual_with_their_period(
    client, network
):
    _, text = download(client, "/open-data/indicators.csv?lang=en")

    [row] = list(csv.DictReader(io.StringIO(text)))
    assert row == {
        "indicator": "Organisations united",
        "level": "outcome",
        "unit": "members",
        "baseline": "0",
        "target": "16",
        # The two member organisations of the fixture, counted by the portal.
        "actual": "2",
        "period_start": "2026-01-01",
        "period_end": "2026-12-31",
        "source": "counted",
    }


def test_a_cause_row_says_where_it_stands_and_who_backs_it(client, network):
    _, text = download(client, "/open-data/causes.json?lang=en")

    [row] = json.loads(text)["data"]
    assert row["title"] == "Clean air"
    assert row["status"] == "proposed"
    assert row["proposed_by"] == network.slug
    assert len(row["co_sponsors"]) == 1 and network.slug not in row["co_sponsors"]
    assert row["supporters"] == 0
    assert row["url"].endswith(f"/en/causes/{row['id']}/")


def test_a_meeting_row_says_who_was_there_and_what_was_decided(client, network):
    _, text = download(client, "/open-data/meetings.csv")

    [row] = list(csv.DictReader(io.StringIO(text)))
    assert row["title"] == "Общо събрание"
    assert row["status"] == "held"
    assert row["organisers"] == network.slug
    assert (row["organisations_present"], row["participants"]) == ("2", "21")
    assert row["decisions"] == "1"
    assert row["in_project"] == "true"


def test_the_page_says_what_popolo_and_iati_are(client):
    content = client.get("/en/open-data/").content.decode()

    assert "<strong>Popolo</strong> describes organisations and people" in content
    assert "the International Aid Transparency Initiative" in content
    bulgarian = client.get("/open-data/").content.decode()
    assert "Международната инициатива за прозрачност на помощта" in bulgarian


def test_a_help_row_says_what_became_of_it_and_who_helped_naming_no_person(
    client, network
):
    from mutual_help.models import HelpItem

    offer = HelpItemFactory(
        offer=True,
        kind="equipment",
        title="Проектор",
        title_bg="Проектор",
        title_en="",
        ongoing=True,
        starts_on=None,
        place=None,
        online=True,
    )
    hidden = HelpItemFactory(title="Скрита молба", title_bg="Скрита молба")
    hidden.hide(by=None, reason="x")
    HelpItemFactory(
        title="Молба на кандидат",
        title_bg="Молба на кандидат",
        organisation=OrganisationFactory(status="applicant"),
    )

    _, bulgarian = download(client, "/open-data/help.json")
    _, english = download(client, "/open-data/help.csv?lang=en")

    rows = {row["id"]: row for row in json.loads(bulgarian)["data"]}
    request = HelpItem.objects.get(title_bg="Доброволци за парка")
    assert set(rows) == {request.slug, offer.slug}
    row = rows[request.slug]
    helper = request.responses.get(
        accepted_at__isnull=False, organisation__isnull=False
    )
    assert row["direction"] == "request"
    assert row["kind"] == "volunteers"
    assert row["status"] == "done"
    assert row["organisation"] == network.slug
    assert row["municipality"] == "Стара Загора"
    assert (row["ongoing"], row["online"]) == (False, False)
    assert row["start_date"] == request.starts_on.isoformat()
    assert row["topics"] == ["environment", "volunteering"]
    assert row["answers"] == 3
    assert row["agreed_with"] == [helper.organisation.slug]
    assert (row["outcome"], row["outcome_figure"], row["outcome_measure"]) == (
        "Дойдоха 12 души.",
        12,
        "people",
    )
    assert row["url"] == f"http://testserver/help/{request.slug}/"
    assert rows[offer.slug]["start_date"] is None
    assert rows[offer.slug]["municipality"] is None
    assert rows[offer.slug]["agreed_with"] == []
    assert rows[offer.slug]["outcome"] is None
    # Nobody's name or address, in either language.
    for text in (bulgarian, english):
        assert "Доброволка" not in text and "volunteer@example.org" not in text
        assert "Скрита" not in text and "кандидат" not in text
    english_rows = {row["id"]: row for row in csv.DictReader(io.StringIO(english))}
    assert english_rows[request.slug]["title"] == "Volunteers for the park"
    assert english_rows[request.slug]["outcome"] == "12 people came."
    assert english_rows[offer.slug]["title"] == "Проектор"  # no English title
    assert english_rows[offer.slug]["ongoing"] == "true"

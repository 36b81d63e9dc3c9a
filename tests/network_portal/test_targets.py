"""The results framework: indicators with targets, their actual values
counted, summed or entered, their progress on the transparency page, the
home page and in the administration."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from network_portal.models import IndicatorValue, ProjectIndicator
from network_portal.targets import COMPUTED, ROWS, framework, progress
from tests.factories import (
    ActivityFactory,
    OrganisationFactory,
    ResultFactory,
    indicator,
)

pytestmark = pytest.mark.django_db

TODAY = date(2026, 7, 1)
# A year, half run on TODAY.
YEAR = {"period_start": date(2026, 1, 1), "period_end": date(2026, 12, 31)}


def promised(**fields):
    fields = {
        "name": "Членове на мрежата",
        "level": "outcome",
        "unit": "организации",
        "target": 4,
        "source": "counted",
        "counted": "members",
        **YEAR,
        **fields,
    }
    return ProjectIndicator.objects.create(**fields)


def reached(indicator, today=TODAY, within=None):
    [found] = progress(framework().filter(pk=indicator.pk), today, within)
    return found


def test_every_count_the_admin_offers_is_counted_one_way():
    assert set(ROWS) | set(COMPUTED) == set(ProjectIndicator.Counted.values)
    assert not set(ROWS) & set(COMPUTED)


def test_members_are_counted_as_they_were_at_the_end_of_the_window():
    OrganisationFactory(joined_on=date(2025, 5, 1))
    OrganisationFactory(joined_on=date(2026, 3, 1))
    OrganisationFactory(joined_on=date(2026, 9, 1))  # after TODAY
    OrganisationFactory(status="applicant")
    OrganisationFactory(status="former")

    found = reached(promised())

    assert found.actual == 2
    assert found.share == 50
    assert found.elapsed == 50
    assert found.status == "on_track"


def test_proposals_are_counted_sent_and_answered_within_the_window():
    from causes.models import Proposal
    from members.models import Institution

    council = Institution.objects.create(
        name="Общински съвет", slug="savet", kind="council"
    )
    sender = OrganisationFactory()

    def send(sent_on, by=sender, **answer):
        Proposal.objects.create(
            title="Предложение",
            title_bg="Предложение",
            summary_bg="x",
            organisation=by,
            institution=council,
            sent_on=sent_on,
            **answer,
        )

    send(date(2025, 11, 3), outcome="accepted", answered_on=date(2026, 1, 5))
    send(date(2026, 2, 2), outcome="rejected", answered_on=date(2026, 3, 2))
    send(date(2026, 5, 4))
    send(date(2026, 6, 1), outcome="no_answer")
    send(date(2026, 3, 3), outcome="partly", answered_on=date(2026, 8, 1))
    send(date(2026, 4, 1), by=OrganisationFactory(status="applicant"))

    sent = reached(promised(counted="proposals_sent", target=10, unit="бр."))
    answered = reached(promised(counted="proposals_answered", target=4, unit="бр."))

    assert sent.actual == 4  # 2025's, the applicant's left out
    assert answered.actual == 2  # by TODAY, an answer is an answer


def test_behind_when_less_of_the_way_is_made_than_of_the_period_run():
    OrganisationFactory(joined_on=date(2025, 5, 1))

    found = reached(promised())

    assert (found.share, found.elapsed, found.status) == (25, 50, "behind")
    assert str(found.status_label) == "изостава"


def test_met_once_the_target_is_reached_and_the_bar_stops_full():
    for _ in range(5):
        OrganisationFactory(joined_on=date(2025, 5, 1))

    found = reached(promised())

    assert (found.share, found.bar, found.status) == (125, 100, "met")


def test_the_way_runs_from_the_baseline():
    for _ in range(3):
        OrganisationFactory(joined_on=date(2025, 5, 1))

    found = reached(promised(baseline=2, target=6))

    assert found.share == 25


def test_results_are_summed_verified_and_reported_apart(coordinator):
    activity = ActivityFactory(starts_on=date(2026, 3, 1))
    ResultFactory(activity=activity, indicator=indicator("people-reached"), value=30)
    ResultFactory(
        activity=activity, indicator=indicator("people-reached"), value=20
    ).verify(by=coordinator)
    ResultFactory(activity=activity, indicator=indicator("media"), value=5)
    # Outside the period, and hidden: neither counts.
    ResultFactory(
        activity=ActivityFactory(starts_on=date(2025, 3, 1)),
        indicator=indicator("people-reached"),
        value=1000,
    )
    hidden = ActivityFactory(starts_on=date(2026, 3, 1))
    hidden.hide(by=None, reason="Дублира друга.")
    ResultFactory(activity=hidden, indicator=indicator("people-reached"), value=1000)
    summed = promised(source="results", counted="", target=100)
    summed.result_indicators.add(indicator("people-reached"))

    found = reached(summed)

    assert (found.actual, found.verified, found.reported) == (50, 20, 30)
    summed.verified_only = True
    summed.save()
    assert (reached(summed).actual, reached(summed).reported) == (20, None)


def test_an_entered_value_is_the_latest_measured_in_the_window():
    entered = promised(source="entered", counted="", target=70, unit="%")

    assert reached(entered).actual is None
    assert reached(entered).status == "unknown"

    entered.values.create(value=40, measured_on=date(2026, 2, 1))
    entered.values.create(value=55, measured_on=date(2026, 5, 1))
    entered.values.create(value=90, measured_on=date(2026, 10, 1))  # after TODAY

    assert reached(entered).actual == 55
    spring = (date(2026, 1, 1), date(2026, 3, 31))
    assert reached(entered, within=spring).actual == 40


def test_a_chosen_year_narrows_the_window():
    for day in [date(2025, 6, 1), date(2026, 6, 1)]:
        ActivityFactory(starts_on=day).co_organisers.add(OrganisationFactory())
    joint = promised(
        counted="joint_activities",
        period_start=date(2025, 1, 1),
        period_end=date(2026, 12, 31),
    )

    assert reached(joint).actual == 2
    assert reached(joint, within=(date(2026, 1, 1), date(2026, 12, 31))).actual == 1


def test_before_its_period_an_indicator_has_no_value():
    later = promised(period_start=date(2027, 1, 1), period_end=date(2027, 12, 31))

    assert reached(later).actual is None
    assert reached(later).status == "not_started"


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"period_end": date(2025, 12, 31)}, "period_end"),
        ({"counted": ""}, "counted"),
        ({"baseline": 4}, "target"),
    ],
)
def test_an_indicator_that_cannot_be_followed_is_refused(fields, field):
    indicator = ProjectIndicator(
        **{
            "name": "Х",
            "level": "output",
            "unit": "бр.",
            "target": 4,
            "source": "counted",
            "counted": "members",
            **YEAR,
            **fields,
        }
    )

    with pytest.raises(ValidationError) as refused:
        indicator.full_clean()

    assert field in refused.value.message_dict


# The pages


def current(**fields):
    today = timezone.localdate()
    return promised(
        period_start=today - timedelta(days=100),
        period_end=today + timedelta(days=100),
        **fields,
    )


def test_the_transparency_page_starts_with_the_targets(client):
    OrganisationFactory(joined_on=date(2024, 1, 1))
    current(name="Обединени организации", name_en="Organisations united")

    page = client.get("/transparency/").content.decode()
    english = client.get("/en/transparency/").content.decode()

    assert page.index('id="targets"') < page.index('id="members-heading"')
    assert "Обединени организации" in page
    assert '<strong class="target__actual">1</strong>' in page
    assert "от 4 организации" in page
    assert "Organisations united" in english
    assert '<th scope="row">Organisations united</th>' in english


def test_without_indicators_the_transparency_page_has_no_targets(client):
    assert 'id="targets"' not in client.get("/transparency/").content.decode()


def test_the_home_page_shows_three_headline_targets(client):
    OrganisationFactory(joined_on=date(2024, 1, 1))
    for number in range(4):
        current(name=f"Цел {number}", is_headline=True, position=number)
    current(name="Без заглавие")

    page = client.get("/").content.decode()

    assert [f"Цел {n}" in page for n in range(4)] == [True, True, True, False]
    assert "Без заглавие" not in page
    assert 'href="/transparency/#targets"' in page


# The administration


def indicator_form(**fields):
    return {
        "name_bg": "Проведени срещи",
        "name_en": "Meetings held",
        "definition_bg": "",
        "definition_en": "",
        "level": "output",
        "unit_bg": "срещи",
        "unit_en": "meetings",
        "position": 0,
        "baseline": 0,
        "target": 8,
        "period_start": "2026-01-01",
        "period_end": "2026-12-31",
        "source": "counted",
        "counted": "meetings_held",
        "values-TOTAL_FORMS": 0,
        "values-INITIAL_FORMS": 0,
        **fields,
    }


def test_a_coordinator_defines_an_indicator_and_sees_its_progress(
    coordinator_client,
):
    response = coordinator_client.post(
        "/admin/network_portal/projectindicator/add/", indicator_form()
    )

    assert response.status_code == 302
    created = ProjectIndicator.objects.get()
    assert (created.name_en, created.counted) == ("Meetings held", "meetings_held")
    listing = coordinator_client.get(
        "/admin/network_portal/projectindicator/"
    ).content.decode()
    # No meeting held in a period that has run: behind, from nothing.
    assert "Проведени срещи" in listing
    assert '<td class="field-share">0%</td>' in listing
    assert '<td class="field-status">изостава</td>' in listing


def test_a_sum_without_result_indicators_is_refused(coordinator_client):
    response = coordinator_client.post(
        "/admin/network_portal/projectindicator/add/",
        indicator_form(source="results", counted=""),
    )

    assert response.status_code == 200
    assert "result_indicators" in response.context["adminform"].form.errors
    assert not ProjectIndicator.objects.exists()


def test_an_entered_value_keeps_only_a_document_as_evidence(
    coordinator_client, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    values = {
        "values-TOTAL_FORMS": 1,
        "values-0-measured_on": "2026-05-01",
        "values-0-value": "62",
        "values-0-note_bg": "Анкета",
        "values-0-note_en": "Survey",
    }
    script = SimpleUploadedFile("anketa.pdf", b"<script>alert(1)</script>")

    refused = coordinator_client.post(
        "/admin/network_portal/projectindicator/add/",
        indicator_form(source="entered", counted="", **values)
        | {"values-0-evidence": script},
    )

    assert refused.status_code == 200
    assert not ProjectIndicator.objects.exists()
    assert not IndicatorValue.objects.exists()


@pytest.mark.parametrize("who", ["editor", "outsider"])
def test_only_coordinators_open_the_indicators(client, who, request):
    if who == "editor":
        from tests.factories import RoleFactory

        person = RoleFactory().user
    else:
        person = request.getfixturevalue("outsider")
    client.force_login(person)

    response = client.get("/admin/network_portal/projectindicator/")

    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_the_history_keeps_both_languages():
    indicator = promised(name="Членове", name_en="Members")
    indicator.target = 5
    indicator.save()

    assert [h.target for h in indicator.history.all()] == [Decimal(5), Decimal(4)]
    assert indicator.history.first().name_en == "Members"

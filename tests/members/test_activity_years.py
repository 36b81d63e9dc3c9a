"""The activities counted by year, kept as rows: after every change that can
move them they are what counting the activities the public sees gives, and a
change rolled back leaves them as they were; the pages that show them read
the kept rows."""

import importlib
from datetime import date

import pytest
from django.apps import apps as django_apps
from django.db import transaction
from django.db.models import Count
from django.db.models.functions import ExtractYear

from members.models import Activity, ActivityYear, recount_years
from tests.factories import ActivityFactory, OrganisationFactory
from tests.writes import writes

pytestmark = pytest.mark.django_db


def kept():
    return ActivityYear.objects.per_year()


def counted():
    return dict(
        Activity.objects.for_public()
        .annotate(year=ExtractYear("starts_on"))
        .order_by("-year")
        .values_list("year")
        .annotate(n=Count("pk"))
    )


def test_the_kept_counts_follow_every_change_of_the_activities():
    first = ActivityFactory(starts_on=date(2025, 3, 1))
    ActivityFactory(starts_on=date(2025, 9, 1))
    later = ActivityFactory(starts_on=date(2026, 2, 1))
    ActivityFactory(starts_on=date(2026, 4, 1), draft=True)
    assert kept() == counted() == {2026: 1, 2025: 2}

    first.starts_on = date(2026, 1, 10)
    first.save()
    assert kept() == counted() == {2026: 2, 2025: 1}

    later.hide(by=None, reason="Лични данни на снимка.")
    assert kept() == counted() == {2026: 1, 2025: 1}

    later.restore()
    first.unpublish()
    first.delete()
    assert kept() == counted() == {2026: 1, 2025: 1}


def test_an_organisation_that_is_an_applicant_again_is_not_counted():
    organisation = OrganisationFactory()
    ActivityFactory(organisation=organisation, starts_on=date(2026, 3, 1))
    ActivityFactory(starts_on=date(2026, 5, 1))
    assert kept() == {2026: 2}

    organisation.status = organisation.Status.APPLICANT
    organisation.save()

    assert kept() == counted() == {2026: 1}


def test_a_change_rolled_back_leaves_the_counts_as_they_were():
    ActivityFactory(starts_on=date(2026, 3, 1))

    with pytest.raises(RuntimeError), transaction.atomic():
        ActivityFactory(starts_on=date(2026, 4, 1))
        assert kept() == {2026: 2}  # within the change
        raise RuntimeError

    assert kept() == counted() == {2026: 1}


def test_the_migration_counts_the_activities_already_published():
    ActivityFactory(starts_on=date(2024, 3, 1))
    ActivityFactory(starts_on=date(2026, 3, 1))
    ActivityFactory(starts_on=date(2026, 3, 1), draft=True)
    ActivityFactory(
        starts_on=date(2026, 3, 1), organisation=OrganisationFactory(status="applicant")
    )
    ActivityYear.objects.all().delete()

    migration = importlib.import_module("members.migrations.0017_activity_years")
    migration.fill(django_apps, None)

    assert kept() == counted() == {2026: 1, 2024: 1}


def test_the_pages_count_from_the_kept_rows(client):
    for day in (date(2024, 5, 1), date(2026, 3, 1), date(2026, 4, 1)):
        ActivityFactory(starts_on=day)
    ActivityYear.objects.filter(year=2026).update(activities=41)

    news = client.get("/activities/")
    report = client.get("/transparency/")
    home = client.get("/")

    assert news.context["paginator"].count == 42
    assert [year for year, _label in news.context["filters"].fields["year"].choices][
        1:
    ] == [2026, 2024]
    assert report.context["report"]["years"] == [2026, 2024]
    assert home.context["numbers"]["activities"] == 42
    # Narrowed, the list counts what it shows.
    assert client.get("/activities/?year=2026").context["paginator"].count == 2


def test_counts_that_did_not_move_are_not_written():
    activity = ActivityFactory(starts_on=date(2025, 5, 1))

    # What reads the counts then stays kept (`remember(reads=True)`).
    assert writes(recount_years) == []
    activity.starts_on = date(2024, 5, 1)
    assert any("members_activityyear" in sql for sql in writes(activity.save))
    assert kept() == {2024: 1}

"""The indicators' totals kept as rows: after every change that can move
them they are what the public results add up to, counted afresh, and a
change rolled back leaves them as they were."""

import importlib
from decimal import Decimal

import pytest
from django.apps import apps as django_apps
from django.db import transaction

from members.models import Indicator, IndicatorTotal, Result, recount
from tests.factories import (
    ActivityFactory,
    OrganisationFactory,
    ResultFactory,
    indicator,
)
from tests.writes import writes

pytestmark = pytest.mark.django_db


def by_slug(totals):
    return {
        total.indicator.slug: (total.verified, total.self_reported) for total in totals
    }


def kept():
    return by_slug(IndicatorTotal.objects.as_totals())


def counted():
    return by_slug(Result.objects.public().totals())


def test_the_kept_totals_follow_every_change_of_the_results(coordinator):
    first = ResultFactory(value=100)
    ResultFactory(value=50, activity=first.activity)
    funds = ResultFactory(indicator=indicator("funds-raised"), value=1200)
    assert (
        kept()
        == counted()
        == {
            "people-reached": (0, 150),
            "funds-raised": (0, 1200),
        }
    )

    first.verify(by=coordinator)
    funds.value = 1500
    funds.save()
    assert (
        kept()
        == counted()
        == {
            "people-reached": (100, 50),
            "funds-raised": (0, 1500),
        }
    )

    funds.delete()
    assert kept() == counted() == {"people-reached": (100, 50)}


def test_an_activity_leaving_the_public_takes_its_results_from_the_totals():
    result = ResultFactory(value=30)
    ResultFactory(value=12)

    result.activity.hide(by=None, reason="Лични данни на снимка.")

    assert kept() == counted() == {"people-reached": (0, 12)}


def test_an_organisation_that_is_an_applicant_again_is_not_counted():
    applicant = OrganisationFactory()
    ResultFactory(activity=ActivityFactory(organisation=applicant), value=40)
    ResultFactory(value=7)
    assert kept()["people-reached"] == (0, 47)

    applicant.status = "applicant"
    applicant.save()

    assert kept() == counted() == {"people-reached": (0, 7)}


def test_an_indicator_counted_by_its_highest_value_is_kept_so():
    ResultFactory(indicator=indicator("volunteers"), value=30)
    ResultFactory(indicator=indicator("volunteers"), value=12)
    assert kept()["volunteers"] == (0, 42)

    volunteers = indicator("volunteers")
    volunteers.aggregation = Indicator.Aggregation.MAX
    volunteers.save()

    assert kept() == counted() == {"volunteers": (0, 30)}


def test_a_change_rolled_back_leaves_the_totals_as_they_were():
    ResultFactory(value=10)

    with pytest.raises(RuntimeError), transaction.atomic():
        ResultFactory(value=90)
        assert kept()["people-reached"] == (0, 100)  # within the change
        raise RuntimeError

    assert kept() == counted() == {"people-reached": (0, 10)}


def test_the_migration_counts_the_results_already_reported(coordinator):
    ResultFactory(value=100).verify(by=coordinator)
    ResultFactory(value=Decimal("2.5"), indicator=indicator("funds-raised"))
    ResultFactory(activity=ActivityFactory(draft=True), value=1000)
    IndicatorTotal.objects.all().delete()

    migration = importlib.import_module("members.migrations.0016_indicator_totals")
    migration.fill(django_apps, None)

    assert (
        kept()
        == counted()
        == {
            "people-reached": (100, 0),
            "funds-raised": (0, Decimal("2.5")),
        }
    )


def test_the_home_page_shows_the_kept_totals(client):
    ResultFactory(value=1234)

    page = client.get("/").content.decode()

    assert "1 234" in " ".join(page.replace("\xa0", " ").split())


def test_totals_that_did_not_move_are_not_written():
    result = ResultFactory(value=100)
    before = kept()

    # What reads the totals then stays kept (`remember(reads=True)`).
    assert writes(recount) == []
    result.value = 150
    assert writes(result.save)
    assert kept() != before

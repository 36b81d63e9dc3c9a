"""Date-time fields filtered by whole local days: the same rows as
`__date__range`, at the edges of the days as the portal's time zone draws
them (Sofia, two or three hours ahead of UTC), compared with the moments
themselves."""

from datetime import UTC, date, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from infrastructure.days import on_days
from network_portal.models import Subscriber

pytestmark = pytest.mark.django_db

# Moments in UTC, and the local day each falls on.
MOMENTS = {
    # 23:59 on 31 May in UTC is 02:59 on 1 June in Sofia (summer time).
    "first_morning": datetime(2026, 5, 31, 23, 59, tzinfo=UTC),
    # 20:59 on 31 May in UTC is 23:59 on 31 May in Sofia: the day before.
    "eve": datetime(2026, 5, 31, 20, 59, tzinfo=UTC),
    # 21:59 on 30 June in UTC is 00:59 on 1 July in Sofia: the day after.
    "after": datetime(2026, 6, 30, 21, 59, tzinfo=UTC),
    # 20:30 on 30 June in UTC is 23:30 on 30 June in Sofia: the last day.
    "last_night": datetime(2026, 6, 30, 20, 30, tzinfo=UTC),
    # Winter time, two hours ahead: 22:30 on 31 December in UTC is
    # 00:30 on 1 January in Sofia.
    "new_year": datetime(2026, 12, 31, 22, 30, tzinfo=UTC),
}


@pytest.fixture
def subscribers():
    return {
        name: Subscriber.objects.create(
            email=f"{name}@example.org", language="bg", confirmed_at=moment
        )
        for name, moment in MOMENTS.items()
    }


def names(queryset):
    return {subscriber.email.split("@")[0] for subscriber in queryset}


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2026, 6, 1), date(2026, 6, 30), {"first_morning", "last_night"}),
        (date(2026, 5, 31), date(2026, 5, 31), {"eve"}),
        (date(2026, 7, 1), None, {"after", "new_year"}),
        (None, date(2026, 5, 31), {"eve"}),
        (date(2027, 1, 1), date(2027, 1, 1), {"new_year"}),
    ],
)
def test_the_same_rows_as_the_local_dates(subscribers, start, end, expected):
    found = Subscriber.objects.filter(on_days("confirmed_at", start, end))
    if start and end:
        by_date = {"confirmed_at__date__range": (start, end)}
    elif start:
        by_date = {"confirmed_at__date__gte": start}
    else:
        by_date = {"confirmed_at__date__lte": end}

    assert names(found) == expected
    assert names(Subscriber.objects.filter(**by_date)) == expected


def test_the_column_is_compared_as_it_is(subscribers):
    with CaptureQueriesContext(connection) as queries:
        list(Subscriber.objects.filter(on_days("confirmed_at", date(2026, 6, 1))))

    # No function of the column: an index on it serves the filter.
    sql = queries[-1]["sql"]
    assert '"confirmed_at" >= ' in sql
    assert "AT TIME ZONE" not in sql
    assert "django_datetime_cast_date" not in sql


def test_no_bound_is_no_filter(subscribers):
    assert names(Subscriber.objects.filter(on_days("confirmed_at"))) == set(MOMENTS)

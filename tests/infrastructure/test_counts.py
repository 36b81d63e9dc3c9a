"""Several counts in one query: each as `count()` would give it, whatever
the queryset (filtered, joined, made distinct, or one no row can pass)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from infrastructure.counts import count_together
from members.models import Organisation
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def test_each_queryset_is_counted_as_count_would_in_one_query():
    OrganisationFactory()
    OrganisationFactory()
    OrganisationFactory(informal=True, status="applicant")
    querysets = {
        "all": Organisation.objects.all(),
        "associations": Organisation.objects.filter(kind="association"),
        "kinds": Organisation.objects.values("kind").distinct(),
        "active": Organisation.objects.active(),
        "none": Organisation.objects.filter(pk__in=[]),
    }

    with CaptureQueriesContext(connection) as queries:
        counts = count_together(querysets)

    assert counts == {key: queryset.count() for key, queryset in querysets.items()}
    assert counts == {"all": 3, "associations": 2, "kinds": 2, "active": 2, "none": 0}
    assert len(queries) == 1


def test_nothing_to_count_asks_nothing():
    with CaptureQueriesContext(connection) as queries:
        assert count_together({}) == {}
        assert count_together({"none": Organisation.objects.none()}) == {"none": 0}

    assert len(queries) == 0

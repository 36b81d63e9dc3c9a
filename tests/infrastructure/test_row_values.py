"""Values each of one row never changed in place, kept across changes of
the data (`RowValues`): the scores of a query's matches."""

import time

import pytest
from django.core.cache import cache

from infrastructure.pagecache import RowValues, changed, rows_replaced, store
from tests.clock import Clock


@pytest.fixture
def clock(settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    clock = Clock(time.time())
    monkeypatch.setattr(store, "time", clock)
    return clock


@pytest.mark.django_db
def test_values_kept_outlive_a_change_of_the_data(
    clock, django_capture_on_commit_callbacks
):
    assert RowValues("scores", of="rows").values == {}
    RowValues("scores", of="rows").keep({1: 0.5, 2: 0.25})

    with django_capture_on_commit_callbacks(execute=True):
        changed()

    assert RowValues("scores", of="rows").values == {1: 0.5, 2: 0.25}
    assert RowValues("other-scores", of="rows").values == {}


def test_all_are_dropped_a_cache_lifetime_after_the_first_was_kept(clock):
    RowValues("scores", of="rows").keep({1: 0.5})
    clock.now += 200
    kept = RowValues("scores", of="rows")
    kept.keep({**kept.values, 2: 0.25})  # kept again: still of the first time
    clock.now += 99
    assert RowValues("scores", of="rows").values == {1: 0.5, 2: 0.25}

    clock.now += 2
    assert RowValues("scores", of="rows").values == {}


def test_nothing_is_kept_with_the_page_cache_off(clock, settings):
    settings.PAGE_CACHE_SECONDS = 0
    kept = RowValues("scores", of="rows")
    kept.keep({1: 0.5})

    assert kept.values == {1: 0.5}  # for the one who computed them
    assert RowValues("scores", of="rows").values == {}


@pytest.mark.django_db
def test_values_are_dropped_when_their_rows_are_replaced(
    clock, django_capture_on_commit_callbacks
):
    RowValues("scores", of="rows").keep({1: 0.5})
    RowValues("others", of="other-rows").keep({1: 0.25})

    with django_capture_on_commit_callbacks(execute=True):
        rows_replaced("rows")

    assert RowValues("scores", of="rows").values == {}
    assert RowValues("others", of="other-rows").values == {1: 0.25}


def test_values_kept_under_rows_the_cache_forgot_are_not_used(clock):
    RowValues("scores", of="rows").keep({1: 0.5})
    cache.delete("page-cache:rows:rows")

    assert RowValues("scores", of="rows").values == {}

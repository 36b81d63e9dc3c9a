"""Values each of one row never changed in place, kept across changes of
the data (`RowValues`): the scores of a query's matches."""

import time

import pytest
from django.core.cache import cache

from infrastructure.pagecache import RowValues, changed, store
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
    assert RowValues("scores").values == {}
    RowValues("scores").keep({1: 0.5, 2: 0.25})

    with django_capture_on_commit_callbacks(execute=True):
        changed()

    assert RowValues("scores").values == {1: 0.5, 2: 0.25}
    assert RowValues("other-scores").values == {}


def test_all_are_dropped_a_cache_lifetime_after_the_first_was_kept(clock):
    RowValues("scores").keep({1: 0.5})
    clock.now += 200
    kept = RowValues("scores")
    kept.keep({**kept.values, 2: 0.25})  # kept again: still of the first time
    clock.now += 99
    assert RowValues("scores").values == {1: 0.5, 2: 0.25}

    clock.now += 2
    assert RowValues("scores").values == {}


def test_nothing_is_kept_with_the_page_cache_off(clock, settings):
    settings.PAGE_CACHE_SECONDS = 0
    kept = RowValues("scores")
    kept.keep({1: 0.5})

    assert kept.values == {1: 0.5}  # for the one who computed them
    assert RowValues("scores").values == {}

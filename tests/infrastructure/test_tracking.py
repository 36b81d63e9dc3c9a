"""Values kept until what they read is written (`remember(reads=True)`):
what a build reads, what a committed statement writes, and what a page
keeps through an edit that touches none of it."""

import time

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.template import Template, TemplateSyntaxError
from django.test import Client
from django.test.utils import CaptureQueriesContext

from causes.models import Cause
from infrastructure.pagecache import changed, remember, tracking
from infrastructure.pagecache.tracking import (
    UNVERSIONED,
    Reading,
    generation_key,
    reads_of,
    writes_of,
)
from members.models import Activity, Institution, Organisation, Place
from network_portal import views
from tests.clock import Clock
from tests.factories import ActivityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300


def read(*querysets):
    reading = Reading()
    reading.statements = [str(queryset.query) for queryset in querysets]
    return set(reads_of(reading))


def test_a_query_reads_its_tables_rows_and_the_columns_it_names():
    keys = read(Activity.objects.filter(state="published").values("starts_on"))

    assert {
        generation_key("members_activity"),
        generation_key("members_activity", "state"),
        generation_key("members_activity", "starts_on"),
    } <= keys
    assert generation_key("members_activity", "title_bg") not in keys
    # A table joined reads as much as the one it starts from.
    joined = read(Activity.objects.filter(organisation__name_bg="Х").values("pk"))
    assert generation_key("members_organisation", "name_bg") in joined
    assert generation_key("members_organisation", "slug") not in joined


def test_an_update_writes_the_columns_it_sets_an_insert_or_delete_the_rows():
    sql = 'UPDATE "members_activity" SET "title_bg" = %s, "state" = %s WHERE "id" = %s'

    # Its rows changed and their versions did not: it writes that as well.
    assert set(writes_of(sql, {})) == {
        generation_key("members_activity", "title_bg"),
        generation_key("members_activity", "state"),
        generation_key("members_activity", UNVERSIONED),
    }
    saved = 'UPDATE "members_activity" SET "title_bg" = %s, "updated_at" = %s'
    assert set(writes_of(f'{saved} WHERE "id" = %s', {})) == {
        generation_key("members_activity", "title_bg"),
        generation_key("members_activity", "updated_at"),
    }
    # Not the columns its values' subqueries compare: the causes' counts.
    recount = (
        'UPDATE "causes_cause" SET "supporter_count" = COALESCE((SELECT '
        'COUNT(U0."id") FROM "causes_support" U0 WHERE U0."cause_id" = '
        '("causes_cause"."id")), 0), "co_sponsor_count" = COALESCE((SELECT '
        'COUNT(U0."id") FROM "causes_cosponsorship" U0 WHERE U0."cause_id" = '
        '("causes_cause"."id")), 0) WHERE "causes_cause"."id" = %s'
    )
    assert set(writes_of(recount, {})) == {
        generation_key("causes_cause", "supporter_count"),
        generation_key("causes_cause", "co_sponsor_count"),
        generation_key("causes_cause", UNVERSIONED),
    }
    assert writes_of('INSERT INTO "members_activity" ("id") VALUES (1)', {}) == (
        generation_key("members_activity"),
    )
    assert writes_of('DELETE FROM "members_activity" WHERE "id" = 1', {}) == (
        generation_key("members_activity"),
    )
    assert writes_of('TRUNCATE "members_activity", "members_result"', {}) == (
        generation_key("members_activity"),
        generation_key("members_activity", UNVERSIONED),
        generation_key("members_result"),
        generation_key("members_result", UNVERSIONED),
    )
    assert writes_of('SELECT "id" FROM "members_activity"', {}) == ()


def written(callbacks_fixture, change):
    """The generation keys the change renewed, once committed."""
    before = dict(cache.get_many(KEYS))
    with callbacks_fixture(execute=True):
        change()
    after = cache.get_many(KEYS)
    return {key for key in KEYS if after.get(key) != before.get(key)}


KEYS = [
    generation_key("members_activity"),
    generation_key("members_activity", "title_bg"),
    generation_key("members_activity", "starts_on"),
    generation_key("members_activity", "state"),
]


def committed(callbacks_fixture, make):
    with callbacks_fixture(execute=True):
        return make()


def test_a_model_saved_whole_writes_only_the_columns_whose_value_changed(
    django_capture_on_commit_callbacks,
):
    activity = committed(django_capture_on_commit_callbacks, ActivityFactory)

    def correct_the_title():
        activity.title_bg = "Поправено заглавие"
        activity.save()

    def move_it():
        activity.starts_on = activity.starts_on.replace(year=2020)
        activity.save()

    assert written(django_capture_on_commit_callbacks, correct_the_title) == {
        generation_key("members_activity", "title_bg")
    }
    assert written(django_capture_on_commit_callbacks, move_it) == {
        generation_key("members_activity", "starts_on")
    }
    assert written(
        django_capture_on_commit_callbacks,
        Activity.objects.filter(pk=activity.pk).delete,
    ) >= {generation_key("members_activity")}


def test_nothing_is_written_until_the_change_is_committed(
    django_capture_on_commit_callbacks,
):
    activity = ActivityFactory()
    before = cache.get(generation_key("members_activity", "title_bg"))

    with django_capture_on_commit_callbacks(execute=False):
        activity.title_bg = "Неприето"
        activity.save()

    assert cache.get(generation_key("members_activity", "title_bg")) == before


class Counted:
    """A build that counts its calls and reads the activities' states."""

    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return sorted(Activity.objects.values_list("state", flat=True))


@pytest.fixture
def clock(monkeypatch):
    """The time the generations are made and builds begin at, the test's."""
    clock = Clock(time.time())
    monkeypatch.setattr(tracking, "time", clock)
    return clock


def test_a_value_is_kept_until_what_it_read_is_written(
    clock, django_capture_on_commit_callbacks
):
    activity = committed(django_capture_on_commit_callbacks, ActivityFactory)
    build = Counted()

    def value():
        return remember("states", build, reads=True)

    clock.now += 2  # what it reads was written well before it is built
    value(), value(), value()
    assert build.calls == 1
    with django_capture_on_commit_callbacks(execute=True):
        activity.title_bg = "Друго заглавие"  # not read
        activity.save()
    value()
    assert build.calls == 1
    with django_capture_on_commit_callbacks(execute=True):
        activity.state = Activity.State.DRAFT  # read
        activity.save()
    assert value() == [Activity.State.DRAFT]
    assert build.calls == 2
    with django_capture_on_commit_callbacks(execute=True):
        ActivityFactory()  # new rows
    assert len(value()) == 2
    with django_capture_on_commit_callbacks(execute=True):
        changed()  # a change the writes do not tell
    value()
    assert build.calls == 4


def test_a_value_under_its_rows_versions_follows_what_changes_them_unversioned(
    clock, django_capture_on_commit_callbacks
):
    activity = committed(django_capture_on_commit_callbacks, ActivityFactory)
    build = Counted()

    def value():
        # Its name would carry the rows' versions; here it stays the same,
        # so that what the versions do not tell is all it follows.
        return remember("states", build, versions=[Activity])

    clock.now += 2
    value(), value()
    assert build.calls == 1
    with django_capture_on_commit_callbacks(execute=True):
        activity.state = Activity.State.DRAFT  # saved: its version is new
        activity.save()
    with django_capture_on_commit_callbacks(execute=True):
        ActivityFactory()  # a new row: a new key among the versions
    value()
    assert build.calls == 1
    with django_capture_on_commit_callbacks(execute=True):
        # Changed, and its version not: the name cannot tell.
        Activity.objects.filter(pk=activity.pk).update(state=Activity.State.HIDDEN)
    assert Activity.State.HIDDEN in value()
    assert build.calls == 2


def test_a_value_without_the_versions_in_its_name_follows_their_every_save(
    clock, django_capture_on_commit_callbacks
):
    activity = committed(django_capture_on_commit_callbacks, ActivityFactory)
    inner = Counted()
    outer = Counted()

    def value():
        def build():
            outer()
            return remember("states", inner, versions=[Activity])

        return remember("around", build, reads=True)

    clock.now += 2
    value(), value()
    assert outer.calls == 1
    with django_capture_on_commit_callbacks(execute=True):
        activity.title_bg = "Поправено заглавие"
        activity.save()
    value()
    assert outer.calls == 2


def test_only_a_model_with_a_version_is_kept_by_versions():
    with pytest.raises(ValueError, match="no version"):
        remember("x", list, versions=[Place])


def test_a_value_first_built_right_after_a_write_is_kept_only_the_next_time(
    clock, django_capture_on_commit_callbacks
):
    committed(django_capture_on_commit_callbacks, ActivityFactory)
    build = Counted()

    def value():
        return remember("states", build, reads=True)

    # Written a moment before: the build may have missed it.
    clock.now += tracking.SKEW / 2
    value(), value()
    assert build.calls == 2
    value()
    assert build.calls == 2


def test_a_write_rolled_back_is_renewed_with_the_next_commit_not_missed(
    django_capture_on_commit_callbacks,
):
    activity = ActivityFactory()
    key = generation_key("members_activity", "state")
    before = cache.get(key)

    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                Activity.objects.filter(pk=activity.pk).update(state="draft")
                raise RuntimeError
        except RuntimeError:
            pass
        Organisation.objects.filter(pk=activity.organisation_id).update(name_bg="Ново")

    assert cache.get(key) != before


def test_the_transparency_figures_outlive_an_edit_of_an_activitys_title(
    monkeypatch, cause, django_capture_on_commit_callbacks
):
    activity = committed(
        django_capture_on_commit_callbacks,
        lambda: ActivityFactory(organisation=cause.proposed_by),
    )
    calls = []
    report = views.transparency_report
    monkeypatch.setattr(
        views, "transparency_report", lambda year: calls.append(year) or report(year)
    )

    def page():
        # Each after a change: built again, never served from the page cache.
        with django_capture_on_commit_callbacks(execute=True):
            changed_page()
        return Client().get("/transparency/")

    def changed_page():
        activity.title_bg += "!"
        activity.save()

    page(), page()  # learnt what it reads, and kept
    calls.clear()
    shown = page()
    assert calls == []
    assert shown.context is not None  # the page itself was built again
    assert shown.context["synergy"]["total"] == 1

    with django_capture_on_commit_callbacks(execute=True):
        Cause.objects.create(
            proposed_by=cause.proposed_by, title_bg="Втора кауза", summary_bg="x"
        )
    after = Client().get("/transparency/")
    assert len(calls) == 1
    assert sum(bar.value for bar in after.context["causes_by_status"]) == 2


def test_only_the_saved_rows_own_update_is_taken_for_its_changed_columns():
    saving = {"members_activity": (1, ["title_bg", "updated_at"])}
    sql = 'UPDATE "members_activity" SET "state" = %s WHERE "id" = %s'

    assert writes_of(sql, saving, ["draft", 2]) == (
        generation_key("members_activity", "state"),
        generation_key("members_activity", UNVERSIONED),
    )
    assert writes_of(sql, saving, ["draft", 1]) == (
        generation_key("members_activity", "title_bg"),
        generation_key("members_activity", "updated_at"),
    )
    assert saving == {}


def test_a_kept_part_holds_no_personal_part():
    with pytest.raises(TemplateSyntaxError, match="no personal part"):
        Template(
            '{% load pagecache %}{% kept "x" %}'
            '{% personal "edit-organisation" 1 %}{% endpersonal %}{% endkept %}'
        )


def built_again(url, callbacks):
    """A change committed, then the page asked for: its HTML, and the SQL
    of the queries it made."""

    def after(change):
        with callbacks(execute=True):
            change()
        with CaptureQueriesContext(connection) as queries:
            page = Client().get(url).content.decode()
        return page, " ".join(query["sql"] for query in queries.captured_queries)

    return after


def correcting(activity):
    def correct_the_title():
        activity.title_bg += "!"
        activity.save()

    return correct_the_title


def test_a_causes_kept_parts_follow_their_rows_and_outlive_an_activitys_edit(
    cause, other_organisation, other_member, django_capture_on_commit_callbacks
):
    activity = committed(
        django_capture_on_commit_callbacks,
        lambda: ActivityFactory(organisation=cause.proposed_by),
    )
    committed(django_capture_on_commit_callbacks, lambda: activity.causes.add(cause))
    after = built_again(cause.get_absolute_url(), django_capture_on_commit_callbacks)

    after(correcting(activity)), after(correcting(activity))  # learnt, then kept
    page, sql = after(correcting(activity))
    assert activity.title_bg in page  # the page itself is built again
    assert "causes_cosponsorship" not in sql
    assert "causes_milestone" not in sql

    page, sql = after(
        lambda: cause.add_co_sponsor(organisation=other_organisation, by=other_member)
    )
    assert other_organisation.name in page
    assert "causes_cosponsorship" in sql


@pytest.fixture
def institution(django_capture_on_commit_callbacks):
    return committed(
        django_capture_on_commit_callbacks,
        lambda: Institution.objects.create(
            name="Читалище „Светлина“",
            name_bg="Читалище „Светлина“",
            slug="svetlina",
            kind="community_centre",
        ),
    )


@pytest.mark.parametrize(
    ("url", "listed", "table"),
    [
        ("/members/", "organisation", "members_organisation_topics"),
        ("/institutions/", "institution", "causes_proposal"),
    ],
)
def test_a_lists_kept_part_outlives_an_activitys_edit_and_follows_its_rows(
    url, listed, table, request, organisation, django_capture_on_commit_callbacks
):
    shown = request.getfixturevalue(listed)
    activity = committed(
        django_capture_on_commit_callbacks,
        lambda: ActivityFactory(organisation=organisation),
    )
    after = built_again(url, django_capture_on_commit_callbacks)

    after(correcting(activity)), after(correcting(activity))  # learnt, then kept
    page, sql = after(correcting(activity))
    assert table not in sql  # the cards, their topics and figures: kept
    assert shown.name in page

    def rename():
        shown.name_bg = shown.name = "Ново име"
        shown.save()

    page, sql = after(rename)
    assert table in sql
    assert "Ново име" in page


def test_an_organisations_kept_sections_follow_their_rows(
    organisation, django_capture_on_commit_callbacks
):
    url = organisation.get_absolute_url()
    Client().get(url), Client().get("/")  # learnt

    with django_capture_on_commit_callbacks(execute=True):
        Cause.objects.create(
            proposed_by=organisation, title_bg="Чисти дворове", summary_bg="x"
        )
    page = Client().get(url).content.decode()

    assert "Чисти дворове" in page


def test_the_home_page_keeps_its_figures_and_shows_an_activitys_new_title(
    django_capture_on_commit_callbacks,
):
    activity = committed(django_capture_on_commit_callbacks, ActivityFactory)

    def after_a_correction():
        with django_capture_on_commit_callbacks(execute=True):
            activity.title_bg += "!"
            activity.save()
        with CaptureQueriesContext(connection) as queries:
            page = Client().get("/").content.decode()
        return page, " ".join(query["sql"] for query in queries.captured_queries)

    after_a_correction(), after_a_correction()  # learnt, then kept
    page, sql = after_a_correction()

    assert activity.title_bg in page
    assert "events_meeting" not in sql
    assert "members_indicatortotal" not in sql


def test_a_page_and_its_kept_part_asked_with_a_long_query_have_short_keys(
    organisation,
):
    # Warnings are errors here: a cache key over 250 characters would warn.
    url = f"/members/?kind=association&{'x' * 400}=1"
    first = Client().get(url)
    again = Client().get(url)

    assert first.status_code == again.status_code == 200
    assert organisation.name in again.content.decode()

"""A search keeps its scores of the entries it has seen: right after an edit
only the entries written since are scored, and the results stand in the
order that scoring every match gives."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network_portal import search
from network_portal.models import SearchEntry
from tests.factories import ActivityFactory, OrganisationFactory

pytestmark = [pytest.mark.django_db, pytest.mark.only_on("postgresql")]

# (title, summary): the ones alike as good as each other, then by title.
ACTIVITIES = [
    ("Парк Б", "Доброволци."),
    ("Парк А", "Доброволци."),
    ("Почистване на парка", "Доброволци в парка."),
    ("Пейки в парка", "Доброволци."),
    ("Паркова градина", "Доброволци в парка."),
    ("Засаждане на дървета", "Доброволци в парка."),  # found by its text alone
]


@pytest.fixture
def activities(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    organisation = OrganisationFactory(name="Сдружение „Извор“")
    return [
        ActivityFactory(
            organisation=organisation, title=title, summary_bg=summary, body="Работим."
        )
        for title, summary in ACTIVITIES
    ]


def scored_whole(query, language="bg"):
    """The ids as one query ranks them, each match scored."""
    matching, score = search._postgresql(query, language)
    matches = SearchEntry.objects.filter(language=language).filter(matching)
    ranked = matches.annotate(score=score).order_by("-score", "title", "pk")
    return list(ranked.values_list("pk", flat=True))


def scoring(queries):
    return [query["sql"] for query in queries if "ts_rank" in query["sql"]]


def test_after_an_edit_only_the_new_entry_is_scored_and_the_order_holds(activities):
    with CaptureQueriesContext(connection) as first:
        ids, counts = search.search("парк", language="bg")
    assert ids == scored_whole("парк")
    assert len(ids) == counts["activity"] == len(ACTIVITIES)
    ranked = SearchEntry.objects.in_bulk(ids)
    assert [ranked[pk].title for pk in ids[:2]] == ["Парк А", "Парк Б"]
    assert len(first) == 1  # none kept yet: every match scored as it is found

    edited = activities[3]
    edited.title_bg = "Парк В"  # as good as the first two now, and after them
    edited.save()
    (new,) = SearchEntry.objects.filter(object_id=edited.pk, language="bg")
    with CaptureQueriesContext(connection) as after:
        ids, _counts = search.search("парк", language="bg")

    assert ids == scored_whole("парк")
    assert new.pk in ids
    (scored,) = scoring(after)
    assert f"IN ({new.pk})" in scored

    with CaptureQueriesContext(connection) as again:
        assert search.search("парк", language="bg")[0] == ids
    assert scoring(again) == []


def test_each_query_and_language_keeps_its_own_scores(activities):
    search.search("парк", language="bg")  # its scores kept

    for query, language in [("парка", "bg"), ("парк", "en"), ("градина", "bg")]:
        with CaptureQueriesContext(connection) as queries:
            ids, _counts = search.search(query, language=language)
        # Nothing kept for it: each match scored as it is found.
        assert len(queries) == 1
        assert scoring(queries) == [queries[0]["sql"]]
        assert ids == scored_whole(query, language)


def test_the_index_rebuilt_drops_the_scores_kept(
    activities, django_capture_on_commit_callbacks
):
    """Rebuilt after a restore, the entries' keys may start again from the
    first, and stand for other entries."""
    search.search("парк", language="bg")
    with django_capture_on_commit_callbacks(execute=True):
        search.rebuild()

    with CaptureQueriesContext(connection) as queries:
        ids, _counts = search.search("парк", language="bg")

    assert len(queries) == 1
    assert scoring(queries) == [queries[0]["sql"]]
    assert ids == scored_whole("парк")


def test_an_entry_without_its_vector_is_ranked_by_its_title(activities):
    search.search("парк", language="bg")
    unwritten = SearchEntry.objects.create(
        kind="activity", object_id=0, language="bg", url="/", title="Парк"
    )

    ids, _counts = search.search("парк", language="bg")

    assert unwritten.pk in ids
    assert ids == scored_whole("парк")


def test_an_entry_deleted_before_it_is_scored_is_no_match(activities):
    search.search("парк", language="bg")  # the scores kept
    ActivityFactory(organisation=activities[0].organisation, title="Нов парк")
    gone = SearchEntry.objects.get(title="Нов парк", language="bg")

    def deleted_first(execute, sql, params, many, context):
        if "ts_rank" in sql:  # between finding the entry and scoring it
            SearchEntry.objects.filter(pk=gone.pk).delete()
        return execute(sql, params, many, context)

    with connection.execute_wrapper(deleted_first):
        ids, counts = search.search("парк", language="bg")

    assert gone.pk not in ids
    assert counts["activity"] == len(ids) == len(ACTIVITIES)

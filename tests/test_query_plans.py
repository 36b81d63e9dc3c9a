"""Every query of every public page finds its rows through an index, on
PostgreSQL: no plan reads the whole of a table that grows with the network.

The pages are those of the query-count gate (`tests/test_query_counts.py`),
asked by a visitor of the gate's larger network. Each query a page makes is
explained again with `EXPLAIN (FORMAT JSON)`, and the test fails, naming the
page, the table and the query, when the plan holds a sequential scan of a
table that grows with the network (organisations, activities, results,
practices, causes, comments, supports, meetings, registrations, search
entries, …). The small fixed catalogues (places, topics, indicators, the
site's settings, …) may be read whole.

A test network is tiny, and on a tiny table PostgreSQL rightly prefers a
sequential scan even when an index fits: the plan would say nothing about
the indexes. So the queries are explained with `enable_seqscan = off` (set
for the test's transaction only): the planner then takes an index whenever
one can serve the query's filter, join or order, and a sequential scan left
in the plan means that no index can; that is what would read every row at a
hundred times the data.
"""

import json

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.utils import translation

from members.models import Organisation
from tests.factories import OrganisationFactory
from tests.test_query_counts import LARGER, PAGES, grow, small_network

pytestmark = [pytest.mark.django_db, pytest.mark.only_on("postgresql")]

# Catalogues coordinators keep, which do not grow with the network.
FIXED = {
    "members_place",
    "members_topic",
    "members_indicator",
    # A row an indicator: what the public results add up to.
    "members_indicatortotal",
    # A row a year: how many activities the public sees started in it.
    "members_activityyear",
    "network_portal_projectindicator",
    "network_portal_sitesettings",
    # The capacity self-assessment's areas and questions, and its rounds (a
    # few a project).
    "capacity_area",
    "capacity_question",
    "capacity_round",
    "django_content_type",
    "django_site",
    "auth_group",
    "auth_permission",
}
# The pages only people with a role reach: not the public's.
NOT_PUBLIC = {
    "causes:edit",
    "causes:withdraw",
    "causes:report",
    "help:new",
    "help:edit",
    "help:close",
    "help:report",
}


def public_pages(organisation):
    for name, (url, _) in PAGES.items():
        address = url(organisation)
        if name in NOT_PUBLIC or "/dashboard/" in address:
            continue
        yield name, address


def statements(client, url):
    """The SELECTs a page makes, with their parameters."""
    made = []

    def keep(execute, sql, params, many, context):
        if sql.lstrip().upper().startswith(("SELECT", "WITH")):
            made.append((sql, params))
        return execute(sql, params, many, context)

    cache.clear()
    with connection.execute_wrapper(keep):
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200, url
    return made


def whole_table_scans(plan):
    """The tables a plan reads whole, and the nodes below it."""
    if plan.get("Node Type") == "Seq Scan":
        yield plan["Relation Name"]
    for inner in plan.get("Plans", ()):
        yield from whole_table_scans(inner)


def test_no_public_page_reads_a_whole_growing_table(settings):
    settings.CAUSE_BACKING_THRESHOLD = 100
    organisation, editor = small_network()
    grow(organisation, editor, times=LARGER)
    client = Client()
    made = {name: statements(client, url) for name, url in public_pages(organisation)}

    scans = []
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        for name, queries in made.items():
            for sql, params in queries:
                cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
                plan = cursor.fetchone()[0]
                if isinstance(plan, str):
                    plan = json.loads(plan)
                for table in whole_table_scans(plan[0]["Plan"]):
                    if table not in FIXED:
                        scans.append(f"{name}: {table} in {sql}")
    assert scans == [], "\n\n".join(scans)
    # The pages were many, and so were their queries.
    assert len(made) > 20 and sum(map(len, made.values())) > 100


def sorts(plan):
    """The sort keys of the sorts in a plan, and in the nodes below it."""
    if plan.get("Node Type") in ("Sort", "Incremental Sort"):
        yield plan.get("Sort Key")
    for inner in plan.get("Plans", ()):
        yield from sorts(inner)


@pytest.mark.parametrize("language", ["bg", "en"])
def test_the_directory_reads_its_page_in_order_from_an_index(language):
    """The directory orders everyone the public sees (members first, then
    by name in the page's language): a page of it is read from an index in
    that order, not taken from every row sorted."""
    for name in ("Бета", "Алфа"):
        OrganisationFactory(name=name)
    with translation.override(language):
        listed = Organisation.objects.public().members_first()[24:48]
        sql, params = listed.query.sql_with_params()

    with connection.cursor() as cursor:
        # As above: the planner then says whether an index can serve.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)

    assert list(sorts(plan[0]["Plan"])) == []
    assert f"organisation_directory_{language}" in json.dumps(plan)

"""The activities' dataset kept in blocks of rows: a correction builds its
block again, and the file, joined from the rest, is the one built whole,
compressed or not."""

import csv
import gzip
import io
import json
import time
import zlib

import pytest
from django.core.cache import cache
from django.test import Client

from infrastructure.pagecache import tracking
from infrastructure.pagecache.files import Piece, gzip_of
from members.models import Activity
from network_portal import open_data
from tests.clock import Clock
from tests.factories import ActivityFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

URL = "/open-data/activities.csv"


@pytest.fixture(autouse=True)
def _page_cache(settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 300
    monkeypatch.setattr(open_data, "BLOCK", 2)
    # Sent from its file, compressed for a client that takes it.
    monkeypatch.setattr("network_portal.views.WHOLE_IN_THE_PAGE_CACHE", 100)


@pytest.fixture
def built(monkeypatch):
    """The ranges of keys of the blocks built, as they are built."""
    ranges = []
    block = open_data._block

    def counted(dataset, form, url, keys):
        ranges.append(keys)
        return block(dataset, form, url, keys)

    monkeypatch.setattr(open_data, "_block", counted)
    return ranges


@pytest.fixture
def clock(monkeypatch):
    clock = Clock(time.time())
    monkeypatch.setattr(tracking, "time", clock)
    return clock


@pytest.fixture
def activities(clock, django_capture_on_commit_callbacks):
    organisation = OrganisationFactory()
    with django_capture_on_commit_callbacks(execute=True):
        made = [ActivityFactory(organisation=organisation) for _ in range(5)]
    # Written well before the file is built: its blocks are kept at once.
    clock.now += 2
    return made


def read(url=URL, **headers):
    response = Client().get(url, headers=headers)
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def whole(settings, url=URL):
    """The file as it is built at once, with the page cache off."""
    seconds, settings.PAGE_CACHE_SECONDS = settings.PAGE_CACHE_SECONDS, 0
    try:
        return Client().get(url).content
    finally:
        settings.PAGE_CACHE_SECONDS = seconds


def titles(content):
    return [row["title"] for row in csv.DictReader(io.StringIO(content.decode()))]


def test_a_correction_builds_its_block_again_and_the_file_is_the_whole_one(
    activities, built, settings, django_capture_on_commit_callbacks
):
    first = read()
    assert len(built) == len({a.pk // 2 for a in activities}) > 1
    assert first == whole(settings)
    built.clear()

    corrected = activities[2]
    with django_capture_on_commit_callbacks(execute=True):
        corrected.title_bg = "Поправено заглавие"
        corrected.save()
    again = read()

    assert built == [range(corrected.pk // 2 * 2, corrected.pk // 2 * 2 + 2)]
    assert "Поправено заглавие" in titles(again)
    assert again == whole(settings)
    assert gzip.decompress(read(**{"accept-encoding": "gzip"})) == again


def test_rows_hidden_added_or_linked_anew_are_in_the_file(
    activities, built, clock, django_capture_on_commit_callbacks
):
    read()
    hidden, linked = activities[2], activities[3]
    with django_capture_on_commit_callbacks(execute=True):
        hidden.hide(by=None, reason="x")
    clock.now += 2
    built.clear()
    after = read()

    assert hidden.title not in titles(after)
    assert built == [range(hidden.pk // 2 * 2, hidden.pk // 2 * 2 + 2)]
    with django_capture_on_commit_callbacks(execute=True):
        added = ActivityFactory(organisation=linked.organisation, title="Нова")
    assert "Нова" in titles(read())
    # Another table than the activities': every block reads it.
    with django_capture_on_commit_callbacks(execute=True):
        partner = OrganisationFactory()
        linked.co_organisers.add(partner)
    rows = list(csv.DictReader(io.StringIO(read().decode())))

    assert [row["co_organisers"] for row in rows if row["id"] == linked.slug] == [
        partner.slug
    ]
    assert Activity.objects.for_public().count() == len(rows)
    assert added.slug in {row["id"] for row in rows}


def test_the_json_of_blocks_is_the_whole_one(activities, settings):
    url = "/open-data/activities.json?lang=en"
    joined = read(url)

    assert joined == whole(settings, url)
    assert len(json.loads(joined)["data"]) == len(activities)


def test_pieces_compressed_apart_are_one_gzip_file():
    pieces = [Piece.of(text) for text in ("id,title\r\n", "1,Парк\r\n" * 500, "")]
    content = b"".join(piece.data for piece in pieces)
    packed = gzip_of(pieces, content)

    assert gzip.decompress(packed) == content
    # As a browser reads it: one stream, to its end.
    stream = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    assert stream.decompress(packed) + stream.flush() == content
    assert stream.eof and not stream.unused_data
    cache.set("piece", pieces[1])  # as each block is kept
    assert cache.get("piece") == pieces[1]


def test_a_block_left_without_rows_since_its_digest_leaves_the_json_whole(
    activities, settings, monkeypatch
):
    url = "/open-data/activities.json?lang=en"
    listed = open_data.blocks

    def with_empty_ones(rows):
        # Blocks whose rows were all hidden between the digests and the
        # build: first, and among the others.
        found = list(listed(rows))
        return [(10_000, "a"), *found[:1], (10_001, "b"), *found[1:]]

    monkeypatch.setattr(open_data, "blocks", with_empty_ones)

    assert json.loads(read(url))["data"] == json.loads(whole(settings, url))["data"]

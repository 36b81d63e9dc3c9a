"""The cache as production runs it, on Redis (infrastructure/redis_cache.py):
values shared by every process that uses the same Redis, one client kept for
each connection pool, and the page cache's reads counted on Redis itself."""

import threading
import uuid

import pytest
import redis
from django.core.cache import caches
from django.test import Client

from tests import needs

pytestmark = [pytest.mark.django_db, pytest.mark.needs("redis")]

BACKEND = "infrastructure.redis_cache.RedisCache"


@pytest.fixture
def on_redis(settings):
    """The default cache on a Redis database of this worker's, emptied."""
    store = redis.Redis.from_url(needs.REDIS_SERVERS)
    store.flushdb()
    settings.CACHES = {
        "default": {
            "BACKEND": BACKEND,
            "LOCATION": needs.REDIS_SERVERS,
            "KEY_PREFIX": "network-portal",
        }
    }
    yield store
    store.flushdb()


class Monitor:
    """What Redis itself is asked, read with MONITOR on a connection of its
    own: the commands sent to one database while the block runs."""

    def __init__(self, url):
        self.url = url
        self.database = int(url.rsplit("/", 1)[1])
        self.commands = []

    def __enter__(self):
        self.mark = f"monitor-end-{uuid.uuid4().hex}"
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._listen)
        self.thread.start()
        assert self.ready.wait(timeout=10), "MONITOR did not start"
        return self

    def _listen(self):
        with redis.Redis.from_url(self.url).monitor() as monitor:
            self.ready.set()
            while True:
                command = monitor.next_command()
                if self.mark in command["command"]:
                    return
                if command["db"] == self.database:
                    self.commands.append(command["command"])

    def __exit__(self, *exc):
        # Said on database 0, so that it is no command of the one watched.
        redis.Redis.from_url(f"{self.url.rsplit('/', 1)[0]}/0").echo(self.mark)
        self.thread.join(timeout=10)
        assert not self.thread.is_alive(), "MONITOR did not stop"


def test_a_value_set_by_one_process_is_read_by_another(on_redis):
    caches["default"].set("greeting", {"bg": "Здравейте"}, 60)

    # Another server's process: a backend of its own on the same Redis.
    other = caches.create_connection("default")

    assert other.get("greeting") == {"bg": "Здравейте"}
    assert other.get_many(["greeting", "nothing"]) == {"greeting": {"bg": "Здравейте"}}
    other.delete("greeting")
    assert caches["default"].get("greeting") is None
    assert on_redis.dbsize() == 0


def test_one_client_serves_every_call(on_redis, monkeypatch):
    made = []
    original = redis.Redis.__init__

    def counted(self, *args, **kwargs):
        made.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(redis.Redis, "__init__", counted)
    cache = caches["default"]

    for number in range(5):
        cache.set(f"key-{number}", number)
        cache.get(f"key-{number}")

    # One client for reading and writing alike: a single Redis is one pool.
    assert len(made) == 1
    assert cache.get_many([f"key-{n}" for n in range(5)]) == {
        f"key-{n}": n for n in range(5)
    }


def test_a_persons_page_takes_one_round_trip_to_redis(
    on_redis, settings, client, cause, outsider, django_assert_num_queries
):
    settings.PAGE_CACHE_SECONDS = 300
    # As in production: the session and the person's row come with the page
    # and all that its personal parts read, in one round trip.
    settings.SESSION_ENGINE = "infrastructure.pagecache.signed_in"
    Client().get(cause.get_absolute_url())
    client.force_login(outsider)
    client.get(cause.get_absolute_url())  # the parts learn what they read

    with Monitor(needs.REDIS_SERVERS) as monitor, django_assert_num_queries(0):
        page = client.get(cause.get_absolute_url())

    assert "/accounts/logout/" in page.text
    assert 'action="/follow/cause/' in page.text
    [command] = monitor.commands
    assert command.startswith("MGET ")
    assert ":django.contrib.sessions.cached_db" in command
    assert f":page-cache:value:user:{outsider.pk}" in command
    assert ":page-cache:value:cause-personal" in command
    assert f":followed:{outsider.pk}" in command

"""Real app servers for tests: gunicorn processes against a PostgreSQL
database made for the test and a Redis database it empties, as in
production. A test that uses them says `@pytest.mark.needs("postgresql",
"redis")` (tests/needs.py): PostgreSQL and Redis on 127.0.0.1, or where
TEST_SERVERS_POSTGRES and TEST_SERVERS_REDIS say."""

import http.client
import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import psycopg
import redis

from tests import needs

ROOT = Path(__file__).resolve().parent.parent
POSTGRES = needs.POSTGRESQL
REDIS = needs.REDIS_SERVERS


class Server:
    def __init__(self, env, folder, name, workers=1, threads=1):
        self.port = free_port()
        self.log = open(folder / f"{name}.log", "w")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "network_portal.wsgi",
                "--workers",
                str(workers),
                "--threads",
                str(threads),
                "--bind",
                f"127.0.0.1:{self.port}",
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def wait(self, seconds=60):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"gunicorn stopped: see {self.log.name}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.2)
        raise AssertionError(f"gunicorn did not start within {seconds} s")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()

    def request(self, method, path, cookies=None, form=None):
        """One request, no redirects followed; returns the status, the
        headers, the body and the cookies it sets."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {}
        if cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read().decode()
        given = SimpleCookie()
        for header in response.headers.get_all("Set-Cookie") or []:
            given.load(header)
        connection.close()
        return (
            response.status,
            response.headers,
            content,
            {name: morsel.value for name, morsel in given.items() if morsel.value},
        )


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Portal:
    """The environment of the servers, and a way to run `manage.py` in it."""

    def __init__(self, env, database):
        self.env = env
        self.database = database

    def manage(self, *arguments):
        return subprocess.run(
            [sys.executable, "manage.py", *arguments],
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    def serve(self, folder, name, **options):
        server = Server(self.env, folder, name, **options)
        server.wait()
        return server


def admin():
    """A connection to PostgreSQL as its administrator."""
    return psycopg.connect(POSTGRES, autocommit=True)


@contextmanager
def portal(folder, name, setup):
    """A migrated database of its own, filled by the `setup` code run in
    `manage.py shell`, and an empty Redis database; both removed after."""
    database = f"portal_{name}_{os.getpid()}"
    store = redis.Redis.from_url(REDIS)
    store.flushdb()
    with admin() as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {database}")
        connection.execute(
            f"CREATE DATABASE {database} ENCODING 'UTF8' TEMPLATE template0 "
            "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
        )
    env = {
        # Not the test process's own settings, nor its xdist worker's name,
        # which would move the servers' cache to that worker's Redis
        # database (tests/settings.py) instead of the one emptied here.
        **{
            k: v
            for k, v in os.environ.items()
            if not k.startswith("DJANGO_") and k != "PYTEST_XDIST_WORKER"
        },
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_HTTPS": "0",
        "DJANGO_LOG_LEVEL": "WARNING",
        "DATABASE_URL": f"{POSTGRES.rsplit('/', 1)[0]}/{database}",
        "REDIS_URL": REDIS,
        "DJANGO_PAGE_CACHE_SECONDS": "300",
        "MEDIA_ROOT": str(folder / "media"),
        "PYTHONPATH": str(ROOT),
    }
    try:
        running = Portal(env, database)
        running.manage("migrate", "--no-input")
        running.manage("shell", "-c", setup)
        yield running
    finally:
        store.flushdb()
        with admin() as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")

"""The portal's benchmark: public pages against Django's floor, at the demo
size and at N times the data, in one run.

    make bench                       # or: .venv/bin/python scripts/benchmark.py

It makes a PostgreSQL database of its own, migrates it and loads the demo
network; serves the portal with the production settings under gunicorn, with
Redis as the shared cache, and a minimal Django view with the same middleware
under the same gunicorn settings (benchmark/); loads each page over
loopback with wrk, as an anonymous visitor and signed in; grows the data with
`seed_bench` and measures again. It prints, for each page, requests per second
as a share of the floor's, p50, p99 and errors, then how p99 grew; the p99 of
the first seconds after a change of the data, when the kept pages are out of
date (a member corrects an activity's title); and each page built again right
after such a correction, in-process: the median time and the part of it spent
in SQL.

Figures move from run to run and from machine to machine: compare only the
figures of one run.
"""

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable

PAGES = r"""
from django.test import Client
from causes.models import Cause
from events.models import Meeting
from members.models import Activity, Institution, Organisation, Role

originals = Organisation.objects.public().exclude(slug__regex=r"-b\d+$")
organisation = originals.filter(activities__state="published").order_by("pk")[0]
activity = Activity.objects.published().filter(organisation=organisation)
activity = activity.order_by("pk")[0]
cause = Cause.objects.public().filter(proposed_by__in=originals).order_by("pk")[0]
meeting = Meeting.objects.upcoming().exclude(slug__regex=r"-b\d+$")[0]
institution = Institution.objects.confirmed().filter(slug="obshtina-stara-zagora")[0]
member = Role.objects.filter(organisation=organisation).order_by("pk")[0].user
client = Client()
client.force_login(member)
print(json.dumps({
    "session": client.cookies["sessionid"].value,
    "edited": activity.pk,
    "pages": [
        ["home", "/"],
        ["directory", "/members/"],
        ["profile", organisation.get_absolute_url()],
        ["news", "/activities/"],
        ["activity", activity.get_absolute_url()],
        ["causes", "/causes/"],
        ["cause", cause.get_absolute_url()],
        ["meetings", "/events/"],
        ["meeting", meeting.get_absolute_url()],
        ["institutions", "/institutions/"],
        ["institution", institution.get_absolute_url()],
        ["transparency", "/transparency/"],
        ["search", "/search/?q=%D0%BF%D0%B0%D1%80%D0%BA"],
        ["open data CSV", "/open-data/activities.csv"],
    ],
}))
"""

# What a member does most: corrects an activity's title and saves it. Every
# kept page is then out of date; what the correction did not write (figures,
# other sections) stays kept, as in use.
EDIT = r"""
import os
from members.models import Activity


def edit():
    activity = Activity.objects.get(pk=int(os.environ["EDITED"]))
    title = activity.title_bg
    activity.title_bg = title[:-1] if title.endswith(".") else title + "."
    activity.save()
"""

# Each page built again right after a correction, in-process, with Redis as
# the cache: asked three times (Python's caches warm, what the page keeps
# apart from the correction kept), then corrected and timed, seven times.
COLD = (
    EDIT
    + r"""
import json, statistics, time
from django.db import connection
from django.test import Client

client = Client()
rows = []
for name, path in json.loads(os.environ["PAGES_JSON"]):
    for _ in range(3):
        edit()
        client.get(path, secure=True)
    times, in_sql = [], []
    for _ in range(7):
        edit()
        spent = [0.0]

        def timed(execute, sql, params, many, context):
            started = time.perf_counter()
            try:
                return execute(sql, params, many, context)
            finally:
                spent[0] += time.perf_counter() - started

        with connection.execute_wrapper(timed):
            started = time.perf_counter()
            response = client.get(path, secure=True)
            times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (path, response.status_code)
        in_sql.append(spent[0] * 1000)
    rows.append([name, statistics.median(times), statistics.median(in_sql)])
print(json.dumps(rows))
"""
)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--duration", type=int, default=5, help="seconds per page")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--postgres",
        default=os.environ.get(
            "BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432/postgres"
        ),
        help="a server where the benchmark may create its own database",
    )
    parser.add_argument(
        "--redis",
        default=os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/13"),
        help="a Redis database the benchmark may empty",
    )
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")

    bench = Bench(options)
    try:
        bench.prepare()
        demo = bench.measure("demo")
        bench.grow()
        grown = bench.measure(f"{options.scale}×")
    finally:
        bench.stop()
    print()
    print(report(demo, grown, options))


class Bench:
    def __init__(self, options):
        self.options = options
        self.folder = Path(tempfile.mkdtemp(prefix="portal-bench-"))
        self.database = f"portal_bench_{os.getpid()}"
        server = options.postgres.rsplit("/", 1)[0]
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "network_portal.settings",
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_SITE_URL": "https://127.0.0.1",
            "DATABASE_URL": f"{server}/{self.database}",
            "REDIS_URL": options.redis,
            "DJANGO_STATIC_ROOT": str(self.folder / "static"),
            "MEDIA_ROOT": str(self.folder / "media"),
            "DJANGO_LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(ROOT),
        }
        self.servers = []

    def prepare(self):
        step("A database of its own")
        with psycopg.connect(self.options.postgres, autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {self.database}")
            connection.execute(
                f"CREATE DATABASE {self.database} ENCODING 'UTF8' "
                "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0"
            )
        self.manage("migrate", "--no-input")
        self.manage("collectstatic", "--no-input")
        step("The demo network")
        self.manage("seed_demo", f"--password={secrets.token_urlsafe(16)}")
        self.flush_redis()

    def grow(self):
        step(f"The network grown {self.options.scale}-fold")
        started = time.monotonic()
        self.manage("seed_bench", "--scale", str(self.options.scale))
        # As a database that grew over months would stand: its statistics
        # up to date, and what the bulk inserts wrote flushed, so that the
        # measures that follow do not wait on the seeding's aftermath.
        self.manage(
            "shell",
            "-c",
            "from django.db import connection\n"
            "connection.cursor().execute('VACUUM ANALYZE')\n"
            "connection.cursor().execute('CHECKPOINT')",
        )
        print(f"   seeded in {time.monotonic() - started:.0f} s")
        self.flush_redis()

    def manage(self, *arguments, capture=False):
        result = subprocess.run(
            [PYTHON, "manage.py", *arguments],
            cwd=ROOT,
            env=self.env,
            check=True,
            stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
            text=True,
        )
        return result.stdout

    def flush_redis(self):
        import redis

        redis.Redis.from_url(self.options.redis).flushdb()

    def serve(self, settings):
        port = free_port()
        server = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "network_portal.wsgi",
                "--config",
                "gunicorn.conf.py",
                "--workers",
                str(self.options.workers),
                "--bind",
                f"127.0.0.1:{port}",
                "--access-logfile",
                "/dev/null",
                # Steady state: no worker is recycled in the middle of a run.
                "--max-requests",
                "0",
            ],
            cwd=ROOT,
            env={**self.env, "DJANGO_SETTINGS_MODULE": settings},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.servers.append(server)
        wait_until_up(server, f"http://127.0.0.1:{port}/")
        return server, f"http://127.0.0.1:{port}"

    def stop_server(self, server):
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
        self.servers.remove(server)

    def stop(self):
        for server in list(self.servers):
            self.stop_server(server)
        with psycopg.connect(self.options.postgres, autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {self.database}")
        shutil.rmtree(self.folder, ignore_errors=True)

    def measure(self, size):
        step(f"Loading the pages, {size}")
        output = self.manage("shell", "-c", "import json\n" + PAGES, capture=True)
        setup = json.loads(output.strip().splitlines()[-1])
        self.edited = str(setup["edited"])
        cold = self.cold(setup["pages"])
        floor_server, floor_url = self.serve("benchmark.floor_settings")
        floor = self.load(floor_url + "/")
        self.stop_server(floor_server)
        print(f"   floor: {floor['rps']:.0f} requests/s")
        portal, url = self.serve("network_portal.settings")
        rows = []
        for name, path in setup["pages"]:
            anonymous = self.load(url + path)
            signed_in = self.load(url + path, session=setup["session"])
            changed = self.after_change(url + path)
            rows.append((name, path, anonymous, signed_in, changed, cold[name]))
            print(
                f"   {name}: {anonymous['rps']:.0f}/s anonymous, "
                f"{signed_in['rps']:.0f}/s signed in, p99 {changed['p99']:.0f} ms "
                f"right after a change, {cold[name][0]:.0f} ms built again"
            )
        self.stop_server(portal)
        return {"size": size, "floor": floor, "rows": rows}

    def cold(self, pages):
        output = subprocess.run(
            [PYTHON, "manage.py", "shell", "-c", COLD],
            cwd=ROOT,
            env={
                **self.env,
                "DJANGO_ALLOWED_HOSTS": "testserver",
                "EDITED": self.edited,
                "PAGES_JSON": json.dumps(pages),
            },
            check=True,
            stdout=subprocess.PIPE,
            text=True,
        ).stdout
        return {
            name: (ms, sql) for name, ms, sql in json.loads(output.splitlines()[-1])
        }

    def after_change(self, url):
        """The first seconds after a member corrected an activity's title:
        every kept page out of date at once, with the page warm before."""
        self.load(url, seconds=1)
        subprocess.run(
            [PYTHON, "manage.py", "shell", "-c", EDIT + "\nedit()"],
            cwd=ROOT,
            env={**self.env, "EDITED": self.edited},
            check=True,
            stdout=subprocess.DEVNULL,
        )
        return self.wrk(url, seconds=3)

    def load(self, url, session=None, seconds=None):
        # Once, waiting for it: what is built once per change of the data (a
        # dataset takes seconds at 100×) is built before the loading starts.
        headers = dict(pair.split(": ", 1) for pair in wrk_headers(session)[1::2])
        urllib.request.urlopen(
            urllib.request.Request(url, headers=headers), timeout=120
        ).read()
        self.wrk(url, session, seconds=2)  # warm
        return self.wrk(url, session, seconds=seconds or self.options.duration)

    def wrk(self, url, session=None, *, seconds):
        command = [
            "wrk",
            "-t2",
            f"-c{self.options.connections}",
            *wrk_headers(session),
            f"-d{seconds}s",
            "--latency",
            url,
        ]
        output = subprocess.run(
            command, check=True, capture_output=True, text=True
        ).stdout
        return parse_wrk(output)


def wrk_headers(session=None):
    """As a browser asks: over HTTPS (at the proxy), taking gzip."""
    headers = ["-H", "X-Forwarded-Proto: https", "-H", "Accept-Encoding: gzip"]
    if session:
        headers += ["-H", f"Cookie: sessionid={session}"]
    return headers


def parse_wrk(output):
    def latency(percentile):
        found = re.search(rf"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
        value, unit = float(found[1]), found[2]
        return value * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1])
    errors = 0
    if found := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        errors += int(found[1])
    if found := re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    ):
        errors += sum(int(number) for number in found.groups())
    return {"rps": rps, "p50": latency(50), "p99": latency(99), "errors": errors}


def report(demo, grown, options):
    lines = [
        f"gunicorn, {options.workers} sync workers; wrk, {options.connections} "
        f"connections, {options.duration} s a page; PostgreSQL and Redis.",
        f"Django's floor: {demo['floor']['rps']:.0f} requests/s at the demo size, "
        f"{grown['floor']['rps']:.0f} at {grown['size']} (the same view: the "
        "difference is the machine's noise).",
        "",
        "| Page | Visitor | Share of the floor | p50 ms | p99 ms | Errors "
        f"| Share at {grown['size']} | p99 ms at {grown['size']} | Errors "
        "| p99 growth |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for (name, _path, *small), (_, _, *large) in zip(
        demo["rows"], grown["rows"], strict=True
    ):
        for visitor, before, after in zip(
            ("anonymous", "signed in"), small[:2], large[:2], strict=True
        ):
            lines.append(
                f"| {name} | {visitor} "
                f"| {before['rps'] / demo['floor']['rps']:.2f} "
                f"| {before['p50']:.1f} | {before['p99']:.1f} | {before['errors']} "
                f"| {after['rps'] / grown['floor']['rps']:.2f} "
                f"| {after['p99']:.1f} | {after['errors']} "
                f"| {after['p99'] / before['p99']:.2f}× |"
            )
    size = grown["size"]
    lines += [
        "",
        "Visitors in the first three seconds after a member corrected an "
        "activity's title (every kept page out of date at once), against the "
        "same page warm: p99 ms.",
        "",
        f"| Page | Warm | After a change | Ratio | Warm at {size} "
        f"| After a change at {size} | Ratio |",
        "|---|--:|--:|--:|--:|--:|--:|",
    ]
    for (name, _, warm, _, changed, _), (_, _, big_warm, _, big_changed, _) in zip(
        demo["rows"], grown["rows"], strict=True
    ):
        ratio, big_ratio = (
            changed["p99"] / warm["p99"],
            big_changed["p99"] / big_warm["p99"],
        )
        lines.append(
            f"| {name} | {warm['p99']:.1f} | {changed['p99']:.1f} | {ratio:.1f}× "
            f"| {big_warm['p99']:.1f} | {big_changed['p99']:.1f} | {big_ratio:.1f}× |"
        )
    lines += [
        "",
        "Each page built again right after a member corrected an activity's "
        "title (what the correction did not write kept), in-process: median ms, "
        "and of it ms in SQL.",
        "",
        f"| Page | ms | in SQL | ms at {size} | in SQL at {size} |",
        "|---|--:|--:|--:|--:|",
    ]
    for (name, *_, cold), (*_, big_cold) in zip(
        demo["rows"], grown["rows"], strict=True
    ):
        lines.append(
            f"| {name} | {cold[0]:.1f} | {cold[1]:.1f} "
            f"| {big_cold[0]:.1f} | {big_cold[1]:.1f} |"
        )
    return "\n".join(lines)


def step(text):
    print(f"== {text}", flush=True)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(server, url, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server for {url} stopped")
        try:
            request = urllib.request.Request(
                url, headers={"X-Forwarded-Proto": "https"}
            )
            urllib.request.urlopen(request, timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


if __name__ == "__main__":
    main()

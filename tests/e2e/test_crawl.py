"""Every public page, served as in production, meets the quality bars."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
from django.http import HttpResponse
from django.urls import path

from network_portal.urls import urlpatterns as site_urlpatterns
from tests import servers
from tests.e2e import crawl

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def production_site(tmp_path_factory):
    """The portal with the demo network under gunicorn: debug off, static
    files collected and served by WhiteNoise, as in production."""
    directory = tmp_path_factory.mktemp("production")
    with production_data(directory) as data:
        yield from served(directory, data)


@contextmanager
def production_data(directory):
    """Where the served portal keeps its data: in the suite's pass on
    PostgreSQL and Redis, a database of its own and this process's Redis
    database, as production runs; else an SQLite file and local memory."""
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        yield {"DATABASE_URL": f"sqlite:///{directory / 'portal.sqlite3'}"}
        return
    database = f"crawl_{os.getpid()}"
    with servers.admin() as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {database}")
        connection.execute(
            f"CREATE DATABASE {database} ENCODING 'UTF8' TEMPLATE template0 "
            "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
        )
    data = {"DATABASE_URL": f"{servers.POSTGRES.rsplit('/', 1)[0]}/{database}"}
    store = None
    if os.environ.get("REDIS_URL"):
        store = redis.Redis.from_url(servers.REDIS)
        store.flushdb()
        data["REDIS_URL"] = servers.REDIS
    try:
        yield data
    finally:
        if store is not None:
            store.flushdb()
        with servers.admin() as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")


def served(directory, data):
    """The portal migrated, with the demo network, under gunicorn."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL", "EMAIL_"))
    } | {
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "crawl-only-secret-key-" + "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_HTTPS": "0",
        "DJANGO_SERVE_MEDIA": "1",
        "DJANGO_SETTINGS_MODULE": "network_portal.settings",
        "MEDIA_ROOT": str(directory / "media"),
        "DJANGO_STATIC_ROOT": str(directory / "static"),
        **data,
    }

    def manage(*arguments):
        subprocess.run(
            [sys.executable, "manage.py", *arguments],
            cwd=ROOT,
            env=environment,
            check=True,
            capture_output=True,
        )

    manage("migrate", "--no-input")
    manage("seed_demo", "--password", "crawl-demo-password")
    manage("collectstatic", "--no-input")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            "gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--access-logfile",
            "/dev/null",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=environment,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"{base_url}/healthz", timeout=1):  # noqa: S310
                    break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("The production server did not start.")
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=10)


SEARCH_WORD = quote("сдружения")

pytestmark = pytest.mark.needs("html-checker")


@pytest.mark.timeout(1200)
def test_every_public_page_meets_the_quality_bars(production_site, page):
    reports = crawl.crawl(
        page,
        production_site,
        extra=[
            "/members/?kind=informal_group",
            "/en/members/?municipality=kazanlak",
            f"/search/?q={SEARCH_WORD}",
            "/en/search/?q=zagora&type=organisation",
        ],
        expect_missing=["/no-such-page/", "/en/no-such-page/"],
    )

    print(crawl.table(reports, production_site))
    visited = {report.url.replace(production_site, "") for report in reports}
    for must_visit in [
        "/",
        "/en/",
        "/about/",
        "/en/privacy/",
        "/members/",
        "/en/members/?kind=informal_group",
        "/members/join/",
        "/en/members/join/",
        "/members/klub-otvoreno-obshtestvo-stara-zagora/",
        "/en/members/mladi-grazhdani-radnevo/",
        "/accounts/login/",
        "/en/accounts/signup/",
        "/causes/",
        "/initiatives/",
        "/institutions/",
        "/en/institutions/",
        "/institutions/obshtina-stara-zagora/",
        "/events/",
        "/transparency/report/",
        "/en/transparency/report/",
        "/help/",
        "/en/help/",
        "/open-data/",
        f"/search/?q={SEARCH_WORD}",
        "/en/search/?q=zagora&type=organisation",
        "/no-such-page/",
    ]:
        assert must_visit in visited
    findings = [finding for report in reports for finding in report.findings]
    assert findings == [], crawl.table(reports, production_site)


@pytest.mark.parametrize("path", ["/transparency/", "/en/transparency/"])
def test_the_demo_networks_transparency_report_prints_on_one_page(
    production_site, page, path
):
    page.goto(production_site + path)
    assert page.locator("figure.chart").count() >= 4
    page.emulate_media(media="print")

    pdf = page.pdf(format="A4", print_background=True)

    assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) == 1


# The crawl itself fails on a broken page.


def broken_page(request):
    return HttpResponse(
        '<!DOCTYPE html><html lang="bg"><head><meta charset="utf-8">'
        "<title>Счупена</title></head><body><main>"
        '<img src="/static/img/favicon.png">'
        "<script>document.title = 'inline';</script>"
        "<p><div>block in a paragraph</div></p>"
        "</main></body></html>"
    )


def listing(request, number):
    """Pages of one kind: the second shows what the first does, the third a
    picture without its alternative text."""
    extra = '<img src="/static/img/favicon.png">' if number == 3 else ""
    return HttpResponse(
        '<!DOCTYPE html><html lang="bg"><head><meta charset="utf-8">'
        f"<title>Списък {number}</title></head><body><main><h1>Списък</h1>"
        f'<p class="lead">Ред {number}</p>{extra}</main></body></html>'
    )


urlpatterns = [
    path("broken/", broken_page),
    path("listing/<int:number>/", listing, name="listing"),
    *site_urlpatterns,
]


@pytest.mark.django_db(transaction=True)
@pytest.mark.urls("tests.e2e.test_crawl")
def test_the_crawl_reports_a_broken_page(live_server, page):
    if not crawl.java() or not crawl.VNU_JAR.exists():
        pytest.fail("The crawl needs Java and vnu-jar (make install).")

    report = crawl.check_page(page, f"{live_server.url}/broken/")
    crawl.check_html([report])

    findings = "\n".join(report.findings)
    assert "axe image-alt" in findings
    assert "console error: Executing inline script violates" in findings or (
        "console error: Refused to execute inline script" in findings
    )
    assert "no meta description" in findings
    assert "no main navigation" in findings
    assert "HTML line" in findings


@pytest.mark.django_db(transaction=True)
@pytest.mark.urls("tests.e2e.test_crawl")
def test_axe_checks_a_page_whose_kind_passed_only_if_it_shows_more(live_server, page):
    accessibility = crawl.AccessibilityChecks()

    checked = []
    for number in (1, 2, 3):
        report = crawl.check_page(
            page, f"{live_server.url}/listing/{number}/", accessibility=accessibility
        )
        checked.append((report.axe, [f for f in report.findings if "axe" in f]))

    assert checked[0] == (True, [])
    assert checked[1] == (False, [])
    assert checked[2][0] is True
    assert any("axe image-alt" in finding for finding in checked[2][1])

"""The site-wide pages answer in both languages, in the site's layout."""

import re

import pytest
from django.apps import apps
from django.db import connection
from django.db.utils import OperationalError
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from infrastructure import discovery
from network_portal.models import SiteSettings
from tests.markup import parse

pytestmark = pytest.mark.django_db


def html_lang(response):
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


@pytest.mark.parametrize(
    ("path", "lang"),
    [
        ("/", "bg"),
        ("/en/", "en"),
        ("/about/", "bg"),
        ("/en/about/", "en"),
        ("/privacy/", "bg"),
        ("/en/privacy/", "en"),
        ("/accounts/login/", "bg"),
        ("/en/accounts/login/", "en"),
        ("/accounts/signup/", "bg"),
        ("/en/accounts/signup/", "en"),
        ("/accounts/password/reset/", "bg"),
    ],
)
def test_public_page_answers_in_the_language_of_its_url(client, path, lang):
    response = client.get(path)

    assert response.status_code == 200
    assert html_lang(response) == lang


def test_home_page_carries_the_funding_statement_and_disclaimer(client):
    site = SiteSettings.load()

    response = client.get("/")

    assert site.funding_statement_bg in response.content.decode()
    assert site.disclaimer_bg in response.content.decode()
    assert "Проектът „Синергия на мрежата“" in response.content.decode()


def test_english_home_page_carries_the_english_disclaimer(client):
    response = client.get("/en/")

    assert "Open Society Club Stara Zagora" in response.content.decode()
    assert "Active Citizens Fund Bulgaria" in response.content.decode()


def test_footer_text_follows_what_coordinators_saved(client):
    site = SiteSettings.load()
    site.disclaimer_bg = "Нов текст на отказа от отговорност."
    site.save()

    response = client.get("/")

    assert "Нов текст на отказа от отговорност." in response.content.decode()


def test_language_switcher_keeps_the_visitor_on_the_same_page(client):
    response = client.get("/about/")

    assert 'href="/en/about/" hreflang="en"' in response.content.decode()
    english = client.get("/en/about/")
    assert 'href="/about/" hreflang="bg"' in english.content.decode()


def test_every_page_names_its_alternate_languages(client):
    response = client.get("/privacy/")

    content = response.content.decode()
    assert '<link rel="alternate" hreflang="bg" href="http://testserver/privacy/">' in (
        content
    )
    assert (
        '<link rel="alternate" hreflang="en" href="http://testserver/en/privacy/">'
        in content
    )


def test_each_page_has_its_own_title_and_a_description(client):
    titles = set()
    for path in ["/", "/about/", "/privacy/", "/accounts/login/"]:
        content = client.get(path).content.decode()
        title = re.search(r"<title>(.*?)</title>", content, re.S).group(1).strip()
        description = re.search(r'<meta name="description" content="([^"]*)"', content)
        assert title
        assert description.group(1).strip()
        titles.add(title)

    assert len(titles) == 4


def test_missing_page_is_a_404_in_the_layout_and_language(client):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    assert html_lang(response) == "en"
    assert "We could not find this page" in response.content.decode()


def test_missing_page_in_bulgarian(client):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert html_lang(response) == "bg"
    with translation.override("bg"):
        expected = gettext("We could not find this page")
    assert expected != "We could not find this page"
    assert expected in response.content.decode()


@override_settings(ROOT_URLCONF="tests.network_portal.failing_urls")
def test_server_error_is_a_500_page_in_the_layout(client):
    client.raise_request_exception = False

    response = client.get("/boom/")

    assert response.status_code == 500
    page = parse(response.content.decode())
    assert page.find("p", class_="error-page__code").text == "500"
    with translation.override("bg"):
        assert page.find("h1").text == gettext("Something went wrong on our side")
    assert page.find("footer", class_="site-footer")


@override_settings(ROOT_URLCONF="tests.network_portal.failing_urls")
def test_a_database_away_is_a_503_that_asks_to_come_back(client):
    client.raise_request_exception = False

    response = client.get("/database-away/")

    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert "Порталът е недостъпен за кратко" in response.content.decode()


def test_permission_denied_is_a_403_page_in_the_layout(client, outsider):
    client.force_login(outsider)

    response = client.get(reverse("admin:index"), follow=True)

    assert response.status_code == 403
    assert 'class="site-footer"' in response.content.decode()


def test_healthz_answers_200_when_the_database_does(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_healthz_answers_503_when_the_database_does_not(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", refuse)

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable"}


def test_robots_txt_keeps_crawlers_out_of_private_areas(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "Disallow: /admin/" in response.content.decode()


def test_security_txt_names_a_contact_and_an_expiry(client):
    response = client.get("/.well-known/security.txt")

    content = response.content.decode()
    assert response.status_code == 200
    assert "Contact: mailto:" in content
    assert re.search(r"^Expires: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", content, re.M)


@pytest.mark.parametrize("path", ["/", "/en/about/", "/accounts/login/"])
def test_pages_send_the_security_headers(client, path):
    response = client.get(path)

    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_pages_carry_no_inline_script_or_style(client):
    for path in ["/", "/about/", "/privacy/", "/accounts/login/", "/accounts/signup/"]:
        content = client.get(path).content.decode()

        # Data blocks (JSON, JSON-LD) are not scripts: the policy lets them be.
        assert not re.search(
            r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)", content
        )
        assert "<style" not in content
        assert " style=" not in content


def test_static_files_may_not_be_framed_either(client):
    from django.templatetags.static import static

    response = client.get(static("css/site.css"))
    response.close()

    assert response.status_code == 200
    assert response["X-Frame-Options"] == "DENY"


def test_the_messages_cookie_is_http_only_when_set_and_when_cleared(
    client, outsider, cause
):
    client.force_login(outsider)

    given = client.post(f"/en/causes/{cause.slug}/support/").cookies["messages"]
    cleared = client.get(f"/en/causes/{cause.slug}/").cookies["messages"]

    assert given.value and given["httponly"]
    assert cleared.value == "" and cleared["max-age"] == 0
    assert cleared["httponly"]


@pytest.mark.parametrize(
    ("path", "rows"),
    [
        (
            "/privacy/",
            [
                "Имейл адрес, парола",
                "Вашата роля в членуваща организация",
                "Подкрепяните от вас каузи",
                "Вашите записвания за срещи",
                "Самооценките на капацитета, които сте запазили или подали",
                "Имейл адрес и език на абонат за бюлетина",
                "Технически",
                "Организациите, каузите и темите, които следите",
            ],
        ),
        (
            "/en/privacy/",
            [
                "E-mail address, password",
                "Your registrations",
                "Your answers to requests for volunteers",
                "The capacity self-assessments you saved or submitted",
            ],
        ),
    ],
)
def test_the_privacy_notice_lists_what_each_app_declares_it_keeps(client, path, rows):
    declaring = [
        app.name
        for app in discovery.portal_apps()
        if discovery.declared(app, "privacy")
    ]
    assert declaring == [
        "members",
        "mutual_help",
        "capacity",
        "causes",
        "events",
        "network_portal",
        "following",
    ]
    for app in declaring:
        assert discovery.declared(apps.get_app_config(app), "privacy").NOTICE, app

    table = next(parse(client.get(path).content.decode()).find_all("tbody"))
    shown = [row.text for row in table.find_all("tr")]

    assert len(shown) == 11
    for start in rows:
        assert any(row.startswith(start) for row in shown), (start, shown)


def test_the_english_motto_reads_as_english(client):
    page = client.get("/en/").content.decode()

    assert "The strength of civic organisations lies in their unity" in page
    assert "unification" not in page

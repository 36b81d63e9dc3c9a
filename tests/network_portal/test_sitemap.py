"""The sitemap names every public page and object in both languages."""

from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.utils import timezone

from causes.models import Cause, Initiative
from events.models import Meeting
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_sitemap_lists_pages_and_public_organisations_in_both_languages(client):
    member = OrganisationFactory(name="Сдружение „Член“")
    former = OrganisationFactory(name="Сдружение „Бивш“", status="former")
    applicant = OrganisationFactory(name="Сдружение „Кандидат“", status="applicant")

    content = client.get("/sitemap.xml").content.decode()

    for path in ["/", "/en/", "/about/", "/en/privacy/", "/members/", "/members/join/"]:
        assert f"<loc>http://testserver{path}</loc>" in content
    for organisation in [member, former]:
        assert f"<loc>http://testserver/members/{organisation.slug}/</loc>" in content
        assert (
            f"<loc>http://testserver/en/members/{organisation.slug}/</loc>" in content
        )
    assert applicant.slug not in content


def test_sitemap_lists_causes_initiatives_and_meetings_with_their_dates(
    client, organisation
):
    cause = Cause.objects.create(
        proposed_by=organisation, title_bg="Кауза", summary_bg="x"
    )
    initiative = Initiative.objects.create(
        title_bg="Инициатива", summary_bg="x", starts_on="2026-01-01"
    )
    starts = timezone.now() + timedelta(days=3)
    meeting = Meeting.objects.create(
        title_bg="Среща",
        summary_bg="x",
        kind="general",
        starts_at=starts,
        ends_at=starts + timedelta(hours=1),
    )

    content = client.get("/sitemap.xml").content.decode()

    lastmod = {
        url.findtext(f"{NS}loc"): url.findtext(f"{NS}lastmod")
        for url in ElementTree.fromstring(content).iter(f"{NS}url")  # noqa: S314
    }
    for item in [cause, initiative, meeting]:
        url = item.get_absolute_url()
        changed = timezone.localtime(item.updated_at).date().isoformat()
        assert lastmod[f"http://testserver{url}"] == changed
        assert lastmod[f"http://testserver/en{url}"] == changed
    for path in ["/causes/", "/initiatives/", "/events/"]:
        assert f"<loc>http://testserver{path}</loc>" in content


def test_sitemap_names_the_other_language_of_each_page(client):
    content = client.get("/sitemap.xml").content.decode()

    assert (
        '<xhtml:link rel="alternate" hreflang="en" href="http://testserver/en/about/"/>'
        in content
    )
    assert (
        '<xhtml:link rel="alternate" hreflang="x-default" '
        'href="http://testserver/about/"/>' in content
    )


def test_robots_txt_points_to_the_sitemap(client):
    content = client.get("/robots.txt").content.decode()

    assert "Sitemap: http://testserver/sitemap.xml" in content


def test_favicon_ico_leads_to_the_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"].endswith("img/favicon.png")

"""The sitemap names every public page and organisation in both languages."""

import pytest

from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


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

"""The donors' and the programme's logos: set in the admin, verified and
re-encoded, shown beside the funding statement with their alternative text."""

from pathlib import Path

import pytest
from django.forms.models import model_to_dict
from PIL import Image

from network_portal.models import SiteSettings
from tests.members.test_member_area import image_upload

pytestmark = pytest.mark.django_db

CHANGE = "/admin/network_portal/sitesettings/1/change/"
ALT = {
    "donor_logo_alt_bg": "Грантове на ЕИП",
    "donor_logo_alt_en": "EEA Grants",
}


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def kept(path):
    """The format and the size of a file as kept."""
    with Image.open(path) as image:
        return image.format, image.size


def settings_form(**changes):
    data = {
        key: value
        for key, value in model_to_dict(SiteSettings.load()).items()
        if value is not None and "logo" not in key
    }
    return data | changes


def save(client, language="bg", **changes):
    return client.post(CHANGE, settings_form(**changes), HTTP_ACCEPT_LANGUAGE=language)


def test_a_logo_set_in_the_admin_shows_beside_the_funding_statement(
    client, coordinator_client
):
    response = save(coordinator_client, donor_logo=image_upload(), **ALT)

    assert response.status_code == 302
    settings = SiteSettings.load()
    # Re-encoded: a lossless PNG, without what the upload carried.
    assert kept(settings.donor_logo.path) == ("PNG", (300, 200))
    assert settings.donor_logo.name.startswith("funding/donors")
    client.logout()
    for path, alt in [("/", "Грантове на ЕИП"), ("/en/transparency/", "EEA Grants")]:
        page = client.get(path).content.decode()
        assert f'<img src="{settings.donor_logo.url}" alt="{alt}"' in page
    about = client.get("/about/").content.decode()
    assert about.count(settings.donor_logo.url) == 2  # the page and its footer


def test_without_logos_the_statement_stands_alone(client):
    page = client.get("/").content.decode()

    assert 'class="funding-logos"' not in page
    assert SiteSettings.load().funding_statement in page


@pytest.mark.parametrize(
    "upload",
    [
        image_upload(fmt="JPEG", name="logo.jpg"),
        # A JPEG named as a PNG: its content decides.
        image_upload(fmt="JPEG", name="logo.png"),
    ],
)
def test_a_logo_that_is_not_png_or_webp_is_refused_and_nothing_saved(
    coordinator_client, upload
):
    response = save(coordinator_client, donor_logo=upload, **ALT)

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    # In the administration's language, Bulgarian.
    assert errors["donor_logo"] == ["Качете логото като изображение PNG или WebP."]
    assert not SiteSettings.load().donor_logo


def test_a_webp_logo_is_taken_and_kept_as_png(coordinator_client):
    response = save(
        coordinator_client,
        programme_logo=image_upload(fmt="WEBP", name="acf.webp"),
        programme_logo_alt_bg="Фонд Активни граждани",
        programme_logo_alt_en="Active Citizens Fund",
    )

    assert response.status_code == 302
    assert kept(SiteSettings.load().programme_logo.path)[0] == "PNG"


def test_a_logo_needs_its_alternative_text_in_both_languages(coordinator_client):
    response = save(
        coordinator_client, donor_logo=image_upload(), donor_logo_alt_bg="Лого"
    )

    errors = response.context["adminform"].form.errors
    assert response.status_code == 200
    assert list(errors) == ["donor_logo_alt_en"]
    assert "на двата езика" in errors["donor_logo_alt_en"][0]
    assert not SiteSettings.load().donor_logo


def test_a_new_logo_replaces_the_old_file(coordinator_client):
    save(coordinator_client, donor_logo=image_upload(), **ALT)
    old = Path(SiteSettings.load().donor_logo.path)

    save(coordinator_client, donor_logo=image_upload(size=(120, 60)), **ALT)

    new = Path(SiteSettings.load().donor_logo.path)
    assert kept(new)[1] == (120, 60)
    assert new != old
    assert not old.exists()

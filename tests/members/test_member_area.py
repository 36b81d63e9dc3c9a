"""The member area: an editor keeps their own organisation and nothing else.
Every view is tried by the owner, another member and an outsider."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image

from members.models import Invitation, Organisation, Role
from tests.factories import RoleFactory, UserFactory, place
from tests.markup import parse

pytestmark = pytest.mark.django_db


def edit_url(organisation):
    return f"/dashboard/organisations/{organisation.slug}/"


def people_url(organisation):
    return f"/dashboard/organisations/{organisation.slug}/people/"


def profile_data(organisation, **overrides):
    return {
        "name_bg": organisation.name_bg,
        "name_en": organisation.name_en,
        "short_name_bg": "",
        "short_name_en": "",
        "benefit": "public",
        "eik": organisation.eik,
        "municipality": organisation.municipality.pk,
        "settlement_bg": "Стара Загора",
        "settlement_en": "Stara Zagora",
        "address_bg": "",
        "address_en": "",
        "email": "new@example.org",
        "phone": "",
        "website": "",
        "facebook": "",
        "instagram": "",
        "youtube": "",
        "linkedin": "",
        "description_bg": "Ново описание.",
        "description_en": "A new description.",
        "mission_bg": "",
        "mission_en": "",
        "founded_year": "2001",
        **overrides,
    }


def image_upload(fmt="PNG", size=(300, 200), name="logo.png", exif=None):
    buffer = io.BytesIO()
    image = Image.new("RGB", size, "#0d5c55")
    options = {"exif": exif} if exif else {}
    image.save(buffer, fmt, **options)
    return SimpleUploadedFile(name, buffer.getvalue())


# Who may open the member area's pages


@pytest.mark.parametrize("page", [edit_url, people_url])
def test_the_owner_opens_their_organisations_pages(client, owner, organisation, page):
    client.force_login(owner)

    response = client.get(page(organisation))

    assert response.status_code == 200
    assert response.context["organisation"] == organisation
    assert parse(response.content.decode()).find("h1").text == organisation.name


@pytest.mark.parametrize("page", [edit_url, people_url])
@pytest.mark.parametrize("persona", ["other_member", "outsider"])
def test_others_may_not_open_an_organisations_pages(
    client, request, organisation, persona, page
):
    client.force_login(request.getfixturevalue(persona))

    assert client.get(page(organisation)).status_code == 403


@pytest.mark.parametrize("page", [edit_url, people_url])
def test_anonymous_people_are_asked_to_sign_in(client, organisation, page):
    response = client.get(page(organisation))

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_a_representative_does_not_edit(client, organisation):
    representative = UserFactory()
    RoleFactory(user=representative, organisation=organisation, kind="representative")
    client.force_login(representative)

    page = client.get(edit_url(organisation))
    saved = client.post(edit_url(organisation), profile_data(organisation))

    assert page.status_code == saved.status_code == 403
    organisation.refresh_from_db()
    assert organisation.email != "new@example.org"


# Editing the profile


def test_the_owner_saves_the_profile(client, owner, organisation):
    client.force_login(owner)

    response = client.post(edit_url(organisation), profile_data(organisation))

    organisation.refresh_from_db()
    assert response.status_code == 302
    assert organisation.email == "new@example.org"
    assert organisation.description_en == "A new description."
    assert organisation.founded_year == 2001


@pytest.mark.parametrize("persona", ["other_member", "outsider"])
def test_others_cannot_save_the_profile(client, request, organisation, persona):
    client.force_login(request.getfixturevalue(persona))

    response = client.post(edit_url(organisation), profile_data(organisation))

    organisation.refresh_from_db()
    assert response.status_code == 403
    assert organisation.email != "new@example.org"


def test_the_owner_cannot_change_status_legal_data_or_coordinating_flag(
    client, owner, organisation
):
    eik = organisation.eik
    client.force_login(owner)

    client.post(
        edit_url(organisation),
        profile_data(
            organisation,
            status="former",
            is_coordinator="on",
            eik="175074752",
            benefit="private",
        ),
    )

    organisation.refresh_from_db()
    assert organisation.email == "new@example.org"
    assert organisation.status == Organisation.Status.MEMBER
    assert not organisation.is_coordinator
    assert organisation.eik == eik
    assert organisation.benefit == "public"


def test_moving_to_another_municipality_sets_its_region(client, owner, organisation):
    client.force_login(owner)

    client.post(
        edit_url(organisation),
        profile_data(organisation, municipality=place("chirpan").pk),
    )

    organisation.refresh_from_db()
    assert organisation.municipality == place("chirpan")
    assert organisation.region.code == "BG-24"


def test_a_bad_value_is_refused_and_nothing_is_saved(client, owner, organisation):
    client.force_login(owner)

    response = client.post(
        f"/en{edit_url(organisation)}", profile_data(organisation, website="not a url")
    )

    organisation.refresh_from_db()
    assert response.status_code == 200
    assert response.context["form"].errors["website"] == ["Enter a valid URL."]
    assert organisation.email != "new@example.org"


def test_renaming_changes_the_slug_and_keeps_the_old_url(client, owner, organisation):
    client.force_login(owner)
    old_url = organisation.get_absolute_url()

    client.post(
        edit_url(organisation),
        profile_data(organisation, name_bg="Сдружение „Ново име“"),
    )

    organisation.refresh_from_db()
    assert organisation.slug == "sdruzhenie-novo-ime"
    assert client.get(old_url)["Location"] == organisation.get_absolute_url()


def test_each_change_is_kept_in_the_history(client, owner, organisation):
    client.force_login(owner)

    client.post(edit_url(organisation), profile_data(organisation))

    latest = organisation.history.first()
    assert latest.email == "new@example.org"
    assert latest.history_user == owner


# The logo


def test_a_logo_is_re_encoded_into_renditions(client, owner, organisation):
    client.force_login(owner)

    client.post(
        edit_url(organisation),
        {**profile_data(organisation), "logo_upload": image_upload(size=(2000, 1000))},
    )

    organisation.refresh_from_db()
    with Image.open(organisation.logo.path) as full:
        assert max(full.size) == 1024
    with Image.open(organisation.logo_small.path) as small:
        assert small.format == "WEBP"
        assert max(small.size) == 96
    with Image.open(organisation.logo_medium.path) as medium:
        assert max(medium.size) == 256


def test_exif_is_stripped_from_the_logo(client, owner, organisation):
    exif = Image.Exif()
    exif[0x010F] = "Camera maker"  # Make
    exif[0x8825] = {1: "N"}  # GPS
    client.force_login(owner)

    client.post(
        edit_url(organisation),
        {
            **profile_data(organisation),
            "logo_upload": image_upload("JPEG", name="logo.jpg", exif=exif),
        },
    )

    organisation.refresh_from_db()
    with Image.open(organisation.logo.path) as logo:
        assert not logo.getexif()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile(
                "logo.svg",
                b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            ),
            "SVG is not accepted",
        ),
        (
            SimpleUploadedFile("logo.png", b"not an image at all"),
            "SVG is not accepted",
        ),
    ],
)
def test_svg_and_non_images_are_refused(client, owner, organisation, upload, message):
    client.force_login(owner)

    response = client.post(
        f"/en{edit_url(organisation)}",
        {**profile_data(organisation), "logo_upload": upload},
    )

    organisation.refresh_from_db()
    assert response.status_code == 200
    assert message in response.context["form"].errors["logo_upload"][0]
    assert not organisation.logo
    assert organisation.email != "new@example.org"


def test_a_logo_over_5_mb_is_refused(client, owner, organisation, monkeypatch):
    monkeypatch.setattr("infrastructure.images.MAX_UPLOAD_BYTES", 1000)
    client.force_login(owner)

    response = client.post(
        f"/en{edit_url(organisation)}",
        {**profile_data(organisation), "logo_upload": image_upload(size=(800, 800))},
    )

    assert "at most 5 MB" in response.context["form"].errors["logo_upload"][0]
    organisation.refresh_from_db()
    assert not organisation.logo
    assert organisation.email != "new@example.org"


# People and invitations


def test_the_owner_invites_a_co_editor(client, owner, organisation):
    client.force_login(owner)

    response = client.post(
        people_url(organisation), {"email": "friend@example.org", "role": "editor"}
    )

    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.organisation == organisation
    assert invitation.invited_by == owner


@pytest.mark.parametrize("persona", ["other_member", "outsider"])
def test_others_cannot_invite(client, request, organisation, persona):
    client.force_login(request.getfixturevalue(persona))

    response = client.post(
        people_url(organisation), {"email": "friend@example.org", "role": "editor"}
    )

    assert response.status_code == 403
    assert not Invitation.objects.exists()


def test_inviting_someone_who_already_has_the_role_is_refused(
    client, owner, organisation
):
    client.force_login(owner)

    response = client.post(
        f"/en{people_url(organisation)}", {"email": owner.email, "role": "editor"}
    )

    assert "already has this role" in response.content.decode()
    assert not Invitation.objects.exists()


def test_the_owner_removes_a_co_editor(client, owner, organisation):
    colleague = RoleFactory(organisation=organisation)
    client.force_login(owner)

    response = client.post(f"{people_url(organisation)}{colleague.pk}/remove/")

    assert response.status_code == 302
    assert not Role.objects.filter(pk=colleague.pk).exists()


def test_the_owner_cannot_remove_themselves(client, owner, organisation):
    role = Role.objects.get(user=owner)
    client.force_login(owner)

    response = client.post(f"{people_url(organisation)}{role.pk}/remove/")

    assert response.status_code == 403
    assert Role.objects.filter(pk=role.pk).exists()


@pytest.mark.parametrize("persona", ["other_member", "outsider"])
def test_others_cannot_remove_people(client, request, owner, organisation, persona):
    role = Role.objects.get(user=owner)
    client.force_login(request.getfixturevalue(persona))

    response = client.post(f"{people_url(organisation)}{role.pk}/remove/")

    assert response.status_code == 403
    assert Role.objects.filter(pk=role.pk).exists()


def test_removing_needs_a_post(client, owner, organisation):
    colleague = RoleFactory(organisation=organisation)
    client.force_login(owner)

    response = client.get(f"{people_url(organisation)}{colleague.pk}/remove/")

    assert response.status_code == 405
    assert Role.objects.filter(pk=colleague.pk).exists()


# The member area's landing


def test_dashboard_lists_the_organisations_a_person_acts_for(
    client, owner, organisation
):
    client.force_login(owner)

    response = client.get("/dashboard/")

    assert [role.organisation for role in response.context["roles"]] == [organisation]


def test_dashboard_of_a_supporter_explains_how_to_take_part(client, outsider):
    client.force_login(outsider)

    response = client.get("/en/dashboard/")

    assert list(response.context["roles"]) == []
    assert "You do not act for any member organisation yet" in (
        response.content.decode()
    )


def test_dashboard_needs_a_signed_in_person(client):
    response = client.get("/dashboard/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/dashboard/"


def test_dashboard_queries_do_not_grow_with_roles(client, owner):
    client.force_login(owner)
    client.get("/dashboard/")
    with CaptureQueriesContext(connection) as one:
        client.get("/dashboard/")
    for _ in range(3):
        RoleFactory(user=owner)

    with CaptureQueriesContext(connection) as many:
        client.get("/dashboard/")

    assert len(many) == len(one)

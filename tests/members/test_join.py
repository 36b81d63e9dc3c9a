"""Joining the network: the public application form."""

import pytest
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext

from members.models import Application
from tests.factories import OrganisationFactory, place, topic, valid_eik
from tests.markup import parse

pytestmark = pytest.mark.django_db


def application_data(**overrides):
    return {
        "name": "Сдружение „Читатели“",
        "kind": "association",
        "eik": "175074752",
        "municipality": place("kazanlak").pk,
        "settlement": "Казанлък",
        "contact_name": "Петя Колева",
        "contact_email": "petya@example.org",
        "phone": "",
        "website": "",
        "description": "Клуб за четене.",
        "topics": [topic("education").pk],
        "consent": "on",
        **overrides,
    }


@pytest.mark.parametrize("language", ["bg", "en"])
def test_join_page_answers_in_both_languages(client, language):
    prefix = "" if language == "bg" else f"/{language}"

    response = client.get(f"{prefix}/members/join/")

    page = parse(response.content.decode())
    assert response.status_code == 200
    assert page.find("html").attrs["lang"] == language
    with translation.override(language):
        assert page.find("h1").text == gettext("Apply to join the network")
    assert "eik" in response.context["form"].fields


def test_a_valid_application_is_saved_and_confirmed(client, coordinator):
    response = client.post("/members/join/", application_data())

    application = Application.objects.get()
    assert response.status_code == 302
    assert response["Location"] == "/members/join/thanks/"
    assert application.status == Application.Status.PENDING
    assert list(application.topics.all()) == [topic("education")]
    assert application.consent


def test_coordinators_receive_an_email_about_an_application(
    client, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/members/join/", application_data())

    to_applicant, to_coordinators = mail.outbox
    assert to_coordinators.to == [coordinator.email]
    assert "Сдружение „Читатели“" in to_coordinators.subject
    assert "/admin/members/application/" in to_coordinators.body
    assert "175074752" in to_coordinators.body
    assert to_applicant.to == ["petya@example.org"]
    assert "Сдружение „Читатели“" in to_applicant.subject


def test_a_wrong_eik_is_refused_with_a_message_naming_the_eik(client):
    response = client.post("/members/join/", application_data(eik="175074751"))

    assert response.status_code == 200
    assert not Application.objects.exists()
    errors = response.context["form"].errors["eik"]
    assert "ЕИК" in errors[0]
    assert "175074751" in errors[0]
    with translation.override("bg"):
        summary = gettext(
            "Please correct the fields marked below. Nothing has been saved yet."
        )
    assert summary in response.content.decode()
    assert 'href="#id_eik"' in response.content.decode()


def test_english_form_explains_a_wrong_eik_in_english(client):
    response = client.post("/en/members/join/", application_data(eik="175074751"))

    assert "check digit" in response.context["form"].errors["eik"][0]


def test_a_registered_kind_needs_an_eik(client):
    response = client.post("/members/join/", application_data(eik=""))

    assert "eik" in response.context["form"].errors
    assert not Application.objects.exists()


def test_an_informal_group_applies_without_an_eik(client):
    response = client.post(
        "/members/join/", application_data(kind="informal_group", eik="")
    )

    assert response.status_code == 302
    assert Application.objects.get().eik == ""


def test_an_informal_group_may_not_give_an_eik(client):
    response = client.post(
        "/members/join/", application_data(kind="informal_group", eik=valid_eik(9))
    )

    assert "eik" in response.context["form"].errors


def test_an_eik_already_in_the_registry_is_refused(client):
    OrganisationFactory(eik="175074752")

    response = client.post("/members/join/", application_data())

    assert "eik" in response.context["form"].errors


def test_consent_to_the_privacy_notice_is_required(client):
    data = application_data()
    del data["consent"]

    response = client.post("/en/members/join/", data)

    assert response.context["form"].errors["consent"] == [
        "Please agree to the privacy notice."
    ]
    assert not Application.objects.exists()


def test_a_bad_email_is_refused_in_bulgarian(client):
    response = client.post("/members/join/", application_data(contact_email="не"))

    assert response.context["form"].errors["contact_email"]
    assert not Application.objects.exists()


def test_many_applications_from_one_address_are_refused(client, coordinator):
    for number in range(5):
        client.post(
            "/members/join/",
            application_data(name=f"Група {number}", kind="informal_group", eik=""),
        )

    response = client.post(
        "/en/members/join/",
        application_data(name="Група 6", kind="informal_group", eik=""),
    )

    assert response.status_code == 429
    assert "Please try again later" in response.content.decode()
    assert Application.objects.count() == 5


def test_the_same_eik_cannot_wait_in_two_applications(client):
    client.post("/members/join/", application_data())

    response = client.post("/en/members/join/", application_data(name="Друго"))

    assert response.context["form"].errors["eik"] == [
        "An application with this ЕИК is already waiting for a decision."
    ]


def test_the_kind_has_no_empty_choice(client):
    response = client.get("/members/join/")

    assert 'name="kind" value=""' not in response.content.decode()

"""Coordinators keep the registry in the admin: staff, not superusers."""

import csv
import io

import pytest
from django.core import mail

from members.models import Application, Invitation, Organisation, Role
from tests.factories import (
    ApplicationFactory,
    OrganisationFactory,
    place,
    topic,
    valid_eik,
)

pytestmark = pytest.mark.django_db


def test_coordinator_is_not_a_superuser(coordinator):
    # What the Coordinators group gives: keeping the registry, ...
    assert coordinator.has_perms(
        ["members.change_organisation", "members.change_application"]
    )
    # ...and not what only a superuser could do.
    assert not coordinator.is_superuser
    assert not coordinator.has_perm("members.delete_organisation")
    assert not coordinator.has_perm("members.change_user")
    assert not coordinator.has_perm("auth.change_group")


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("", ["green", "group"]),
        ("?kind__exact=informal_group", ["group"]),
        ("?status__exact=suspended", ["group"]),
        ("?benefit__exact=public", ["green"]),
        ("?q=Зелена", ["green"]),
        ("?q=175074752", ["green"]),
        ("?q=green@example.org", ["green"]),
    ],
)
def test_coordinator_lists_and_filters_the_registry(coordinator_client, query, found):
    made = {
        "green": OrganisationFactory(
            name="Сдружение „Зелена“", eik="175074752", email="green@example.org"
        ),
        "group": OrganisationFactory(informal=True, status="suspended"),
    }

    response = coordinator_client.get(f"/admin/members/organisation/{query}")

    assert response.status_code == 200
    listed = set(response.context["cl"].result_list)
    assert listed == {made[name] for name in found}


def test_filters_by_municipality_and_topic(coordinator_client):
    OrganisationFactory(municipality=place("kazanlak"), topics=[topic("youth")])
    OrganisationFactory()

    by_place = coordinator_client.get(
        f"/admin/members/organisation/?municipality__id__exact={place('kazanlak').pk}"
    )
    by_topic = coordinator_client.get(
        f"/admin/members/organisation/?topics__id__exact={topic('youth').pk}"
    )

    assert by_place.context["cl"].result_count == 1
    assert by_topic.context["cl"].result_count == 1


def test_coordinator_sees_an_organisations_history(coordinator_client, organisation):
    organisation.suspend()

    response = coordinator_client.get(
        f"/admin/members/organisation/{organisation.pk}/history/"
    )

    assert response.status_code == 200
    assert len(response.context["page_obj"].object_list) == 2


def test_coordinator_edits_an_organisation_with_its_people(coordinator_client, owner):
    organisation = Role.objects.get(user=owner).organisation

    response = coordinator_client.get(
        f"/admin/members/organisation/{organisation.pk}/change/"
    )

    assert response.status_code == 200
    assert owner.email in response.content.decode()


def test_nobody_deletes_an_organisation_in_the_admin(coordinator_client, organisation):
    response = coordinator_client.get(
        f"/admin/members/organisation/{organisation.pk}/delete/"
    )

    assert response.status_code == 403
    assert Organisation.objects.filter(pk=organisation.pk).exists()


def test_suspend_and_reactivate_actions(coordinator_client, organisation):
    url = "/admin/members/organisation/"

    coordinator_client.post(
        url, {"action": "suspend", "_selected_action": [organisation.pk]}
    )
    organisation.refresh_from_db()
    assert organisation.status == "suspended"

    coordinator_client.post(
        url, {"action": "reactivate", "_selected_action": [organisation.pk]}
    )
    organisation.refresh_from_db()
    assert organisation.status == "member"


def test_export_the_registry_as_csv(coordinator_client):
    first = OrganisationFactory(name="Сдружение „Първо“", topics=[topic("youth")])
    second = OrganisationFactory(informal=True, website="")

    response = coordinator_client.post(
        "/admin/members/organisation/",
        {"action": "export_csv", "_selected_action": [first.pk, second.pk]},
    )

    content = response.content.decode("utf-8")
    rows = list(csv.reader(io.StringIO(content.removeprefix("\ufeff")), delimiter=";"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert content.startswith("\ufeff")
    assert rows[0][:3] == ["име (на български)", "име (на английски)", "вид"]
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name[first.name_bg][2] == "сдружение"
    assert by_name[first.name_bg][4] == first.eik
    assert by_name[first.name_bg][14] == "Младежи"
    assert by_name[second.name_bg][4] == ""


def test_csv_cells_cannot_be_formulas(coordinator_client):
    organisation = OrganisationFactory(name="=HYPERLINK(1)", phone="+359 42 000 000")

    response = coordinator_client.post(
        "/admin/members/organisation/",
        {"action": "export_csv", "_selected_action": [organisation.pk]},
    )

    content = response.content.decode("utf-8")
    assert "'=HYPERLINK(1)" in content
    assert "'+359 42 000 000" in content


def test_mark_as_former_member(coordinator_client, organisation):
    coordinator_client.post(
        "/admin/members/organisation/",
        {"action": "mark_former", "_selected_action": [organisation.pk]},
    )

    organisation.refresh_from_db()
    assert organisation.status == "former"
    assert organisation.left_on is not None


def test_approving_an_application_creates_the_member_and_invites_its_contact(
    coordinator_client, coordinator, django_capture_on_commit_callbacks
):
    application = ApplicationFactory(contact_email="contact@example.org")
    application.topics.set([topic("education")])

    with django_capture_on_commit_callbacks(execute=True):
        coordinator_client.post(
            "/admin/members/application/",
            {"action": "approve", "_selected_action": [application.pk]},
        )

    application.refresh_from_db()
    organisation = application.organisation
    assert application.status == Application.Status.APPROVED
    assert application.decided_by == coordinator
    assert organisation.status == Organisation.Status.MEMBER
    assert organisation.municipality == place("kazanlak")
    assert organisation.region.code == "BG-24"
    assert list(organisation.topics.all()) == [topic("education")]
    invitation = Invitation.objects.get(organisation=organisation)
    assert invitation.email == "contact@example.org"
    assert [message.to for message in mail.outbox] == [["contact@example.org"]]


def test_declining_an_application_creates_nothing(coordinator_client, coordinator):
    application = ApplicationFactory()

    coordinator_client.post(
        "/admin/members/application/",
        {"action": "decline", "_selected_action": [application.pk]},
    )

    application.refresh_from_db()
    assert application.status == Application.Status.DECLINED
    assert application.decided_by == coordinator
    assert not Organisation.objects.exists()


def test_of_two_applications_with_one_eik_the_first_is_approved(coordinator_client):
    first = ApplicationFactory(eik=valid_eik(77))
    second = ApplicationFactory(eik=valid_eik(77))

    response = coordinator_client.post(
        "/admin/members/application/",
        {"action": "approve", "_selected_action": [second.pk, first.pk]},
        follow=True,
    )

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == "approved"
    assert second.status == "pending"
    messages = [str(m) for m in response.context["messages"]]
    (message,) = [m for m in messages if second.name in m]
    assert "ЕИК" in message
    assert "{'eik'" not in message


def test_a_decided_application_is_read_only(coordinator_client):
    application = ApplicationFactory(status="approved")

    response = coordinator_client.post(
        f"/admin/members/application/{application.pk}/change/",
        {"name": "Changed", "kind": "association"},
    )

    application.refresh_from_db()
    assert response.status_code == 403
    assert application.name != "Changed"


def test_an_application_is_decided_once(coordinator_client):
    application = ApplicationFactory(status="declined")

    coordinator_client.post(
        "/admin/members/application/",
        {"action": "approve", "_selected_action": [application.pk]},
    )

    application.refresh_from_db()
    assert application.status == "declined"
    assert not Organisation.objects.exists()


def test_coordinator_invites_a_person_from_the_admin(
    coordinator_client, organisation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(
            "/admin/members/invitation/add/",
            {
                "organisation": organisation.pk,
                "email": "new@example.org",
                "role": "editor",
            },
        )

    assert response.status_code == 302
    assert Invitation.objects.get().email == "new@example.org"
    assert mail.outbox[0].to == ["new@example.org"]


@pytest.mark.parametrize(
    "path",
    [
        "/admin/members/application/",
        "/admin/members/invitation/",
        "/admin/members/role/",
        "/admin/members/topic/",
        "/admin/members/place/",
        "/admin/network_portal/sitesettings/1/change/",
    ],
)
def test_coordinator_opens_each_registry_page(coordinator_client, path):
    ApplicationFactory()

    assert coordinator_client.get(path).status_code == 200


def test_coordinator_cannot_change_user_accounts(coordinator_client, outsider):
    response = coordinator_client.post(
        f"/admin/members/user/{outsider.pk}/change/",
        {"email": outsider.email, "is_staff": "on", "is_superuser": "on"},
    )

    outsider.refresh_from_db()
    assert response.status_code == 403
    assert not outsider.is_superuser


def test_a_logo_uploaded_in_the_admin_is_re_encoded(coordinator_client, organisation):
    from django.forms.models import model_to_dict

    from tests.members.test_member_area import image_upload

    data = {
        key: value
        for key, value in model_to_dict(organisation).items()
        if value is not None and key not in {"logo", "topics"}
    }
    data |= {
        "name_bg": organisation.name_bg,
        "name_en": organisation.name_en,
        "roles-TOTAL_FORMS": 0,
        "roles-INITIAL_FORMS": 0,
        "invitations-TOTAL_FORMS": 0,
        "invitations-INITIAL_FORMS": 0,
        "logo": image_upload(size=(1600, 1600)),
    }

    response = coordinator_client.post(
        f"/admin/members/organisation/{organisation.pk}/change/", data
    )

    organisation.refresh_from_db()
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert organisation.logo.name.endswith(".jpg")
    assert organisation.logo_small.name.endswith(".webp")

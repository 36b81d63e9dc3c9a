"""Invitations: people come to act for an organisation only when invited."""

import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone, translation
from django.utils.translation import gettext

from members.models import Invitation, Role
from tests.factories import PASSWORD, InvitationFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db


def test_a_signed_in_person_accepts_and_gets_the_role(client, outsider, organisation):
    invitation = InvitationFactory(organisation=organisation, email=outsider.email)
    client.force_login(outsider)

    response = client.post(invitation.get_absolute_url())

    assert response.status_code == 302
    assert response["Location"] == "/dashboard/"
    assert Role.objects.filter(
        user=outsider, organisation=organisation, kind="editor"
    ).exists()
    invitation.refresh_from_db()
    assert invitation.accepted_by == outsider


def test_opening_the_link_while_signed_in_does_not_accept_it(client, outsider):
    invitation = InvitationFactory(email=outsider.email)
    client.force_login(outsider)

    response = client.get(invitation.get_absolute_url())

    assert response.status_code == 200
    assert not Role.objects.filter(user=outsider).exists()


def test_a_new_person_signs_up_from_the_invitation_with_the_address_verified(
    client, organisation
):
    invitation = InvitationFactory(organisation=organisation, email="new@example.org")
    client.get(invitation.get_absolute_url())

    signup_page = client.get("/accounts/signup/")
    response = client.post(
        "/accounts/signup/",
        {"email": "new@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )

    assert 'value="new@example.org"' in signup_page.content.decode()
    user = get_user_model().objects.get(email="new@example.org")
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    assert client.session["_auth_user_id"] == str(user.pk)
    assert Role.objects.filter(user=user, organisation=organisation).exists()
    assert mail.outbox == []


def test_a_known_person_signs_in_from_the_invitation_and_gets_the_role(
    client, outsider, organisation
):
    invitation = InvitationFactory(organisation=organisation, email=outsider.email)
    client.get(invitation.get_absolute_url())

    client.post("/accounts/login/", {"login": outsider.email, "password": PASSWORD})

    assert Role.objects.filter(user=outsider, organisation=organisation).exists()


def test_signing_up_without_an_invitation_gives_no_role(client):
    client.post(
        "/accounts/signup/",
        {"email": "plain@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )

    assert not Role.objects.exists()


def test_an_expired_invitation_cannot_be_accepted(client, outsider):
    invitation = InvitationFactory(
        email=outsider.email, expires_at=timezone.now() - timedelta(minutes=1)
    )
    client.force_login(outsider)

    response = client.post(invitation.get_absolute_url())

    assert response.status_code == 410
    assert not Role.objects.filter(user=outsider).exists()


def test_an_invitation_is_accepted_once(client, outsider, other_member):
    invitation = InvitationFactory(email=outsider.email)
    client.force_login(outsider)
    client.post(invitation.get_absolute_url())
    client.force_login(other_member)

    response = client.post(invitation.get_absolute_url())

    assert response.status_code == 410
    assert not Role.objects.filter(
        user=other_member, organisation=invitation.organisation
    ).exists()


def test_an_unknown_token_is_a_404(client):
    assert client.get("/members/invitations/nope/").status_code == 404


def test_the_invitation_mail_carries_a_link_that_works(
    client, owner, organisation, django_capture_on_commit_callbacks
):
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/dashboard/organisations/{organisation.slug}/people/",
            {"email": "colleague@example.org", "role": "editor"},
        )

    (message,) = mail.outbox
    link = re.search(r"http://testserver(/\S+/)", message.body).group(1)
    assert message.to == ["colleague@example.org"]
    assert organisation.name in message.subject
    page = client.get(link)
    assert page.status_code == 200
    assert page.context["invitation"] == Invitation.objects.get()
    with translation.override("bg"):
        heading = gettext("Act for %(organisation)s") % {
            "organisation": organisation.name
        }
    assert parse(page.content.decode()).find("h1").text == heading

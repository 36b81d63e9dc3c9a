"""Accounts: e-mail sign-up with verification, supporters, the admin's door."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from tests.factories import PASSWORD, totp_authenticator

pytestmark = pytest.mark.django_db

User = get_user_model()


def sign_up(client, email="new.person@example.org", prefix=""):
    return client.post(
        f"{prefix}/accounts/signup/",
        {"email": email, "password1": PASSWORD, "password2": PASSWORD},
    )


def test_signing_up_makes_a_supporter_who_must_verify_the_address(client):
    response = sign_up(client)

    user = User.objects.get(email="new.person@example.org")
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert not user.is_staff
    assert not user.is_superuser
    assert not user.groups.exists()
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1


def test_sign_up_asks_for_no_username(client):
    response = client.get("/accounts/signup/")

    assert 'name="username"' not in response.content.decode()
    assert 'name="email"' in response.content.decode()


def test_unverified_person_cannot_sign_in(client):
    sign_up(client)
    mail.outbox.clear()

    response = client.post(
        "/accounts/login/", {"login": "new.person@example.org", "password": PASSWORD}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


def test_verifying_the_address_signs_the_person_in(client):
    sign_up(client)
    link = re.search(r"https?://testserver(/\S+/)", mail.outbox[0].body).group(1)

    client.get(link)
    response = client.post(link)

    assert response.status_code == 302
    assert EmailAddress.objects.get(email="new.person@example.org").verified
    assert client.session["_auth_user_id"]


def test_verification_mail_of_an_english_sign_up_is_in_english(client):
    sign_up(client, prefix="/en")

    assert "/en/accounts/confirm-email/" in mail.outbox[0].body


def test_verified_person_signs_in_by_email(client, outsider):
    response = client.post(
        "/accounts/login/", {"login": outsider.email, "password": PASSWORD}
    )

    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == outsider.pk


def test_wrong_password_is_refused_with_a_message_in_bulgarian(client, outsider):
    response = client.post(
        "/accounts/login/", {"login": outsider.email, "password": "wrong"}
    )

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert 'class="errorlist' in response.content.decode()
    with translation.override("bg"):
        message = gettext(
            "The email address and/or password you specified are not correct."
        )
    assert message in response.content.decode()


def test_signing_up_with_a_taken_address_reveals_nothing(client, outsider):
    response = sign_up(client, email=outsider.email)

    # The same answer as for a new address; the owner is told by e-mail.
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert User.objects.filter(email=outsider.email).count() == 1


def test_password_reset_answers_the_same_for_unknown_addresses(client, outsider):
    known = client.post("/accounts/password/reset/", {"email": outsider.email})
    unknown = client.post("/accounts/password/reset/", {"email": "nobody@example.org"})

    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


def test_repeated_failed_sign_ins_are_rate_limited(client, outsider):
    for _ in range(5):
        client.post("/accounts/login/", {"login": outsider.email, "password": "wrong"})

    response = client.post(
        "/accounts/login/", {"login": outsider.email, "password": PASSWORD}
    )

    assert "_auth_user_id" not in client.session
    with translation.override("bg"):
        message = gettext("Too many failed login attempts. Try again later.")
    assert message in response.content.decode()


def test_admin_sign_in_goes_through_the_site_sign_in(client):
    response = client.get("/admin/", follow=True)

    assert response.redirect_chain[-1][0] == "/accounts/login/?next=%2Fadmin%2F"
    assert response.status_code == 200


def test_admin_login_url_redirects_to_the_site_sign_in(client):
    response = client.get("/admin/login/")

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_coordinator_without_two_factor_is_sent_to_set_it_up(client, coordinator):
    client.force_login(coordinator)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_coordinator_with_two_factor_opens_the_admin(client, coordinator):
    totp_authenticator(coordinator)
    client.force_login(coordinator)

    response = client.get("/admin/")

    assert response.status_code == 200


@pytest.mark.parametrize("persona", ["owner", "other_member", "outsider"])
def test_people_who_are_not_staff_may_not_open_the_admin(client, request, persona):
    client.force_login(request.getfixturevalue(persona))

    response = client.get("/admin/", follow=True)

    assert response.status_code == 403


def test_two_factor_setup_is_open_to_every_signed_in_person(client, outsider):
    client.force_login(outsider)
    # Turning on two-factor asks for the password again.
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})

    response = client.get(reverse("mfa_activate_totp"))

    assert response.status_code == 200
    assert 'name="code"' in response.content.decode()


def test_sign_out_signs_the_person_out(client, outsider):
    client.force_login(outsider)

    client.post(reverse("account_logout"))

    assert "_auth_user_id" not in client.session


def test_account_mail_speaks_the_language_of_the_page(client):
    sign_up(client, email="bg@example.org")
    sign_up(client, email="en@example.org", prefix="/en")

    bulgarian, english = mail.outbox
    assert bulgarian.subject.startswith("[Мрежа „Синергия“] ")
    assert english.subject.startswith("[Synergy Network] ")
    assert "/en/accounts/confirm-email/" in english.body


def test_signing_in_gives_a_new_session_key(client, outsider):
    client.get("/en/accounts/login/")  # a visitor's session, perhaps planted
    session = client.session
    session["planted"] = True
    session.save()
    before = session.session_key

    client.post("/en/accounts/login/", {"login": outsider.email, "password": PASSWORD})

    assert client.session.session_key != before
    assert client.session["_auth_user_id"] == str(outsider.pk)


def test_changing_the_password_signs_out_every_other_session(client, outsider):
    from django.test import Client

    elsewhere = Client()  # a session stolen, or left open on another device
    elsewhere.force_login(outsider)
    client.force_login(outsider)

    response = client.post(
        "/en/accounts/password/change/",
        {
            "oldpassword": PASSWORD,
            "password1": "a new and long passphrase",
            "password2": "a new and long passphrase",
        },
    )

    assert response.status_code == 302
    assert client.get("/en/dashboard/").status_code == 200  # still signed in here
    assert elsewhere.get("/en/dashboard/").status_code == 302  # but not there


def test_a_new_address_is_used_only_once_verified(client, outsider):
    client.force_login(outsider)

    client.post(
        "/en/accounts/email/", {"action_add": "", "email": "new.address@example.org"}
    )

    outsider.refresh_from_db()
    assert outsider.email == "outsider@example.org"
    new = EmailAddress.objects.get(email="new.address@example.org")
    assert not new.verified
    assert [m.to for m in mail.outbox] == [["new.address@example.org"]]
    link = re.search(r"https?://testserver(/\S+/)", mail.outbox[0].body).group(1)
    client.post(link)
    outsider.refresh_from_db()
    assert outsider.email == "new.address@example.org"

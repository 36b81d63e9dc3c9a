"""Two-factor sign-in with real authenticators: the password, then the current
code of an authenticator app or a recovery code, each code taken once; and the
coordinators, who open the administration only after setting it up."""

import re
import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal import auth as totp_auth
from django.test import Client
from django.urls import reverse

from tests.clock import Clock
from tests.factories import PASSWORD, totp_authenticator, totp_code

pytestmark = pytest.mark.django_db

INCORRECT_CODE = "Неправилен код."


@pytest.fixture
def clock(monkeypatch):
    # allauth's clock, stopped: a code computed in a test is still current
    # when the test sends it.
    clock = Clock(int(time.time()))
    monkeypatch.setattr(totp_auth, "time", clock)
    return clock


def enter_password(client, user):
    response = client.post(
        reverse("account_login"), {"login": user.email, "password": PASSWORD}
    )
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    return response


def enter_code(client, code):
    return client.post(reverse("mfa_authenticate"), {"code": code})


@pytest.mark.parametrize(
    ("who", "asked_for", "lands_on"),
    [
        ("editor", "", "/dashboard/"),
        ("supporter", "", "/"),
        ("editor", "/causes/", "/causes/"),
        ("supporter", "/events/", "/events/"),
    ],
)
def test_after_signing_in_an_editor_goes_to_the_member_area_others_where_they_were(
    client, who, asked_for, lands_on, owner, outsider
):
    user = {"editor": owner, "supporter": outsider}[who]
    path = reverse("account_login") + (f"?next={asked_for}" if asked_for else "")

    response = client.post(path, {"login": user.email, "password": PASSWORD})

    assert response["Location"] == lands_on


def test_a_fresh_sign_in_is_not_asked_for_the_password_again_but_an_old_one_is(
    client, outsider, monkeypatch
):
    client.post(
        reverse("account_login"), {"login": outsider.email, "password": PASSWORD}
    )
    assert client.get(reverse("mfa_activate_totp")).status_code == 200

    later = time.time() + 301
    monkeypatch.setattr(time, "time", lambda: later)
    response = client.get(reverse("mfa_activate_totp"))

    assert response["Location"].startswith(reverse("account_reauthenticate"))


def signed_in(client, user):
    return (
        client.session.get("_auth_user_id") == str(user.pk)
        and client.get(reverse("dashboard")).status_code == 200
    )


def test_password_and_current_code_sign_the_person_in(client, outsider, clock):
    secret = totp_authenticator(outsider)
    enter_password(client, outsider)

    response = enter_code(client, totp_code(secret, clock.now))

    assert response.status_code == 302
    assert signed_in(client, outsider)


def test_wrong_code_is_refused_in_bulgarian(client, outsider, clock):
    secret = totp_authenticator(outsider)
    code = totp_code(secret, clock.now)
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    enter_password(client, outsider)

    response = enter_code(client, wrong)

    assert response.status_code == 200
    assert INCORRECT_CODE in response.content.decode()
    assert 'name="code"' in response.content.decode()
    assert not signed_in(client, outsider)


def test_code_of_a_minute_ago_is_refused(client, outsider, clock):
    secret = totp_authenticator(outsider)
    enter_password(client, outsider)

    response = enter_code(client, totp_code(secret, clock.now - 60))

    assert INCORRECT_CODE in response.content.decode()
    assert not signed_in(client, outsider)


def test_a_code_signs_in_only_once(client, outsider, clock):
    secret = totp_authenticator(outsider)
    code = totp_code(secret, clock.now)
    enter_password(client, outsider)
    enter_code(client, code)
    elsewhere = Client()
    enter_password(elsewhere, outsider)

    response = enter_code(elsewhere, code)

    assert signed_in(client, outsider)
    assert INCORRECT_CODE in response.content.decode()
    assert not signed_in(elsewhere, outsider)


def test_a_recovery_code_signs_in_only_once(client, outsider):
    totp_authenticator(outsider)
    code = RecoveryCodes.activate(outsider).get_unused_codes()[0]
    enter_password(client, outsider)
    enter_code(client, code)
    assert signed_in(client, outsider)
    client.post(reverse("account_logout"))
    enter_password(client, outsider)

    response = enter_code(client, code)

    assert INCORRECT_CODE in response.content.decode()
    assert not signed_in(client, outsider)


def test_coordinator_opens_the_admin_only_after_setting_up_two_factor(
    client, coordinator, clock
):
    signing_in = client.post(
        reverse("account_login"), {"login": coordinator.email, "password": PASSWORD}
    )
    assert signed_in(client, coordinator)
    assert signing_in["Location"] == reverse("admin:index")

    kept_out = client.get(reverse("admin:index"))

    assert kept_out["Location"] == reverse("mfa_activate_totp")
    # Just signed in: not asked for the password again.
    activation = client.get(reverse("mfa_activate_totp"))
    assert activation.status_code == 200
    page = activation.content.decode()
    secret = re.search(r'id="authenticator_secret"[^>]*>\s*(\w+)', page).group(1)
    activated = client.post(
        reverse("mfa_activate_totp"),
        {"code": totp_code(secret, clock.now)},
        follow=True,
    )
    assert Authenticator.objects.filter(
        user=coordinator, type=Authenticator.Type.TOTP
    ).exists()
    # The recovery codes, once, on the way to the administration.
    assert activated.redirect_chain[-1][0] == reverse("mfa_view_recovery_codes")
    codes = RecoveryCodes(
        Authenticator.objects.get(
            user=coordinator, type=Authenticator.Type.RECOVERY_CODES
        )
    ).get_unused_codes()
    page = activated.content.decode()
    assert all(code in page for code in codes)
    assert f'<a class="button" href="{reverse("admin:index")}">' in page
    assert client.get(reverse("admin:index")).status_code == 200

    client.post(reverse("account_logout"))
    clock.now += 30
    enter_password(client, coordinator)
    enter_code(client, totp_code(secret, clock.now))
    response = client.get(reverse("admin:index"))

    assert response.status_code == 200
    assert reverse("admin:members_organisation_changelist") in response.content.decode()

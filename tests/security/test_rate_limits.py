"""Rate limits, at the numbers the settings give: the first N attempts pass,
the next one is refused — signing in, signing up, resetting a password,
applying to join, supporting, commenting, reporting and registering for a
meeting."""

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from causes.models import Cause, Comment, CommentReport, Support
from events.models import Registration
from members import services
from members.models import Application
from tests.events.test_meetings import make_meeting
from tests.factories import PASSWORD, UserFactory, place

pytestmark = pytest.mark.django_db

User = get_user_model()


def allauth_limit(action, per):
    """How many times the accounts' limit of `action` allows, per ip or key,
    and in how many seconds."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    for rate in django_settings.ACCOUNT_RATE_LIMITS[action].split(","):
        amount, duration, *rest = rate.strip().split("/")
        if (rest[0] if rest else "ip") == per:
            number = duration[:-1]
            return int(amount), (float(number) if number else 1) * units[duration[-1]]
    raise LookupError(action, per)


def bulgarian(message):
    with translation.override("bg"):
        return gettext(message)


SLOW_DOWN = "Slow down a little, please"
TOO_MANY_LOGINS = "Too many failed login attempts. Try again later."


def assert_slowed_down(response):
    assert response.status_code == 429
    assert bulgarian(SLOW_DOWN) in response.content.decode()
    assert bulgarian(SLOW_DOWN) != SLOW_DOWN


def sign_in(email, password=PASSWORD):
    client = Client()
    response = client.post("/accounts/login/", {"login": email, "password": password})
    return client, response


# Accounts (allauth's ACCOUNT_RATE_LIMITS)


def test_the_limits_are_those_of_the_settings():
    # What the tests below count to; a change of the settings shows here.
    assert allauth_limit("login", "ip") == (30, 60)
    assert allauth_limit("login_failed", "ip") == (10, 60)
    assert allauth_limit("login_failed", "key") == (5, 300)
    assert allauth_limit("signup", "ip") == (20, 60)
    assert allauth_limit("reset_password", "ip") == (20, 60)
    assert allauth_limit("reset_password", "key") == (5, 60)


def test_signing_in_from_one_address_is_limited(outsider):
    limit, _seconds = allauth_limit("login", "ip")

    for _ in range(limit):
        client, response = sign_in(outsider.email)
        assert response.status_code == 302
        assert client.session["_auth_user_id"] == str(outsider.pk)
    client, response = sign_in(outsider.email)

    assert_slowed_down(response)
    assert "_auth_user_id" not in client.session


def test_wrong_passwords_for_one_account_are_limited(outsider):
    limit, _seconds = allauth_limit("login_failed", "key")

    for _ in range(limit):
        client, response = sign_in(outsider.email, "wrong password")
        assert response.status_code == 200
        assert bulgarian(TOO_MANY_LOGINS) not in response.content.decode()
    client, response = sign_in(outsider.email)

    assert response.status_code == 200
    assert bulgarian(TOO_MANY_LOGINS) in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_wrong_passwords_from_one_address_are_limited(outsider):
    limit, _seconds = allauth_limit("login_failed", "ip")

    for number in range(limit):
        client, response = sign_in(f"guess{number}@example.org", "wrong password")
        assert response.status_code == 200
        assert bulgarian(TOO_MANY_LOGINS) not in response.content.decode()
    client, response = sign_in(outsider.email)

    assert response.status_code == 200
    assert bulgarian(TOO_MANY_LOGINS) in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_signing_up_from_one_address_is_limited(client):
    limit, _seconds = allauth_limit("signup", "ip")

    def sign_up(number):
        return Client().post(
            "/accounts/signup/",
            {
                "email": f"new{number}@example.org",
                "password1": PASSWORD,
                "password2": PASSWORD,
            },
        )

    for number in range(limit):
        assert sign_up(number).status_code == 302
    response = sign_up(limit)

    assert_slowed_down(response)
    assert User.objects.filter(email__startswith="new").count() == limit


def reset(client, email):
    return client.post("/accounts/password/reset/", {"email": email})


def test_password_resets_for_one_address_are_limited(client, outsider):
    limit, _seconds = allauth_limit("reset_password", "key")

    for _ in range(limit):
        assert reset(client, outsider.email).status_code == 302
    response = reset(client, outsider.email.upper())

    assert_slowed_down(response)
    assert len(mail.outbox) == limit


def test_password_resets_from_one_address_are_limited(client, outsider):
    limit, _seconds = allauth_limit("reset_password", "ip")

    for number in range(limit - 1):
        assert reset(client, f"someone{number}@example.org").status_code == 302
    assert reset(client, outsider.email).status_code == 302
    response = reset(client, outsider.email)

    assert_slowed_down(response)
    assert len(mail.outbox) == 1


# Applying to join the network


def application(number):
    return {
        "name": f"Група „Съседи {number}“",
        "kind": "informal_group",
        "eik": "",
        "municipality": place("kazanlak").pk,
        "settlement": "Казанлък",
        "contact_name": "Петя Колева",
        "contact_email": f"group{number}@example.org",
        "description": "Съседска група.",
        "consent": "on",
    }


def test_applications_from_one_address_are_limited(client):
    limit = services.APPLICATIONS_PER_HOUR

    for number in range(limit):
        assert client.post("/members/join/", application(number)).status_code == 302
    response = client.post("/members/join/", application(limit))

    assert response.status_code == 429
    message = bulgarian(
        "Several applications have come from your address in the last hour. "
        "Please try again later, or write to the coordinators."
    )
    assert message in response.context["form"].non_field_errors()
    assert Application.objects.count() == limit


def test_a_refused_application_does_not_count(client):
    limit = services.APPLICATIONS_PER_HOUR
    for _ in range(limit + 2):
        client.post("/members/join/", {**application(0), "consent": ""})

    response = client.post("/members/join/", application(1))

    assert response.status_code == 302
    assert list(Application.objects.values_list("contact_email", flat=True)) == [
        application(1)["contact_email"]
    ]


# Taking part: supporting, commenting, reporting, registering


def limit_of(action):
    limit, period = django_settings.RATE_LIMITS[action]
    assert period == 3600
    return limit


def test_supporting_is_limited(client, outsider, organisation):
    limit = limit_of("support")
    causes = [
        Cause.objects.create(proposed_by=organisation, title_bg=f"К{n}", summary_bg="x")
        for n in range(limit + 1)
    ]
    client.force_login(outsider)

    for cause in causes[:-1]:
        assert client.post(f"{cause.get_absolute_url()}support/").status_code == 302
    response = client.post(f"{causes[-1].get_absolute_url()}support/")

    assert_slowed_down(response)
    assert response["Retry-After"] == str(django_settings.RATE_LIMITS_RETRY_AFTER)
    assert Support.objects.count() == limit
    assert not causes[-1].supports.exists()


def test_commenting_is_limited(client, outsider, cause):
    limit = limit_of("comment")
    client.force_login(outsider)
    url = f"{cause.get_absolute_url()}comments/"

    for number in range(limit):
        assert client.post(url, {"body": f"Мнение {number}"}).status_code == 302
    response = client.post(url, {"body": "Още едно"})

    assert_slowed_down(response)
    assert Comment.objects.count() == limit


def test_reporting_is_limited(client, outsider, cause):
    limit = limit_of("report")
    comments = [
        Comment.objects.create(cause=cause, author=UserFactory(), body=f"№{n}")
        for n in range(limit + 1)
    ]
    client.force_login(outsider)

    for comment in comments[:-1]:
        response = client.post(f"/causes/comments/{comment.pk}/report/")
        assert response.status_code == 302
    response = client.post(f"/causes/comments/{comments[-1].pk}/report/")

    assert_slowed_down(response)
    assert CommentReport.objects.count() == limit


def test_registering_for_meetings_is_limited(client, outsider):
    limit = limit_of("register")
    meetings = [make_meeting(capacity=10) for _ in range(limit + 1)]
    client.force_login(outsider)

    for meeting in meetings[:-1]:
        response = client.post(f"{meeting.get_absolute_url()}register/")
        assert response.status_code == 302
    response = client.post(f"{meetings[-1].get_absolute_url()}register/")

    assert_slowed_down(response)
    assert response["Retry-After"] == str(django_settings.RATE_LIMITS_RETRY_AFTER)
    assert Registration.objects.count() == limit
    assert not meetings[-1].registrations.exists()
    assert meetings[-1].get_absolute_url() in response.content.decode()


def test_registering_and_cancelling_again_and_again_is_limited(client, outsider):
    limit = limit_of("register")
    meeting = make_meeting(capacity=10)
    client.force_login(outsider)

    for _ in range(limit):
        assert client.post(f"{meeting.get_absolute_url()}register/").status_code == 302
        registration = meeting.registrations.active().get(user=outsider)
        client.post(f"/events/registrations/{registration.pk}/cancel/")
    response = client.post(f"{meeting.get_absolute_url()}register/")

    assert_slowed_down(response)
    assert not meeting.registrations.active().exists()


def test_each_person_has_a_limit_of_their_own(client, outsider, cause, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "comment": (1, 3600)}
    url = f"{cause.get_absolute_url()}comments/"
    client.force_login(outsider)
    client.post(url, {"body": "Първо"})
    assert client.post(url, {"body": "Второ"}).status_code == 429

    client.force_login(UserFactory())

    assert client.post(url, {"body": "Трето"}).status_code == 302
    assert list(Comment.objects.order_by("pk").values_list("body", flat=True)) == [
        "Първо",
        "Трето",
    ]

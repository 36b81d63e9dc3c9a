"""The newsletter without an account: double opt-in, no enumeration, rate
limits, unsubscribing from a page or with one click (RFC 8058), the
coordinators' export, and what GDPR asks of it."""

import csv
import io
import json
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from network_portal.models import Subscriber

pytestmark = pytest.mark.django_db

LINK = re.compile(r"http://testserver(/(?:en/)?newsletter/confirm/[\w-]+/)")


@pytest.fixture
def sign_up(client, django_capture_on_commit_callbacks):
    def post(email="maria@example.org", url="/newsletter/", **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, {"email": email, "consent": "on", **extra})

    return post


def confirmed(email="maria@example.org", language="bg"):
    return Subscriber.objects.create(
        email=email, language=language, confirmed_at=timezone.now()
    )


def test_the_page_explains_and_links_the_privacy_notice(client):
    page = client.get("/newsletter/")

    assert page.status_code == 200
    assert 'href="/privacy/"' in page.content.decode()
    assert 'name="consent"' in page.content.decode()


def test_signing_up_keeps_a_pending_address_and_mails_a_confirmation_link(
    client, sign_up
):
    response = sign_up()

    assert response.status_code == 302
    assert response["Location"] == "/newsletter/"
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "maria@example.org"
    assert subscriber.language == "bg"
    assert subscriber.confirmed_at is None
    (message,) = mail.outbox
    assert message.to == ["maria@example.org"]
    assert "Потвърдете" in message.subject
    assert LINK.search(message.body)[1] == f"/newsletter/confirm/{subscriber.token}/"
    # Not confirmed yet: no one-click unsubscribe for an address not on the list.
    assert "List-Unsubscribe" not in message.extra_headers


def test_the_email_is_in_the_language_of_the_page(sign_up):
    sign_up(url="/en/newsletter/")

    (message,) = mail.outbox
    assert Subscriber.objects.get().language == "en"
    assert message.subject.startswith("Confirm your subscription")
    assert "/en/newsletter/confirm/" in message.body


def test_the_link_only_shows_a_button_and_a_post_confirms(client, sign_up):
    sign_up()
    url = LINK.search(mail.outbox[0].body)[1]

    page = client.get(url)

    assert page.status_code == 200
    assert '<form method="post"' in page.content.decode()
    assert Subscriber.objects.get().confirmed_at is None

    response = client.post(url)

    assert response.status_code == 302
    assert Subscriber.objects.get().confirmed_at is not None


def test_confirming_needs_a_csrf_token(sign_up):
    sign_up()
    url = LINK.search(mail.outbox[0].body)[1]

    response = Client(enforce_csrf_checks=True).post(url)

    assert response.status_code == 403
    assert Subscriber.objects.get().confirmed_at is None


def test_an_unknown_token_confirms_nothing(client):
    pending = Subscriber.objects.create(email="maria@example.org", language="bg")

    assert client.get("/newsletter/confirm/nonsense/").status_code == 404
    assert client.post("/newsletter/confirm/nonsense/").status_code == 404
    pending.refresh_from_db()
    assert pending.confirmed_at is None


@pytest.mark.parametrize("state", ["new", "pending", "confirmed"])
def test_the_answer_is_the_same_for_new_pending_and_confirmed_addresses(
    client, sign_up, state
):
    if state == "pending":
        Subscriber.objects.create(email="maria@example.org", language="bg")
    elif state == "confirmed":
        confirmed()

    response = sign_up(email="Maria@Example.org")
    page = client.get(response["Location"])

    assert response.status_code == 302
    assert response["Location"] == "/newsletter/"
    assert "Изпратихме писмо" in page.content.decode()
    assert Subscriber.objects.filter(email__iexact="maria@example.org").count() == 1
    assert len(mail.outbox) == 1


def test_a_confirmed_address_is_told_how_to_unsubscribe_with_the_headers(sign_up):
    subscriber = confirmed()

    sign_up()

    (message,) = mail.outbox
    url = f"/newsletter/unsubscribe/{subscriber.token}/"
    assert url in message.body
    assert "confirm" not in message.body
    assert message.extra_headers["List-Unsubscribe"] == f"<https://testserver{url}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in str(message.message())


def test_no_second_email_within_a_short_time(sign_up):
    sign_up()
    sign_up()
    assert len(mail.outbox) == 1

    Subscriber.objects.update(mailed_at=timezone.now() - timedelta(hours=1))
    sign_up()

    assert len(mail.outbox) == 2
    assert Subscriber.objects.count() == 1


def test_sign_ups_are_rate_limited_per_client(sign_up, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "newsletter": (2, 3600)}
    sign_up(email="a@example.org")
    sign_up(email="b@example.org")

    response = sign_up(email="c@example.org")

    assert response.status_code == 429
    assert "Retry-After" in response
    assert not Subscriber.objects.filter(email="c@example.org").exists()


def test_bad_input_is_refused_in_bulgarian_and_nothing_is_saved(client):
    response = client.post("/newsletter/", {"email": "не-е-адрес"})

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["email"] == ["Въведете валиден имейл адрес."]
    assert errors["consent"] == ["Моля, съгласете се, за да ви изпращаме новините."]
    assert "error-summary" in response.content.decode()
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_without_consent_nothing_is_saved(client):
    client.post("/newsletter/", {"email": "maria@example.org"})

    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_unsubscribing_from_the_page_deletes_the_address(client):
    subscriber = confirmed()
    url = f"/newsletter/unsubscribe/{subscriber.token}/"

    page = client.get(url)
    assert page.status_code == 200
    assert Subscriber.objects.exists()

    response = client.post(url)

    assert response.status_code == 200
    assert "Отписахте се" in response.content.decode()
    assert not Subscriber.objects.exists()


def test_one_click_unsubscribe_needs_no_csrf_token():
    subscriber = confirmed()
    client = Client(enforce_csrf_checks=True)

    response = client.post(
        f"/newsletter/unsubscribe/{subscriber.token}/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert not Subscriber.objects.exists()


def test_a_wrong_token_unsubscribes_no_one(client):
    confirmed()

    response = client.post(
        "/newsletter/unsubscribe/wrong/", {"List-Unsubscribe": "One-Click"}
    )

    assert response.status_code == 200
    assert Subscriber.objects.count() == 1


def test_the_pages_with_secrets_are_never_cached(client, settings):
    settings.PAGE_CACHE_SECONDS = 300
    subscriber = Subscriber.objects.create(email="maria@example.org", language="bg")

    for url in (
        f"/newsletter/confirm/{subscriber.token}/",
        f"/newsletter/unsubscribe/{subscriber.token}/",
    ):
        assert "no-cache" in client.get(url)["Cache-Control"]


def test_the_sign_up_page_is_cached_with_a_token_for_each_visitor(settings):
    settings.PAGE_CACHE_SECONDS = 300
    Client().get("/newsletter/")
    visitor = Client(enforce_csrf_checks=True)

    page = visitor.get("/newsletter/")

    assert page.context is None  # from the cache
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)[1]
    response = visitor.post(
        "/newsletter/",
        {"csrfmiddlewaretoken": token, "email": "maria@example.org", "consent": "on"},
    )
    assert response.status_code == 302
    assert Subscriber.objects.count() == 1


def test_the_footer_and_the_home_page_link_the_newsletter(client, outsider):
    home = client.get("/").content.decode()

    assert home.count('href="/newsletter/"') == 2  # footer and the hero
    client.force_login(outsider)
    assert 'href="/newsletter/"' in client.get("/privacy/").content.decode()


def test_the_privacy_notice_names_the_newsletter(client):
    page = client.get("/en/privacy/").content.decode()

    assert "newsletter subscriber" in page
    assert "not confirmed within 7 days is deleted" in page


# The coordinators ----------------------------------------------------------


def rows(response):
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_coordinators_export_the_confirmed_subscribers(coordinator_client):
    first = confirmed("a@example.org", "bg")
    confirmed("b@example.org", "en")
    Subscriber.objects.create(email="pending@example.org", language="bg")

    response = coordinator_client.get("/admin/network_portal/subscriber/export/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert rows(response) == [
        ["email", "language", "confirmed_at"],
        ["a@example.org", "bg", first.confirmed_at.isoformat()],
        [
            "b@example.org",
            "en",
            Subscriber.objects.get(language="en").confirmed_at.isoformat(),
        ],
    ]


def test_the_list_has_the_export_button_and_filters(coordinator_client):
    confirmed("a@example.org")
    Subscriber.objects.create(email="pending@example.org", language="bg")

    page = coordinator_client.get(
        "/admin/network_portal/subscriber/?status=pending"
    ).content.decode()

    assert "/admin/network_portal/subscriber/export/" in page
    assert "pending@example.org" in page
    assert "a@example.org" not in page


def test_the_export_action_takes_the_chosen_confirmed_subscribers(
    coordinator_client,
):
    chosen = confirmed("a@example.org")
    confirmed("b@example.org")
    pending = Subscriber.objects.create(email="p@example.org", language="bg")

    response = coordinator_client.post(
        "/admin/network_portal/subscriber/",
        {"action": "export_csv", "_selected_action": [chosen.pk, pending.pk]},
    )

    assert [row[0] for row in rows(response)] == ["email", "a@example.org"]


def test_coordinators_delete_but_do_not_edit_or_add(coordinator_client):
    subscriber = confirmed()
    base = "/admin/network_portal/subscriber"

    assert coordinator_client.get(f"{base}/add/").status_code == 403
    change = coordinator_client.post(
        f"{base}/{subscriber.pk}/change/", {"email": "x@example.org"}
    )
    assert change.status_code == 403
    subscriber.refresh_from_db()
    assert subscriber.email == "maria@example.org"
    coordinator_client.post(f"{base}/{subscriber.pk}/delete/", {"post": "yes"})
    assert not Subscriber.objects.exists()


@pytest.mark.parametrize("who", ["anonymous", "supporter"])
def test_others_may_not_export(client, outsider, who):
    confirmed()
    if who == "supporter":
        client.force_login(outsider)

    response = client.get("/admin/network_portal/subscriber/export/")

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


# GDPR ----------------------------------------------------------------------


def test_the_purge_deletes_sign_ups_unconfirmed_after_a_week():
    old = timezone.now() - timedelta(days=8)
    stale = Subscriber.objects.create(email="stale@example.org", language="bg")
    fresh = Subscriber.objects.create(email="fresh@example.org", language="bg")
    kept = confirmed("kept@example.org")
    Subscriber.objects.filter(pk__in=[stale.pk, kept.pk]).update(created_at=old)
    out = io.StringIO()

    call_command("purge_personal_data", stdout=out)

    assert set(Subscriber.objects.values_list("email", flat=True)) == {
        fresh.email,
        kept.email,
    }
    assert "1 unconfirmed newsletter sign-up(s) deleted" in out.getvalue()


def test_the_persons_data_includes_their_subscription(client, outsider):
    subscriber = confirmed(outsider.email.upper(), "en")
    client.force_login(outsider)

    data = json.loads(client.get("/en/dashboard/account/my-data.json").content)

    assert data["newsletter"] == {
        "email": subscriber.email,
        "language": "en",
        "signed_up": subscriber.created_at.isoformat(),
        "confirmed": subscriber.confirmed_at.isoformat(),
    }


def test_the_persons_data_without_a_subscription(client, outsider):
    confirmed("someone-else@example.org")
    client.force_login(outsider)

    data = json.loads(client.get("/en/dashboard/account/my-data.json").content)

    assert data["newsletter"] is None

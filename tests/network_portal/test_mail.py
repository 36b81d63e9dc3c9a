"""With the mail server down, what a person does still succeeds: the e-mail is
kept, reported, and sent again once the server is back."""

import io
import logging
import smtplib

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command

from events.models import Registration
from network_portal.mail import ReadableConsoleBackend, freeze, thaw
from network_portal.models import FailedEmail
from tests.events.test_meetings import make_meeting
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


class ServerDown(BaseEmailBackend):
    """A mail server that does not answer."""

    def open(self):
        raise ConnectionRefusedError(111, "Connection refused")

    def send_messages(self, email_messages):
        self.open()


class RefusesSome(BaseEmailBackend):
    """A mail server that drops the connection for one recipient."""

    def send_messages(self, email_messages):
        for message in email_messages:
            if "refused@" in message.to[0]:
                raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
            mail.outbox.append(message)
        return len(email_messages)


@pytest.fixture
def server(settings):
    """The portal's own mailers, delivering through a server that is down;
    `server("…")` puts another one in its place."""

    def deliver_with(backend):
        settings.MAILERS = {
            "default": {
                "BACKEND": "network_portal.mail.KeepingBackend",
                "OPTIONS": {"deliver_with": "delivery"},
            },
            "delivery": {"BACKEND": backend},
        }

    deliver_with(f"{__name__}.ServerDown")
    return deliver_with


def test_registering_succeeds_while_the_mail_server_is_down(
    client, outsider, server, caplog, django_capture_on_commit_callbacks
):
    meeting = make_meeting()
    client.force_login(outsider)

    with (
        caplog.at_level(logging.ERROR, logger="network_portal.mail"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(f"/en/events/{meeting.slug}/register/")

    assert response.status_code == 302
    assert Registration.objects.filter(meeting=meeting, user=outsider).exists()
    (kept,) = FailedEmail.objects.all()
    assert "ConnectionRefusedError" in kept.error
    assert "did not take 1 message(s)" in caplog.text
    assert outsider.email not in caplog.text  # the log keeps no addresses

    server("django.core.mail.backends.locmem.EmailBackend")
    call_command("send_failed_mail", stdout=io.StringIO())

    (sent,) = mail.outbox
    assert sent.to == [outsider.email]
    assert sent.subject == kept.subject
    assert sent.attachments[0].filename.endswith(".ics")  # the calendar too
    assert not FailedEmail.objects.exists()


def test_signing_up_succeeds_while_the_mail_server_is_down(client, server):
    response = client.post(
        "/en/accounts/signup/",
        {"email": "new@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )

    assert response.status_code == 302
    assert FailedEmail.objects.get().message["to"] == ["new@example.org"]


def test_a_message_still_failing_counts_another_attempt(server):
    EmailMultiAlternatives("Здравейте", "Текст", to=["a@example.org"]).send()

    call_command("send_failed_mail", stdout=io.StringIO())

    assert FailedEmail.objects.get().attempts == 2
    assert mail.outbox == []


def test_only_the_messages_the_server_refused_are_kept(server):
    server(f"{__name__}.RefusesSome")
    messages = [
        EmailMultiAlternatives("Първо", "…", to=["taken@example.org"]),
        EmailMultiAlternatives("Второ", "…", to=["refused@example.org"]),
        EmailMultiAlternatives("Трето", "…", to=["taken2@example.org"]),
    ]

    sent = mail.mailers.default.send_messages(messages)

    assert sent == 2
    assert [m.subject for m in mail.outbox] == ["Първо", "Трето"]
    assert FailedEmail.objects.get().subject == "Второ"


def test_a_kept_message_comes_back_whole():
    message = EmailMultiAlternatives(
        "Покана",
        "Текстът",
        from_email="Синергия <no-reply@example.org>",
        to=["a@example.org"],
        cc=["b@example.org"],
        reply_to=["c@example.org"],
        headers={"List-Id": "synergy"},
    )
    message.attach_alternative("<p>Текстът</p>", "text/html")
    message.attach("meeting.ics", "BEGIN:VCALENDAR", "text/calendar")
    message.attach("logo.png", b"\x89PNG\r\n", "image/png")

    again = thaw(freeze(message))

    assert freeze(again) == freeze(message)
    assert again.message().as_bytes().count(b"Content-Disposition") == 2


def test_coordinators_see_and_resend_kept_mail(coordinator_client, server):
    EmailMultiAlternatives("Здравейте", "Текст", to=["a@example.org"]).send()
    kept = FailedEmail.objects.get()

    listed = coordinator_client.get("/admin/network_portal/failedemail/")
    server("django.core.mail.backends.locmem.EmailBackend")
    coordinator_client.post(
        "/admin/network_portal/failedemail/",
        {"action": "send_again", "_selected_action": [kept.pk]},
    )

    assert listed.status_code == 200
    assert "Здравейте" in listed.content.decode()
    assert [m.subject for m in mail.outbox] == ["Здравейте"]
    assert not FailedEmail.objects.exists()


def test_development_mail_reads_on_the_console_in_utf_8():
    stream = io.StringIO()
    message = EmailMultiAlternatives(
        subject="Потвърдете имейл адреса си",
        body="Здравейте,\n\nпотвърдете адреса си, като отворите връзката.",
        from_email="Мрежа „Синергия“ <no-reply@localhost>",
        to=["ivan@example.org"],
    )
    message.attach_alternative("<p>Здравейте,</p>", "text/html")
    message.attach("програма.txt", "Програма на срещата", "text/plain")

    ReadableConsoleBackend(stream=stream).send_messages([message])

    written = stream.getvalue()
    assert "Subject: Потвърдете имейл адреса си" in written
    assert "From: Мрежа „Синергия“ <no-reply@localhost>" in written
    assert "потвърдете адреса си, като отворите връзката." in written
    assert "<p>Здравейте,</p>" in written
    assert "[text/plain attached: програма.txt, " in written
    assert "base64" not in written.lower()

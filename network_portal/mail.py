"""E-mail that never breaks what a person just did: when the mail server is
down, the action still succeeds; the message is kept, reported in the log
and in the admin, and sent again by `send_failed_mail` (run from cron).

The default mailer is `KeepingBackend`, which hands each message to the
mailer named by its `deliver_with` option (SMTP in production) and keeps the
messages that the server did not take.
"""

import base64
import contextlib
import logging
import smtplib
from email import message_from_bytes
from email.mime.base import MIMEBase

from django.core.mail import EmailMultiAlternatives, mailers
from django.core.mail.backends import console
from django.core.mail.backends.base import BaseEmailBackend

logger = logging.getLogger(__name__)

# What a mail server that is down, refuses or times out raises.
FAILURES = (OSError, smtplib.SMTPException)


class KeepingBackend(BaseEmailBackend):
    def __init__(self, *, deliver_with, **kwargs):
        super().__init__(**kwargs)
        self.deliver_with = deliver_with

    def send_messages(self, email_messages):
        if not email_messages:
            return 0
        mailer = mailers[self.deliver_with]
        try:
            mailer.open()
        except FAILURES as error:
            keep(email_messages, error)
            return 0
        sent = 0
        try:
            for message in email_messages:
                # One at a time: those sent before a failure are not kept.
                try:
                    sent += mailer.send_messages([message])
                except FAILURES as error:
                    keep([message], error)
        finally:
            # The server may go away after it took what it took.
            with contextlib.suppress(*FAILURES):
                mailer.close()
        return sent


class ReadableConsoleBackend(console.EmailBackend):
    """Development mail on the console as a person reads it: the headers
    decoded and each text part in UTF-8, where the message as sent carries
    Cyrillic in base64."""

    SHOWN_HEADERS = ("From", "To", "Cc", "Reply-To", "Subject", "Date")

    def write_message(self, message):
        mail = message.message()
        lines = [f"{name}: {mail[name]}" for name in self.SHOWN_HEADERS if mail[name]]
        for part in mail.walk():
            if part.is_multipart():
                continue
            kind = part.get_content_type()
            if part.get_filename():
                size = len(part.get_payload(decode=True) or b"")
                lines += ["", f"[{kind} attached: {part.get_filename()}, {size} bytes]"]
            elif part.get_content_maintype() == "text":
                lines += ["", f"[{kind}]", part.get_content().rstrip()]
        self.stream.write("\n".join(lines) + "\n" + "-" * 79 + "\n")


def keep(email_messages, error):
    from network_portal.models import FailedEmail

    for message in email_messages:
        FailedEmail.objects.create(
            subject=str(message.subject)[:300],
            message=freeze(message),
            error=f"{type(error).__name__}: {error}"[:1000],
        )
    # How many, and why; not to whom: the log keeps no addresses.
    logger.error(
        "The mail server did not take %d message(s) (%s); kept to send again.",
        len(email_messages),
        type(error).__name__,
    )


def send_again(kept):
    """Sends the kept e-mails again, each through the delivering mailer: a
    sent one is forgotten, a failing one counts another attempt. Returns
    (sent, still failing)."""
    from django.conf import settings

    deliver_with = (
        settings.MAILERS["default"].get("OPTIONS", {}).get("deliver_with", "default")
    )
    sent = failed = 0
    for email in kept:
        try:
            mailers[deliver_with].send_messages([thaw(email.message)])
        except FAILURES as error:
            email.attempts += 1
            email.error = f"{type(error).__name__}: {error}"[:1000]
            email.save(update_fields=["attempts", "error"])
            failed += 1
        else:
            email.delete()
            sent += 1
    return sent, failed


def freeze(message):
    """The message as JSON, to be rebuilt by `thaw`."""
    attachments = []
    for attachment in message.attachments:
        if isinstance(attachment, MIMEBase):
            attachments.append({"mime": _b64(attachment.as_bytes())})
            continue
        filename, content, mimetype = attachment
        if isinstance(content, str):
            attachments.append(
                {"filename": filename, "text": content, "mimetype": mimetype}
            )
        else:
            attachments.append(
                {"filename": filename, "bytes": _b64(content), "mimetype": mimetype}
            )
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [
            [str(content), mimetype]
            for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": attachments,
    }


def thaw(data):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for attachment in data["attachments"]:
        if "mime" in attachment:
            message.attach(message_from_bytes(base64.b64decode(attachment["mime"])))
        else:
            content = attachment.get("text")
            if content is None:
                content = base64.b64decode(attachment["bytes"])
            message.attach(attachment["filename"], content, attachment["mimetype"])
    return message


def _b64(content):
    return base64.b64encode(content).decode("ascii")

"""Personal data the portal no longer needs, deleted: accounts whose e-mail
address was never verified, invitations that expired unanswered, newsletter
sign-ups never confirmed, and e-mails the mail server would not take for a
month. Meant to run daily (see the
README)."""

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from members.models import Invitation
from network_portal.models import FailedEmail, Subscriber

# How long an e-mail the server would not take is tried again.
FAILED_EMAIL_DAYS = 30
# How long a newsletter sign-up waits for its confirmation.
UNCONFIRMED_SUBSCRIBER_DAYS = 7


class Command(BaseCommand):
    help = (
        "Delete accounts never verified within --days of signing up, "
        "invitations that expired unanswered, e-mails unsent for a month and "
        "newsletter sign-ups unconfirmed for a week."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=14,
            help="How long an account may wait for its address to be verified.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Count, and delete nothing."
        )

    def handle(self, *args, days, dry_run, **options):
        now = timezone.now()
        verified = EmailAddress.objects.filter(verified=True).values("user")
        accounts = (
            get_user_model()
            .objects.filter(
                date_joined__lt=now - timedelta(days=days),
                is_staff=False,
                is_superuser=False,
                roles__isnull=True,
            )
            .exclude(pk__in=verified)
        )
        invitations = Invitation.objects.filter(
            accepted_at__isnull=True, expires_at__lt=now
        )
        emails = FailedEmail.objects.filter(
            failed_at__lt=now - timedelta(days=FAILED_EMAIL_DAYS)
        )
        subscribers = Subscriber.objects.filter(
            confirmed_at__isnull=True,
            created_at__lt=now - timedelta(days=UNCONFIRMED_SUBSCRIBER_DAYS),
        )
        counts = (
            accounts.count(),
            invitations.count(),
            emails.count(),
            subscribers.count(),
        )
        if not dry_run:
            with transaction.atomic():
                accounts.delete()
                invitations.delete()
                emails.delete()
                subscribers.delete()
        verb = "would be deleted" if dry_run else "deleted"
        self.stdout.write(
            f"{counts[0]} unverified account(s), {counts[1]} expired "
            f"invitation(s), {counts[2]} unsent e-mail(s) and {counts[3]} "
            f"unconfirmed newsletter sign-up(s) {verb}."
        )

"""E-mails the mail server did not take, sent again (run it every few
minutes from cron; see the README)."""

from django.core.management.base import BaseCommand

from network_portal import mail
from network_portal.models import FailedEmail


class Command(BaseCommand):
    help = "Send again the e-mails the mail server did not take."

    def handle(self, *args, **options):
        sent, failed = mail.send_again(FailedEmail.objects.all())
        self.stdout.write(f"{sent} sent, {failed} still failing.")

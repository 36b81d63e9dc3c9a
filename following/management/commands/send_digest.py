"""Send the weekly digest of what each person follows.

Run it once a week from cron, for example on Monday morning:

    0 8 * * 1  cd /srv/portal && .venv/bin/python manage.py send_digest

A person gets at most one digest a week, however often the command runs,
and none when nothing they follow is new.
"""

from django.core.management.base import BaseCommand

from following.digest import send_digests


class Command(BaseCommand):
    help = "Send the weekly digest of what each person follows."

    def handle(self, *args, **options):
        sent = send_digests()
        self.stdout.write(f"{sent} digest(s) sent.")

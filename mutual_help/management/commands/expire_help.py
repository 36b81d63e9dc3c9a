"""Expire requests and offers of help past their last day, and remind the
editors of open ones that end within a few days.

Run it once a day from cron, for example:

    30 6 * * *  cd /srv/portal && .venv/bin/python manage.py expire_help

Each item is reminded of once, however often the command runs.
"""

from django.core.management.base import BaseCommand

from mutual_help.services import expire, remind


class Command(BaseCommand):
    help = "Expire requests and offers of help past their date; remind before."

    def handle(self, *args, **options):
        reminded = remind()
        expired = expire()
        self.stdout.write(f"{expired} expired, {reminded} reminder(s) sent.")

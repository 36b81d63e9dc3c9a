"""Remind the people registered for meetings that start within a day.

Run it every hour from cron, for example:

    0 * * * *  cd /srv/portal && .venv/bin/python manage.py send_meeting_reminders

Each meeting is reminded of once, however often the command runs.
"""

from django.core.management.base import BaseCommand

from events.services import send_reminders


class Command(BaseCommand):
    help = "Send reminders for meetings that start within the next day."

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(f"{sent} reminder(s) sent.")

"""Tell the editors of the organisations that sent a proposal to an
institution that its answer falls due: a few days before
(`PROPOSAL_REMIND_DAYS`) and on the day.

Run it once a day from cron, for example:

    45 6 * * *  cd /srv/portal && .venv/bin/python manage.py remind_proposals

Each proposal is reminded of once a day, however often the command runs.
"""

from django.core.management.base import BaseCommand

from causes.services import remind_of_due_answers


class Command(BaseCommand):
    help = "Remind the senders' editors of proposals whose answer falls due."

    def handle(self, *args, **options):
        sent = remind_of_due_answers()
        self.stdout.write(f"{sent} reminder(s) sent.")

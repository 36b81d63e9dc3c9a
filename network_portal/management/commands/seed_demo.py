"""Load the demo network: the coordinating club's demo accounts, and more as
the portal grows. Safe to run again: it updates what it created."""

import secrets

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from capacity.demo import seed_capacity
from causes.demo import seed_causes
from events.demo import seed_meetings
from following.demo import seed_following
from following.services import muted
from members.demo import seed_activities, seed_registry
from members.practice_demo import seed_practices
from mutual_help.demo import seed_help
from network_portal.coordinators import sync_coordinators_group
from network_portal.demo import project_period, seed_project

DEMO_ACCOUNTS = [
    # e-mail, first name, last name, is coordinator
    ("coordinator@example.org", "Мария", "Петрова", True),
    ("editor@example.org", "Георги", "Иванов", False),
    ("supporter@example.org", "Елена", "Димитрова", False),
]


class Command(BaseCommand):
    help = "Create or update the demo network and its demo accounts."

    def add_arguments(self, parser):
        parser.add_argument(
            "--password",
            help="Password of the demo accounts (a random one is printed if omitted).",
        )
        parser.add_argument(
            "--once",
            action="store_true",
            help="Do nothing if the demo network is already loaded.",
        )

    @transaction.atomic
    def handle(self, *args, password=None, once=False, **options):
        User = get_user_model()
        if once and User.objects.filter(email=DEMO_ACCOUNTS[0][0]).exists():
            self.stdout.write(
                "The demo network is already loaded; "
                "`manage.py seed_demo --password …` resets its passwords."
            )
            return
        password = password or secrets.token_urlsafe(12)
        coordinators = sync_coordinators_group()
        for email, first_name, last_name, is_coordinator in DEMO_ACCOUNTS:
            user, _ = User.objects.update_or_create(
                email=email,
                defaults={
                    "first_name": first_name,
                    "last_name": last_name,
                    "is_staff": is_coordinator,
                    "is_superuser": False,
                    "is_active": True,
                },
            )
            user.set_password(password)
            user.save(update_fields=["password"])
            if is_coordinator:
                user.groups.add(coordinators)
            EmailAddress.objects.update_or_create(
                user=user, email=email, defaults={"verified": True, "primary": True}
            )
        people = {
            user.email: user
            for user in User.objects.filter(email__endswith="@example.org")
        }
        # The demo's causes and meetings tell no one: the demo people find
        # a few notifications of their own instead.
        with muted():
            seed_registry(
                editor=people["editor@example.org"],
                representative=people["coordinator@example.org"],
            )
            seed_activities(
                verifier=people["coordinator@example.org"], today=timezone.localdate()
            )
            seed_practices(today=timezone.localdate())
            seed_help(
                today=timezone.localdate(), supporter=people["supporter@example.org"]
            )
            seed_capacity(
                project_start=project_period(timezone.localdate())[0],
                today=timezone.localdate(),
            )
            seed_causes(people=list(people.values()))
            seed_meetings(
                people=list(User.objects.filter(email__endswith="@example.net"))
            )
        seed_following(
            supporter=people["supporter@example.org"],
            editor=people["editor@example.org"],
            coordinator=people["coordinator@example.org"],
        )
        seed_project(today=timezone.localdate())
        self.stdout.write(self.style.SUCCESS("Demo network ready."))
        for email, *_ in DEMO_ACCOUNTS:
            self.stdout.write(f"  {email}  password: {password}")

"""Grow the demo network N-fold for the benchmark: every organisation,
activity (with its photos and results), cause (with its co-sponsors,
supporters, comments, history and the proposals sent for it, to the same
institutions) and meeting (with its registrations and attendance) of the
demo comes back N − 1 more times, under numbered names, through bulk
inserts. The photos' files are shared, not copied.

    python manage.py seed_demo --once && python manage.py seed_bench --scale 100
"""

import copy
import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models.base import ModelState

from causes.models import (
    Cause,
    Comment,
    CoSponsorship,
    Proposal,
    StatusChange,
    Support,
)
from events.models import Attendance, Meeting, Registration
from members.demo import demo_eik
from members.models import (
    Activity,
    ActivityPhoto,
    Organisation,
    Practice,
    Result,
    Reuse,
    recount,
    recount_years,
)
from network_portal import search

BATCH = 2000
SUPPORTERS_PER_COPY = 24


def clone(instance, **changes):
    """An unsaved copy of a row with some fields changed."""
    duplicate = copy.copy(instance)
    duplicate._state = ModelState()
    duplicate.pk = None
    for field, value in changes.items():
        setattr(duplicate, field, value)
    return duplicate


def copy_rows(rows, **changes):
    """Bulk-insert a copy of each row. A dict in `changes` points that foreign
    key at the parent's copy (old primary key → copy), where it has one; any
    other value is set as it is."""
    copies = []
    for row in rows:
        changed = {}
        for field, value in changes.items():
            if isinstance(value, dict):
                value = value.get(getattr(row, f"{field}_id"))
            if value is not None:
                changed[field] = value
        copies.append(clone(row, **changed))
    rows.model.objects.bulk_create(copies, batch_size=BATCH)


def copy_links(through, owner, copies, other, other_copies=None):
    """Bulk-insert the many-to-many links of the copied rows: `owner` (the
    through table's field) points at the row's copy (`copies`, old primary
    key → copy), `other` at the other side's copy where `other_copies` has
    one, else at the same row (a topic)."""
    other_copies = other_copies or {}
    links = []
    for row in through.objects.filter(**{f"{owner}__in": list(copies)}):
        target = getattr(row, f"{other}_id")
        if target in other_copies:
            target = other_copies[target].pk
        links.append(
            through(
                **{
                    f"{owner}_id": copies[getattr(row, f"{owner}_id")].pk,
                    f"{other}_id": target,
                }
            )
        )
    through.objects.bulk_create(links, batch_size=BATCH)


def renamed(instance, field, copy_number):
    """The field's value in every language, numbered for the copy."""
    changes = {}
    for name in (field, f"{field}_bg", f"{field}_en"):
        value = getattr(instance, name, None)
        if value:
            changes[name] = f"{value} {copy_number}"
    return changes


def originals(rows):
    """The rows of the demo itself, not the copies: a copy's slug ends in
    "-b" and its copy number."""
    return rows.exclude(slug__regex=r"-b\d+$")


def numbered(instance, number, field="title", **changes):
    """An unsaved copy of a row for copy `number`: its slug and its `field`
    in every language numbered, other fields changed."""
    return clone(
        instance,
        slug=f"{instance.slug}-b{number}",
        **changes,
        **renamed(instance, field, number),
    )


def copy_numbered(rows, number, **parents):
    """Bulk-insert a numbered copy of each row, each foreign key named in
    `parents` pointed at its parent's copy (old primary key → copy; None
    where the parent has none); the copies, by the old primary key."""
    copies = {
        row.pk: numbered(
            row,
            number,
            **{
                field: copied.get(getattr(row, f"{field}_id"))
                for field, copied in parents.items()
            },
        )
        for row in rows
    }
    rows.model.objects.bulk_create(copies.values(), batch_size=BATCH)
    return copies


class Command(BaseCommand):
    help = "Grow the demo network N-fold with bulk inserts, for the benchmark."

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, required=True)

    def handle(self, *args, scale, **options):
        if scale < 1:
            raise CommandError("--scale is at least 1.")
        if not Organisation.objects.exists():
            call_command("seed_demo", "--once", stdout=self.stdout)
        demo = originals(Organisation.objects)
        already = Organisation.objects.count() // max(1, demo.count())
        with transaction.atomic():
            for number in range(already + 1, scale + 1):
                self.copy(number)
            # Bulk inserts send no signals: the indicators' totals and the
            # activities by year, and the causes' supporters and co-sponsors,
            # counted once for all the copies.
            recount()
            recount_years()
            Cause.objects.recount()
        indexed = search.rebuild()
        self.stdout.write(
            f"{Organisation.objects.count()} organisations, "
            f"{Activity.objects.count()} activities, "
            f"{Support.objects.count()} supports, "
            f"{Registration.objects.count()} registrations; "
            f"{indexed} objects indexed."
        )

    def copy(self, number):
        base = originals(Organisation.objects).order_by("pk")
        taken = set(
            Organisation.objects.exclude(eik=None).values_list("eik", flat=True)
        )
        rng = random.Random(number)  # noqa: S311 - the same bench every run
        organisations = {}
        for organisation in base:
            eik = None
            while organisation.eik and (eik is None or eik in taken):
                eik = demo_eik(rng)
            taken.add(eik)
            organisations[organisation.pk] = numbered(
                organisation,
                number,
                "name",
                eik=eik,
                is_coordinator=False,  # one club coordinates the network
            )
        Organisation.objects.bulk_create(organisations.values(), batch_size=BATCH)
        copy_links(Organisation.topics.through, "organisation", organisations, "topic")
        self.copy_activities(base, organisations, number)
        self.copy_practices(base, organisations, number)
        people = self.supporters(number)
        self.copy_causes(organisations, people, number)
        self.copy_meetings(organisations, people, number)

    def copy_activities(self, base, organisations, number):
        activities = {}
        for activity in Activity.objects.filter(organisation__in=base):
            activities[activity.pk] = numbered(
                activity,
                number,
                organisation=organisations[activity.organisation_id],
                starts_on=activity.starts_on - timedelta(days=7 * (number % 52)),
                ends_on=None,
            )
        Activity.objects.bulk_create(activities.values(), batch_size=BATCH)
        copy_rows(
            ActivityPhoto.objects.filter(activity__in=activities), activity=activities
        )
        copy_rows(Result.objects.filter(activity__in=activities), activity=activities)

    def copy_practices(self, base, organisations, number):
        practices = copy_numbered(
            Practice.objects.filter(organisation__in=base),
            number,
            organisation=organisations,
        )
        copy_links(Practice.topics.through, "practice", practices, "topic")
        copy_rows(
            Reuse.objects.filter(
                practice__in=practices, organisation__in=organisations
            ),
            practice=practices,
            organisation=organisations,
        )

    def supporters(self, number):
        User = get_user_model()
        unusable = make_password(None)  # they support; they never sign in
        people = [
            User(email=f"bench{number}-{n}@example.net", password=unusable)
            for n in range(SUPPORTERS_PER_COPY)
        ]
        return User.objects.bulk_create(people, batch_size=BATCH)

    def copy_causes(self, organisations, people, number):
        base = originals(Cause.objects.filter(proposed_by__in=organisations))
        # bulk_create skips save(): the history's first step is added below.
        causes = copy_numbered(base, number, proposed_by=organisations)
        copy_rows(StatusChange.objects.filter(cause__in=base), cause=causes)
        copy_rows(
            CoSponsorship.objects.filter(cause__in=base),
            cause=causes,
            organisation=organisations,
        )
        Support.objects.bulk_create(
            [
                Support(cause=cause, user=person)
                for index, cause in enumerate(causes.values())
                for person in people[: 3 + (index * 7) % len(people)]
            ],
            batch_size=BATCH,
        )
        copy_rows(
            Comment.objects.filter(cause__in=base), cause=causes, author=people[0]
        )
        self.copy_proposals(organisations, causes, number)

    def copy_proposals(self, organisations, causes, number):
        """The proposals the copied members sent, to the same institutions,
        for the copied causes, with their co-signers."""
        base = originals(Proposal.objects.filter(organisation__in=organisations))
        proposals = copy_numbered(
            base, number, organisation=organisations, cause=causes
        )
        copy_links(
            Proposal.co_signers.through,
            "proposal",
            proposals,
            "organisation",
            organisations,
        )

    def copy_meetings(self, organisations, people, number):
        base = originals(Meeting.objects)
        meetings = {}
        shift = timedelta(days=14 * number)
        for meeting in base:
            later = meeting.starts_at > meeting.created_at
            moved = shift if later else -shift
            meetings[meeting.pk] = numbered(
                meeting,
                number,
                starts_at=meeting.starts_at + moved,
                ends_at=meeting.ends_at + moved,
                registration_closes_at=None,
            )
        Meeting.objects.bulk_create(meetings.values(), batch_size=BATCH)
        copy_rows(
            Attendance.objects.filter(meeting__in=base),
            meeting=meetings,
            organisation=organisations,
        )
        Registration.objects.bulk_create(
            [
                Registration(
                    meeting=meeting,
                    user=person,
                    name=f"Участник {n}",
                    email=person.email,
                    status=Registration.Status.CONFIRMED,
                )
                for meeting in meetings.values()
                if meeting.capacity is None or meeting.capacity > 12
                for n, person in enumerate(people[:12])
            ],
            batch_size=BATCH,
        )

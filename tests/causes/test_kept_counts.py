"""A cause's supporters and co-sponsors kept as counts on it: after every
change of its supports and co-sponsorships, and after the cause itself is
saved with the counts it was read with, they are what counting its rows
gives; the migration fills them from the rows already there."""

import importlib

import pytest
from django.apps import apps as django_apps
from django.db import transaction

from causes.models import Cause, CoSponsorship, Support
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def propose():
    return Cause.objects.create(
        proposed_by=OrganisationFactory(),
        title="Достъпна градска среда",
        title_bg="Достъпна градска среда",
        summary_bg="Рампи и тротоари за всички.",
    )


def kept(cause):
    cause = Cause.objects.get(pk=cause.pk)
    return cause.supporter_count, cause.co_sponsor_count


def counted(cause):
    return (
        Support.objects.filter(cause=cause).count(),
        CoSponsorship.objects.filter(cause=cause).count(),
    )


def test_the_counts_follow_supports_and_co_sponsorships(owner):
    cause, other = propose(), propose()
    people = UserFactory.create_batch(3)
    for person in people:
        cause.support(user=person)
    other.support(user=people[0])
    organisation = OrganisationFactory()
    cause.add_co_sponsor(organisation=organisation, by=owner)
    assert kept(cause) == counted(cause) == (3, 1)
    assert kept(other) == counted(other) == (1, 0)

    cause.withdraw_support(user=people[1])
    cause.remove_co_sponsor(organisation=organisation)
    people[2].delete()

    assert kept(cause) == counted(cause) == (1, 0)
    assert kept(other) == (1, 0)


def test_a_cause_saved_with_the_counts_it_was_read_with_keeps_the_right_ones():
    cause = propose()
    read_before = Cause.objects.get(pk=cause.pk)
    cause.support(user=UserFactory())

    read_before.summary_bg = "Рампи, тротоари и светофари."
    read_before.save()

    assert kept(cause) == counted(cause) == (1, 0)


def test_a_change_rolled_back_leaves_the_counts_as_they_were():
    cause = propose()
    cause.support(user=UserFactory())

    with pytest.raises(RuntimeError), transaction.atomic():
        cause.support(user=UserFactory())
        assert kept(cause) == (2, 0)  # within the change
        raise RuntimeError

    assert kept(cause) == counted(cause) == (1, 0)


def test_the_migration_counts_the_rows_already_there(owner):
    cause = propose()
    cause.support(user=UserFactory())
    cause.support(user=UserFactory())
    cause.add_co_sponsor(organisation=OrganisationFactory(), by=owner)
    Cause.objects.update(supporter_count=0, co_sponsor_count=0)

    migration = importlib.import_module("causes.migrations.0008_kept_counts")
    migration.fill(django_apps, None)

    assert kept(cause) == counted(cause) == (2, 1)


def test_the_list_most_supported_first_reads_the_kept_counts(client):
    quiet, loud = propose(), propose()
    loud.support(user=UserFactory())
    Cause.objects.filter(pk=quiet.pk).update(supporter_count=7)

    listed = client.get("/causes/?sort=supported").context["causes"]

    assert [cause.pk for cause in listed] == [quiet.pk, loud.pk]

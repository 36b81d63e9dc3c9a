"""Causes keep their lifecycle: co-sponsors back them, supporters count once,
and every change of status is recorded."""

import threading
import time

import pytest
from django.core.exceptions import ValidationError
from django.db import OperationalError, connection
from django.utils import translation
from django.utils.translation import gettext

from causes.models import Cause, Status, Support
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def propose(organisation=None, **fields):
    return Cause.objects.create(
        proposed_by=organisation or OrganisationFactory(),
        title="Достъпна градска среда",
        title_bg="Достъпна градска среда",
        summary_bg="Рампи и тротоари за всички.",
        **fields,
    )


def test_a_new_cause_is_proposed_and_its_history_starts(owner, organisation):
    cause = propose(organisation, filed_by=owner)

    assert cause.status == Status.PROPOSED
    assert cause.slug == "dostapna-gradska-sreda"
    (start,) = cause.history.all()
    assert (start.from_status, start.to_status, start.changed_by) == (
        "",
        "proposed",
        owner,
    )


def test_a_change_of_status_records_when_who_and_why(coordinator):
    cause = propose()

    cause.change_status(
        to=Status.ON_AGENDA, by=coordinator, reason="За следващата среща."
    )

    cause.refresh_from_db()
    change = cause.history.last()
    assert cause.status == Status.ON_AGENDA
    assert (change.from_status, change.to_status) == ("proposed", "on_agenda")
    assert change.changed_by == coordinator
    assert change.reason == "За следващата среща."
    assert cause.status_changed_at == change.changed_at


@pytest.mark.parametrize(
    ("path", "impossible"),
    [
        ([], Status.ACHIEVED),
        ([], Status.ADOPTED),
        ([Status.WITHDRAWN], Status.PROPOSED),
        ([Status.ON_AGENDA, Status.DECLINED], Status.ADOPTED),
        ([Status.ON_AGENDA, Status.ADOPTED, Status.CLOSED], Status.IN_PROGRESS),
    ],
)
def test_impossible_moves_are_refused_with_a_clear_message(path, impossible):
    cause = propose()
    for status in path:
        cause.change_status(to=status)

    with pytest.raises(ValidationError) as error:
        cause.change_status(to=impossible)

    assert error.value.code == "impossible_transition"
    assert (
        "cannot become" in error.value.messages[0]
        or "не може" in (error.value.messages[0])
    )
    cause.refresh_from_db()
    assert cause.status == (path[-1] if path else Status.PROPOSED)


def test_the_whole_way_from_proposed_to_achieved():
    cause = propose()

    for status in [
        Status.BACKED,
        Status.ON_AGENDA,
        Status.ADOPTED,
        Status.IN_PROGRESS,
        Status.ACHIEVED,
    ]:
        cause.change_status(to=status)

    assert [c.to_status for c in cause.history.all()] == [
        "proposed",
        "backed",
        "on_agenda",
        "adopted",
        "in_progress",
        "achieved",
    ]


def test_the_third_co_sponsor_backs_the_cause(owner):
    cause = propose()
    first, second, third = (OrganisationFactory() for _ in range(3))

    cause.add_co_sponsor(organisation=first, by=owner)
    cause.add_co_sponsor(organisation=second, by=owner)
    assert Cause.objects.get(pk=cause.pk).status == Status.PROPOSED

    cause.add_co_sponsor(organisation=third, by=owner)

    cause.refresh_from_db()
    assert cause.status == Status.BACKED
    backed = cause.history.last()
    assert backed.to_status == Status.BACKED
    assert backed.changed_by == owner
    assert backed.reason_en == "Backed by 3 member organisations."
    with translation.override("bg"):
        assert backed.reason_bg == (
            gettext("Backed by %(count)d member organisations.") % {"count": 3}
        )


def test_the_threshold_is_configurable(settings, owner):
    settings.CAUSE_BACKING_THRESHOLD = 1
    cause = propose()

    cause.add_co_sponsor(organisation=OrganisationFactory(), by=owner)

    cause.refresh_from_db()
    assert cause.status == Status.BACKED


def test_an_organisation_co_sponsors_once_and_not_its_own_cause(owner, organisation):
    cause = propose(organisation)
    other = OrganisationFactory()

    cause.add_co_sponsor(organisation=other, by=owner)
    cause.add_co_sponsor(organisation=other, by=owner)
    with pytest.raises(ValidationError):
        cause.add_co_sponsor(organisation=organisation, by=owner)

    assert cause.co_sponsorships.count() == 1


def test_former_members_do_not_co_sponsor(owner):
    cause = propose()

    with pytest.raises(ValidationError):
        cause.add_co_sponsor(
            organisation=OrganisationFactory(status="former"), by=owner
        )


def test_a_decided_cause_takes_no_co_sponsors(owner):
    cause = propose()
    cause.withdraw(by=owner)

    with pytest.raises(ValidationError):
        cause.add_co_sponsor(organisation=OrganisationFactory(), by=owner)


def test_a_person_supports_a_cause_once(outsider):
    cause = propose()

    assert cause.support(user=outsider) is True
    assert cause.support(user=outsider) is False

    assert Cause.objects.get(pk=cause.pk).supporter_count == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_supports_of_one_person_count_once():
    cause = propose()
    person = UserFactory()
    barrier = threading.Barrier(4)
    outcomes = []

    def support():
        barrier.wait()
        try:
            # SQLite answers a busy database with an error: ask again, as a
            # browser would. PostgreSQL waits for the lock itself.
            for _ in range(50):
                try:
                    outcomes.append(Cause.objects.get(pk=cause.pk).support(user=person))
                    break
                except OperationalError:
                    time.sleep(0.05)
        finally:
            connection.close()

    threads = [threading.Thread(target=support) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert Support.objects.filter(cause=cause, user=person).count() == 1
    assert sorted(outcomes) == [False, False, False, True]

"""The weekly digest brings the requests and offers of help posted in the
week by the organisations and on the topics a person follows, while they
are still open and public."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from following.digest import SHOWN, send_digests
from following.models import Follow, Preferences
from tests.factories import OrganisationFactory, UserFactory, topic
from tests.mutual_help.test_following_notifications import help_item

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(organisation):
    person = UserFactory(email="reader@example.org")
    Follow.objects.create(user=person, organisation=organisation)
    Follow.objects.create(user=person, topic=topic("youth"))
    Preferences.objects.create(user=person, language="en")
    return person


def test_the_digest_brings_new_open_help_of_what_one_follows(
    reader, organisation, coordinator
):
    ours = help_item(organisation, title_en="Volunteers for the river")
    on_topic = help_item(
        OrganisationFactory(),
        direction="offer",
        kind="premises",
        title_en="A hall for young people",
        topics=[topic("youth")],
    )
    help_item(OrganisationFactory(), title_en="Someone else's request")
    help_item(
        organisation,
        title_en="Posted long ago",
        created_at=timezone.now() - timedelta(days=20),
    )
    help_item(organisation, title_en="Withdrawn already").withdraw()
    help_item(organisation, title_en="Hidden by a coordinator").hide(
        by=coordinator, reason="Реклама."
    )

    assert send_digests() == 1
    (message,) = mail.outbox
    body = message.body

    assert "== New requests and offers of help ==" in body
    assert body.index("== New requests and offers of help ==") < body.index(
        "Volunteers for the river"
    )
    assert (
        f"* Request for help: Volunteers for the river — {organisation.name_en}"
    ) in body
    assert "* Offer of help: A hall for young people" in body
    assert f"/en/help/{ours.slug}/" in body
    assert f"/en/help/{on_topic.slug}/" in body
    for not_told in (
        "Someone else's request",
        "Posted long ago",
        "Withdrawn already",
        "Hidden by a coordinator",
    ):
        assert not_told not in body


def test_a_long_help_section_shows_a_few_and_says_how_many_more(reader, organisation):
    for number in range(SHOWN + 2):
        help_item(organisation, title_en=f"Request {number}")

    send_digests()
    body = mail.outbox[0].body

    assert "and 2 more: " in body
    assert body.count("/en/help/") == SHOWN + 1  # the items, then the list


def test_nothing_new_of_help_sends_no_digest(reader, organisation):
    help_item(
        organisation, created_at=timezone.now() - timedelta(days=10)
    )  # told a week ago

    assert send_digests() == 0
    assert mail.outbox == []

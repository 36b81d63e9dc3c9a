"""The administration's home starts with what waits for the coordinators:
each kind of work counted, with a link to the list where it is done."""

from datetime import timedelta

import pytest
from django.utils import timezone

from causes.models import Cause, Comment
from events.models import AgendaItem
from members.models import Activity
from mutual_help.models import HelpItem, Report
from tests.events.test_meetings import make_meeting
from tests.factories import (
    ActivityFactory,
    ApplicationFactory,
    OrganisationFactory,
    UserFactory,
)
from tests.markup import parse

pytestmark = pytest.mark.django_db


def queue(page):
    (block,) = [
        div
        for div in parse(page).find_all("div")
        if div.attrs.get("id") == "work-queue"
    ]
    return [
        (
            next(row.find_all("a")).text,
            row.elements[1].text,
            next(row.find_all("a")).attrs["href"],
        )
        for row in block.find_all("tr")
    ]


def test_the_administrations_home_starts_with_what_waits(coordinator_client):
    ApplicationFactory()
    ApplicationFactory()
    busy = OrganisationFactory(name="Работеща")
    ActivityFactory(organisation=busy)
    long_ago = timezone.now() - timedelta(days=91)
    quiet = OrganisationFactory(name="Притихнала")
    ActivityFactory(organisation=quiet, published_at=long_ago)
    ActivityFactory(organisation=busy, state=Activity.State.HIDDEN)
    cause = Cause.objects.create(
        proposed_by=busy, title_bg="Кауза", summary_bg="За парка."
    )
    Comment.objects.create(cause=cause, body="Грубо.", state=Comment.State.AWAITING)
    Comment.objects.create(cause=cause, body="Добре.")
    soon = timezone.now() + timedelta(days=3)
    bare = make_meeting(title_bg="Без дневен ред", starts_at=soon)
    ready = make_meeting(title_bg="С дневен ред", starts_at=soon)
    AgendaItem.objects.create(meeting=ready, title_bg="Откриване", order=1)
    make_meeting(title_bg="След месец", starts_at=timezone.now() + timedelta(days=30))
    reported, dealt_with = (
        HelpItem.objects.create(
            direction="offer",
            kind="other",
            title_bg=title,
            title=title,
            description_bg="x",
            ongoing=True,
            online=True,
            organisation=busy,
        )
        for title in ("Реклама", "Скрита реклама")
    )
    for item in (reported, dealt_with):
        Report.objects.create(item=item, user=UserFactory())
    dealt_with.hide(by=None, reason="Реклама.")

    page = coordinator_client.get("/admin/").content.decode()

    rows = queue(page)
    assert [(label, count) for label, count, _url in rows] == [
        ("Заявления за решение", "2"),
        ("Докладван коментар, скрит до вашето решение", "1"),
        ("Обява за помощ със сигнал, все още публична", "1"),
        ("Скрита дейност", "1"),
        ("Скрити практики", "0"),
        ("Член без публикувана дейност от 90 дни", "1"),
        ("Среща до седмица без дневен ред", "1"),
        ("Институции, предложени от редактори", "0"),
    ]
    # Each link opens the list of exactly what it counts.
    listed = [
        coordinator_client.get(url).context["cl"].result_count for _l, _c, url in rows
    ]
    assert listed == [2, 1, 1, 1, 0, 1, 1, 0]
    help_listed = coordinator_client.get(rows[2][2]).context["cl"].result_list
    assert [i.title for i in help_listed] == ["Реклама"]
    silent = coordinator_client.get(rows[5][2]).context["cl"].result_list
    assert [o.name for o in silent] == ["Притихнала"]
    bare_listed = coordinator_client.get(rows[6][2]).context["cl"].result_list
    assert [m.title for m in bare_listed] == [bare.title]

"""The weekly digest: what each person follows, grouped and short, in their
language, once a week however often the command runs, with a one-click
unsubscribe that works without signing in."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from causes.models import Status
from following.digest import SHOWN, send_digests, week_of
from following.models import DigestSent, Follow, Preferences
from tests.events.test_meetings import make_meeting
from tests.factories import (
    ActivityFactory,
    OrganisationFactory,
    PracticeFactory,
    UserFactory,
    topic,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(organisation, cause, coordinator):
    """A week of news about what `reader` follows, and some that they do
    not follow."""
    ActivityFactory(
        organisation=organisation,
        title_bg="Почистване на Бедечка",
        title_en="A river clean-up",
    )
    ActivityFactory(title_bg="Чужда дейност", title_en="Someone else's activity")
    ActivityFactory(
        organisation=organisation,
        title_bg="Стара дейност",
        published_at=timezone.now() - timedelta(days=20),
    )
    cause.change_status(to=Status.ON_AGENDA, by=coordinator)
    meeting = make_meeting(title_en="Spring assembly", title_bg="Пролетно събрание")
    meeting.organisers.add(organisation)
    later = timezone.now() + timedelta(days=40)
    make_meeting(title_bg="Далечна среща", starts_at=later).organisers.add(organisation)
    PracticeFactory(
        topics=[topic("youth")], title_bg="Младежки съвет", title_en="A youth council"
    )
    PracticeFactory(topics=[topic("health")], title_bg="Здравна практика")


@pytest.fixture
def reader(organisation, cause):
    person = UserFactory(email="reader@example.org")
    Follow.objects.create(user=person, organisation=organisation)
    Follow.objects.create(user=person, cause=cause)
    Follow.objects.create(user=person, topic=topic("youth"))
    return person


def test_run_twice_in_a_week_each_person_gets_one_digest(reader, news):
    other = UserFactory(email="other@example.org")
    Follow.objects.create(user=other, topic=topic("health"))

    assert send_digests() == 2
    assert send_digests() == 0

    assert sorted(m.to[0] for m in mail.outbox) == [
        "other@example.org",
        "reader@example.org",
    ]
    assert DigestSent.objects.filter(week=week_of(timezone.now())).count() == 2


def test_the_digest_is_grouped_short_and_only_what_one_follows(reader, news):
    send_digests()
    (message,) = mail.outbox
    body = message.body

    assert message.subject == "Седмицата ви в мрежа „Синергия“"
    sections = ["Нови дейности", "Каузи, стигнали до нов етап", "Предстоящи срещи"]
    sections.append("Нови практики")
    positions = [body.index(f"== {section} ==") for section in sections]
    assert positions == sorted(positions)
    assert "Почистване на Бедечка" in body
    assert "Достъпна градска среда: в дневния ред" in body
    assert "Пролетно събрание" in body
    assert "Младежки съвет" in body
    for not_followed in ("Чужда дейност", "Стара дейност", "Далечна среща"):
        assert not_followed not in body
    assert "Здравна практика" not in body


def test_the_digest_is_in_the_persons_language(reader, news):
    Preferences.objects.create(user=reader, language="en")

    send_digests()
    (message,) = mail.outbox

    assert message.subject == "Your week in the Synergy Network"
    assert "== New activities ==" in message.body
    assert "A river clean-up" in message.body
    assert "An accessible town: on the agenda" in message.body
    assert "/en/activities/" in message.body


def test_a_long_section_shows_a_few_and_says_how_many_more(reader, organisation):
    for _ in range(SHOWN + 3):
        ActivityFactory(organisation=organisation)

    send_digests()

    assert "и още 3" in mail.outbox[0].body
    assert mail.outbox[0].body.count("/activities/") == SHOWN + 1


def test_nothing_new_sends_nothing(reader):
    assert send_digests() == 0
    assert mail.outbox == []
    assert not DigestSent.objects.exists()


def test_the_next_week_brings_the_next_digest(reader, news, organisation):
    send_digests()
    next_week = timezone.now() + timedelta(days=7)
    ActivityFactory(
        organisation=organisation,
        title_bg="Следващата седмица",
        published_at=next_week - timedelta(hours=1),
    )

    assert send_digests(now=next_week) == 1
    body = mail.outbox[1].body
    assert "Следващата седмица" in body
    assert "Почистване на Бедечка" not in body  # told last week


def test_each_digest_carries_the_one_click_unsubscribe(reader, news):
    send_digests()
    (message,) = mail.outbox
    token = Preferences.objects.get(user=reader).digest_token

    assert message.extra_headers["List-Unsubscribe"] == (
        f"<https://localhost:8000/digest/unsubscribe/{token}/>"
    )
    assert message.extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )
    assert f"/digest/unsubscribe/{token}/" in message.body


def test_one_click_unsubscribes_without_signing_in(reader, news):
    prefs = Preferences.objects.create(user=reader)
    client = Client()

    response = client.post(
        prefs.get_unsubscribe_url(), {"List-Unsubscribe": "One-Click"}
    )

    assert response.status_code == 200
    prefs.refresh_from_db()
    assert prefs.weekly_digest is False
    assert send_digests() == 0


def test_the_link_shows_a_page_and_its_button_unsubscribes(reader):
    prefs = Preferences.objects.create(user=reader)
    client = Client()

    page = client.get(prefs.get_unsubscribe_url())
    assert page.status_code == 200
    assert "reader@example.org" in page.text
    prefs.refresh_from_db()
    assert prefs.weekly_digest is True  # opening the link changes nothing

    done = client.post(prefs.get_unsubscribe_url())
    assert "Обзорът е спрян" in done.text
    prefs.refresh_from_db()
    assert prefs.weekly_digest is False


def test_a_wrong_token_changes_nothing(reader):
    prefs = Preferences.objects.create(user=reader)

    response = Client().post("/digest/unsubscribe/wrong/")

    assert response.status_code == 200
    assert "Тази връзка не работи" in response.text
    prefs.refresh_from_db()
    assert prefs.weekly_digest is True


def test_the_digest_switched_off_in_the_settings_is_not_sent(reader, news):
    Preferences.objects.create(user=reader, weekly_digest=False)

    assert send_digests() == 0


def test_an_inactive_or_unverified_person_gets_none(reader, news):
    reader.emailaddress_set.update(verified=False)

    assert send_digests() == 0


def test_the_command_sends_and_says_how_many(reader, news, capsys):
    call_command("send_digest")
    call_command("send_digest")

    assert capsys.readouterr().out == "1 digest(s) sent.\n0 digest(s) sent.\n"
    assert len(mail.outbox) == 1


def test_a_week_starts_on_monday_in_sofia():
    sunday_night = timezone.make_aware(timezone.datetime(2026, 11, 29, 23, 30))
    monday = sunday_night + timedelta(hours=1)

    assert week_of(sunday_night).isoformat() == "2026-11-23"
    assert week_of(monday).isoformat() == "2026-11-30"


def test_a_followed_organisation_that_co_organised_counts(reader, organisation):
    activity = ActivityFactory(organisation=OrganisationFactory(), title_bg="Заедно")
    activity.co_organisers.add(organisation)

    send_digests()

    assert "Заедно" in mail.outbox[0].body


def test_a_coordinator_switches_a_persons_digest_off_in_the_admin(
    coordinator_client, reader, news
):
    prefs = Preferences.objects.create(user=reader)

    listed = coordinator_client.get("/admin/following/preferences/?q=reader")
    response = coordinator_client.post(
        f"/admin/following/preferences/{prefs.pk}/change/",
        {"language": "bg"},  # the digest's box unticked
    )

    assert "reader@example.org" in listed.text
    assert response.status_code == 302
    prefs.refresh_from_db()
    assert prefs.weekly_digest is False
    assert send_digests() == 0
    assert coordinator_client.get("/admin/following/digestsent/").status_code == 200

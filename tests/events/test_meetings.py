"""Meetings: registration with a waiting list, calendars, the agenda and the
decisions that move causes, reminders, and who may do what."""

import json
import re
import threading
from datetime import UTC, datetime, time, timedelta

import icalendar
import pytest
import vobject
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import RequestFactory
from django.utils import timezone

from causes.models import Cause, Status
from events import services
from events.models import Attendance, Decision, Meeting, Registration
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def make_meeting(**fields):
    starts = fields.pop("starts_at", timezone.now() + timedelta(days=10))
    values = {
        "title_bg": "Общо събрание",
        "title_en": "General meeting",
        "summary_bg": "Решения по каузите.",
        "summary_en": "Decisions on the causes.",
        "kind": Meeting.Kind.GENERAL,
        "starts_at": starts,
        "ends_at": starts + timedelta(hours=3),
        "venue_bg": "Читалище „Родина“",
        "venue_en": "Rodina Community Centre",
        "address_bg": "ул. „Цар Симеон Велики“ 120",
        **fields,
    }
    return Meeting.objects.create(**values)


@pytest.fixture
def meeting():
    return make_meeting(capacity=2)


def request():
    return RequestFactory().get("/")


def sign_up(meeting, person, **kwargs):
    return services.register(
        meeting=meeting,
        user=person,
        name=person.get_full_name(),
        email=person.email,
        by=person,
        request=request(),
        **kwargs,
    )


# Registration and the waiting list


def test_past_capacity_people_join_the_waiting_list(meeting):
    first, second, third = (sign_up(meeting, UserFactory()) for _ in range(3))

    assert [r.status for r in (first, second, third)] == [
        "confirmed",
        "confirmed",
        "waiting",
    ]
    assert meeting.places_left() == 0


def test_no_one_registers_twice(meeting, outsider):
    sign_up(meeting, outsider)

    with pytest.raises(services.RegistrationError):
        sign_up(meeting, outsider)
    assert meeting.registrations.count() == 1


def test_registration_opens_and_closes_on_the_meetings_dates(outsider):
    later = make_meeting(registration_opens_at=timezone.now() + timedelta(days=1))
    closed = make_meeting(registration_closes_at=timezone.now() - timedelta(hours=1))
    held = make_meeting(
        starts_at=timezone.now() - timedelta(days=3), status=Meeting.Status.HELD
    )

    for meeting in (later, closed, held):
        with pytest.raises(services.RegistrationError):
            sign_up(meeting, outsider)
    assert not Registration.objects.exists()


def test_a_cancellation_moves_the_first_waiting_up_and_tells_them(
    meeting, django_capture_on_commit_callbacks
):
    first = sign_up(meeting, UserFactory())
    sign_up(meeting, UserFactory())
    waiting = [sign_up(meeting, UserFactory()) for _ in range(2)]
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        promoted = services.cancel(registration=first, request=request())

    assert promoted == waiting[0]
    waiting[0].refresh_from_db()
    assert waiting[0].is_confirmed
    assert meeting.registrations.confirmed().count() == 2
    (message,) = mail.outbox
    assert message.to == [waiting[0].email]
    assert message.attachments[0][0].endswith(".ics")


def test_the_confirmation_carries_the_calendar_file(
    meeting, outsider, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(meeting, outsider)

    (message,) = mail.outbox
    assert "Общо събрание" in message.subject
    _name, content, kind = message.attachments[0]
    assert kind == "text/calendar"
    event = icalendar.Calendar.from_ical(content).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Общо събрание"


def test_the_waiting_list_mail_says_so_without_a_calendar_file(
    django_capture_on_commit_callbacks,
):
    meeting = make_meeting(capacity=0)

    with django_capture_on_commit_callbacks(execute=True):
        sign_up(meeting, UserFactory())

    (message,) = mail.outbox
    assert "чакащи" in message.subject
    assert message.attachments == []


@pytest.mark.only_on("postgresql")
@pytest.mark.django_db(transaction=True)
def test_concurrent_registrations_never_exceed_capacity():
    # PostgreSQL's row lock makes the others wait for the one that counts the
    # places; SQLite, which the portal does not run on in production, answers
    # a second writer with an error instead.
    meeting = make_meeting(capacity=3)
    people = [UserFactory() for _ in range(8)]
    barrier = threading.Barrier(len(people), timeout=30)
    errors = []

    def register(person):
        try:
            barrier.wait()
            sign_up(meeting, person)
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=register, args=(p,)) for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a registration hung"

    assert errors == []
    assert meeting.registrations.confirmed().count() == 3
    assert meeting.registrations.waiting().count() == 5


# The public pages


def test_the_list_shows_upcoming_and_past_meetings_by_kind(client):
    upcoming = make_meeting()
    past = make_meeting(
        title_bg="Обучение",
        kind=Meeting.Kind.TRAINING,
        starts_at=timezone.now() - timedelta(days=30),
        status=Meeting.Status.HELD,
    )

    assert list(client.get("/events/").context["meetings"]) == [upcoming]
    assert list(client.get("/events/?when=past").context["meetings"]) == [past]
    assert list(client.get("/events/?kind=training").context["meetings"]) == []
    assert list(client.get("/events/?when=past&kind=training").context["meetings"]) == [
        past
    ]


def test_the_page_shows_places_left_and_the_waiting_list(client, meeting):
    for _ in range(3):
        sign_up(meeting, UserFactory())

    page = client.get(f"/en/events/{meeting.slug}/").content.decode()

    assert "The meeting is full." in page
    assert "1 person on the waiting list." in page
    assert "Join the waiting list" in page


def test_the_online_link_is_shown_to_the_registered_only(client, outsider):
    meeting = make_meeting(
        format=Meeting.Format.ONLINE, online_url="https://meet.example.org/secret"
    )
    assert (
        "meet.example.org/secret"
        not in client.get(meeting.get_absolute_url()).content.decode()
    )
    client.force_login(outsider)
    assert (
        "meet.example.org/secret"
        not in client.get(meeting.get_absolute_url()).content.decode()
    )

    client.post(f"/events/{meeting.slug}/register/")

    assert (
        "meet.example.org/secret"
        in client.get(meeting.get_absolute_url()).content.decode()
    )


def test_the_anonymous_sign_in_before_registering(client, meeting):
    response = client.post(f"/events/{meeting.slug}/register/")

    assert response["Location"] == f"/accounts/login/?next=/events/{meeting.slug}/"
    assert not Registration.objects.exists()


def test_a_person_registers_for_their_organisation(
    client, meeting, owner, organisation
):
    client.force_login(owner)

    client.post(f"/events/{meeting.slug}/register/", {"organisation": organisation.pk})

    assert Registration.objects.get().organisation == organisation


def test_no_one_registers_for_an_organisation_they_do_not_act_for(
    client, meeting, other_member, organisation
):
    client.force_login(other_member)

    response = client.post(
        f"/events/{meeting.slug}/register/", {"organisation": organisation.pk}
    )

    assert response.status_code == 403
    assert not Registration.objects.exists()


def test_the_page_describes_an_event_for_search_engines(client, meeting):
    page = client.get(f"/en/events/{meeting.slug}/").content.decode()

    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', page).group(1)
    )
    assert data["@type"] == "Event"
    assert data["name"] == "General meeting"
    assert data["startDate"] == timezone.localtime(meeting.starts_at).isoformat()
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.?\d*\+0[23]:00", data["startDate"]
    )
    assert data["location"]["@type"] == "Place"
    assert data["location"]["name"] == "Rodina Community Centre"
    # No English address given: the Bulgarian one.
    assert data["location"]["address"]["streetAddress"] == meeting.address_bg
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert (
        data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    )


def test_add_to_calendar_links(client, meeting):
    page = client.get(meeting.get_absolute_url()).content.decode()

    assert f"/events/{meeting.slug}.ics" in page
    assert "https://calendar.google.com/calendar/render?action=TEMPLATE" in page
    assert "https://outlook.live.com/calendar/0/deeplink/compose?" in page


# Calendars

REQUIRED = ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "LOCATION",
            "DESCRIPTION", "URL", "STATUS", "SEQUENCE"]  # fmt: skip


@pytest.mark.parametrize("path", ["calendar.ics", "{slug}.ics"])
def test_calendars_parse_with_two_parsers_and_every_required_property(
    client, meeting, path
):
    make_meeting(title_bg="Отменена", status=Meeting.Status.CANCELLED)

    response = client.get("/events/" + path.format(slug=meeting.slug))

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    content = response.content
    calendar = icalendar.Calendar.from_ical(content)
    assert str(calendar["VERSION"]) == "2.0"
    assert calendar["PRODID"]
    events = calendar.walk("VEVENT")
    for event in events:
        assert all(name in event for name in REQUIRED), event
    parsed = vobject.readOne(content.decode())
    assert len(parsed.vevent_list) == len(events)
    for event in parsed.vevent_list:
        for name in REQUIRED:
            assert name.lower().replace("-", "_") in event.contents
    statuses = {e.summary.value: e.status.value for e in parsed.vevent_list}
    if path == "calendar.ics":
        assert statuses == {
            "Общо събрание": "CONFIRMED",
            "Отменено: Отменена": "CANCELLED",
        }
    else:  # the meeting's own calendar: that meeting alone
        assert statuses == {"Общо събрание": "CONFIRMED"}


def test_the_sequence_rises_when_a_meeting_changes(meeting):
    assert meeting.sequence == 0

    meeting.starts_at += timedelta(hours=1)
    meeting.ends_at += timedelta(hours=1)
    meeting.save()
    meeting.capacity = 30  # not in a calendar: no new sequence
    meeting.save()

    meeting.refresh_from_db()
    assert meeting.sequence == 1


def test_the_calendar_event_is_in_utc(client, meeting):
    content = client.get(f"/events/{meeting.slug}.ics").content
    event = icalendar.Calendar.from_ical(content).walk("VEVENT")[0]

    assert event.decoded("DTSTART") == meeting.starts_at.replace(microsecond=0)
    # Written in UTC (…Z), not as a local time with a time zone.
    start = meeting.starts_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    assert f"\r\nDTSTART:{start}\r\n".encode() in content


# Agenda and decisions, from the admin


def cause(organisation):
    return Cause.objects.create(
        proposed_by=organisation, title_bg="Чист въздух", summary_bg="Измерване."
    )


def admin_data(meeting, **extra):
    data = {
        "title_bg": meeting.title_bg,
        "title_en": meeting.title_en,
        "summary_bg": meeting.summary_bg,
        "summary_en": meeting.summary_en,
        "description_bg": "",
        "description_en": "",
        "kind": meeting.kind,
        "status": meeting.status,
        "starts_at_0": timezone.localtime(meeting.starts_at).strftime("%d.%m.%Y"),
        "starts_at_1": timezone.localtime(meeting.starts_at).strftime("%H:%M:%S"),
        "ends_at_0": timezone.localtime(meeting.ends_at).strftime("%d.%m.%Y"),
        "ends_at_1": timezone.localtime(meeting.ends_at).strftime("%H:%M:%S"),
        "format": meeting.format,
        "venue_bg": meeting.venue_bg,
        "venue_en": "",
        "address_bg": meeting.address_bg,
        "address_en": "",
        "online_url": "",
        "capacity": "",
        "minutes_bg": "",
        "minutes_en": "",
        "participants": "",
    }
    for prefix in ["agenda", "registrations", "attendance", "decisions", "documents"]:
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    data.update(extra)
    return data


def test_a_cause_on_the_agenda_goes_on_the_agenda_linked_to_the_meeting(
    coordinator_client, client, meeting, organisation
):
    brought = cause(organisation)

    response = coordinator_client.post(
        f"/admin/events/meeting/{meeting.pk}/change/",
        admin_data(
            meeting,
            **{
                "agenda-TOTAL_FORMS": "1",
                "agenda-0-order": "1",
                "agenda-0-title_bg": "Кауза: чист въздух",
                "agenda-0-title_en": "",
                "agenda-0-duration": "20",
                "agenda-0-cause": brought.pk,
                "agenda-0-description_bg": "",
                "agenda-0-description_en": "",
            },
        ),
    )

    assert response.status_code == 302, response.context["errors"]
    brought.refresh_from_db()
    assert brought.status == Status.ON_AGENDA
    page = client.get(brought.get_absolute_url()).content.decode()
    assert meeting.get_absolute_url() in page


def test_a_decision_recorded_in_the_admin_moves_the_cause_and_shows_on_both_pages(
    coordinator_client, client, meeting, organisation
):
    decided = cause(organisation)
    decided.change_status(to=Status.ON_AGENDA)
    meeting.status = Meeting.Status.HELD
    meeting.save()

    response = coordinator_client.post(
        f"/admin/events/meeting/{meeting.pk}/change/",
        admin_data(
            meeting,
            **{
                "decisions-TOTAL_FORMS": "1",
                "decisions-0-agenda_item": "",
                "decisions-0-text_bg": "Приета с мнозинство.",
                "decisions-0-text_en": "Adopted by a majority.",
                "decisions-0-votes_for": "9",
                "decisions-0-votes_against": "2",
                "decisions-0-abstentions": "1",
                "decisions-0-cause": decided.pk,
                "decisions-0-cause_status": Status.ADOPTED,
            },
        ),
    )

    assert response.status_code == 302, response.context["errors"]
    decided.refresh_from_db()
    assert decided.status == Status.ADOPTED
    meeting_page = client.get(f"/en/events/{meeting.slug}/").content.decode()
    assert "Adopted by a majority." in meeting_page
    assert "9 for, 2 against, 1 abstained" in meeting_page
    cause_page = client.get(f"/en/causes/{decided.slug}/").content.decode()
    assert "Adopted by a majority." in cause_page
    assert f"/en/events/{meeting.slug}/#decision-" in cause_page


def test_a_decision_moves_its_cause_and_the_timeline_links_to_it(
    coordinator, client, meeting, organisation
):
    decided = cause(organisation)
    decided.change_status(to=Status.ON_AGENDA)
    Decision.objects.create(
        meeting=meeting,
        text_bg="Приета единодушно.",
        text_en="Adopted unanimously.",
        votes_for=12,
        cause=decided,
        cause_status=Status.ADOPTED,
    )

    refused = services.apply_decisions(meeting=meeting, by=coordinator)
    services.apply_decisions(meeting=meeting, by=coordinator)  # applied once

    assert refused == []
    decided.refresh_from_db()
    assert decided.status == Status.ADOPTED
    assert decided.history.filter(to_status=Status.ADOPTED).count() == 1
    page = client.get(f"/en/causes/{decided.slug}/").content.decode()
    assert "Adopted unanimously." in page
    decision = decided.decisions.get()
    assert f"/en/events/{meeting.slug}/#decision-{decision.pk}" in page


def test_a_decision_the_cause_cannot_take_is_refused(
    coordinator, meeting, organisation
):
    proposed = cause(organisation)
    Decision.objects.create(
        meeting=meeting,
        text_bg="Постигната.",
        cause=proposed,
        cause_status=Status.ACHIEVED,
    )

    refused = services.apply_decisions(meeting=meeting, by=coordinator)

    assert [d.cause for d in refused] == [proposed]
    proposed.refresh_from_db()
    assert proposed.status == Status.PROPOSED


@pytest.mark.parametrize("persona", ["owner", "other_member", "outsider"])
def test_only_coordinators_keep_meetings_in_the_admin(
    client, request, meeting, persona
):
    client.force_login(request.getfixturevalue(persona))

    response = client.get(f"/admin/events/meeting/{meeting.pk}/change/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


# Reminders


def test_reminders_go_once_a_day_before(django_capture_on_commit_callbacks):
    soon = make_meeting(starts_at=timezone.now() + timedelta(hours=20), capacity=1)
    later = make_meeting(starts_at=timezone.now() + timedelta(days=3))
    sign_up(soon, UserFactory())
    sign_up(soon, UserFactory())  # waiting: no reminder
    sign_up(later, UserFactory())
    mail.outbox.clear()

    call_command("send_meeting_reminders")
    call_command("send_meeting_reminders")

    (message,) = mail.outbox
    assert soon.title_bg in message.subject
    assert "http://localhost:8000/events/" in message.body


# The member area


def test_a_person_sees_and_cancels_their_registrations(client, meeting, outsider):
    registration = sign_up(meeting, outsider)
    client.force_login(outsider)

    page = client.get("/dashboard/meetings/").content.decode()
    assert meeting.title_bg in page

    response = client.post(
        f"/events/registrations/{registration.pk}/cancel/",
        {"next": "/dashboard/meetings/"},
    )

    assert response["Location"] == "/dashboard/meetings/"
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CANCELLED


@pytest.mark.parametrize("persona", ["other_member", "owner"])
def test_others_cannot_cancel_a_persons_registration(
    client, request, meeting, outsider, persona
):
    registration = sign_up(meeting, outsider)
    client.force_login(request.getfixturevalue(persona))

    response = client.post(f"/events/registrations/{registration.pk}/cancel/")

    assert response.status_code == 403
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED


def test_an_editor_registers_a_colleague_and_cancels_it(
    client, meeting, owner, organisation, django_capture_on_commit_callbacks
):
    client.force_login(owner)
    url = f"/dashboard/organisations/{organisation.slug}/meetings/"

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {
                "meeting": meeting.pk,
                "name": "Петър Петров",
                "email": "petar@example.org",
            },
        )

    assert response["Location"] == url
    registration = Registration.objects.get()
    assert (registration.organisation, registration.registered_by) == (
        organisation,
        owner,
    )
    assert mail.outbox[0].to == ["petar@example.org"]
    client.post(f"/events/registrations/{registration.pk}/cancel/")
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CANCELLED


def test_a_colleague_with_an_account_finds_the_registration_as_their_own(
    client, meeting, owner, organisation
):
    colleague = UserFactory(email="maria@example.org")
    client.force_login(owner)
    client.post(
        f"/dashboard/organisations/{organisation.slug}/meetings/",
        {"meeting": meeting.pk, "name": "Мария", "email": "Maria@example.org"},
    )

    client.force_login(colleague)
    page = client.get("/dashboard/meetings/").content.decode()

    assert meeting.title_bg in page


def test_another_member_cannot_register_for_the_organisation(
    client, meeting, other_member, organisation
):
    client.force_login(other_member)

    response = client.post(
        f"/dashboard/organisations/{organisation.slug}/meetings/",
        {"meeting": meeting.pk, "name": "Х", "email": "x@example.org"},
    )

    assert response.status_code == 403
    assert not Registration.objects.exists()


def test_an_outsider_is_sent_to_sign_in(client, organisation):
    response = client.get(f"/dashboard/organisations/{organisation.slug}/meetings/")

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_colleague_registered_twice_is_refused_in_the_users_language(
    client, meeting, owner, organisation
):
    client.force_login(owner)
    data = {"meeting": meeting.pk, "name": "Петър", "email": "petar@example.org"}
    client.post(f"/dashboard/organisations/{organisation.slug}/meetings/", data)

    response = client.post(
        f"/dashboard/organisations/{organisation.slug}/meetings/", data
    )

    assert response.status_code == 200
    assert "вече е записан" in response.content.decode()
    assert Registration.objects.count() == 1


# Profiles and transparency


def test_profiles_and_transparency_show_participation(client, organisation):
    held = [
        make_meeting(
            starts_at=timezone.now() - timedelta(days=days), status=Meeting.Status.HELD,
            participants=10,
        )
        for days in (40, 20)
    ]  # fmt: skip
    Attendance.objects.create(meeting=held[0], organisation=organisation, people=2)
    organisation.joined_on = None
    organisation.save()
    OrganisationFactory()

    url = f"/en{organisation.get_absolute_url()}"
    profile = client.get(url).content.decode()
    assert "Took part in 1 of the 2 meetings held since it joined." in profile

    # Another member's attendance is its own; a member that joined after a
    # meeting is not counted absent from it.
    Attendance.objects.create(meeting=held[1], organisation=OrganisationFactory())
    organisation.joined_on = timezone.localdate() - timedelta(days=30)
    organisation.save()
    profile = client.get(url)
    assert profile.context["meetings"]["held"] == 1
    assert profile.context["meetings"]["attended"] == 0
    assert profile.context["meetings"]["recent"] == []
    organisation.joined_on = None
    organisation.save()

    page = client.get("/en/transparency/")
    meetings = page.context["meetings"]
    assert (meetings["held"], meetings["participants"]) == (2, 20)
    rates = {bar.label: bar.value for bar in meetings["rates"]}
    assert rates[organisation.name] == 50


def test_a_meeting_just_after_midnight_counts_from_the_day_a_member_joined(
    client, organisation
):
    # 00:30 in Stara Zagora is still the day before in UTC.
    joined = timezone.localdate() - timedelta(days=10)
    starts = timezone.make_aware(datetime.combine(joined, time(0, 30)))
    make_meeting(starts_at=starts, status=Meeting.Status.HELD)
    organisation.joined_on = joined
    organisation.save()

    profile = client.get(organisation.get_absolute_url())
    page = client.get("/transparency/")

    assert profile.context["meetings"]["held"] == 1
    rates = {bar.label: bar.value for bar in page.context["meetings"]["rates"]}
    assert rates[organisation.name] == 0  # held since it joined, and missed


def test_the_names_of_the_people_registered_are_never_public(client, outsider):
    meeting = make_meeting(capacity=5)
    Registration.objects.create(
        meeting=meeting, user=outsider, name="Радослава Вълчанова", email=outsider.email
    )
    someone = UserFactory()
    pages = [
        meeting.get_absolute_url(),
        f"/en{meeting.get_absolute_url()}",
        "/events/",
        f"/events/{meeting.slug}.ics",
        "/events/calendar.ics",
    ]

    def read(page):
        response = client.get(page)
        assert response.status_code == 200, page
        return response.content.decode()

    seen = [read(page) for page in pages]
    client.force_login(someone)
    seen += [read(page) for page in pages]

    for content in seen:
        assert "Вълчанова" not in content
        assert outsider.email not in content


def test_a_cancelled_meeting_leaves_the_upcoming_lists_and_keeps_its_page(client):
    coming = make_meeting(title_bg="Работна среща за бюджета")
    cancelled = make_meeting(
        title_bg="Отменено общо събрание", status=Meeting.Status.CANCELLED
    )

    for path in ["/events/", "/"]:
        listing = client.get(path).content.decode()
        assert coming.get_absolute_url() in listing, path
        assert cancelled.get_absolute_url() not in listing, path
    page = client.get(cancelled.get_absolute_url()).content.decode()
    assert "Тази среща е отменена." in page
    assert "Добавете в календара си" not in page
    assert "Google Calendar" not in page
    assert "Запишете се" not in page
    assert (
        "Добавете в календара си"
        in client.get(coming.get_absolute_url()).content.decode()
    )
    feed = icalendar.Calendar.from_ical(client.get("/events/calendar.ics").content)
    statuses = {str(e["SUMMARY"]): str(e["STATUS"]) for e in feed.walk("VEVENT")}
    assert statuses["Отменено: Отменено общо събрание"] == "CANCELLED"
    assert statuses["Работна среща за бюджета"] == "CONFIRMED"


def test_bulgarian_dates_and_times_are_written_as_the_glossary_says(client):
    opens = timezone.make_aware(timezone.datetime(2030, 3, 2, 9, 30))
    meeting = make_meeting(
        starts_at=timezone.make_aware(timezone.datetime(2030, 3, 12, 14, 0)),
        registration_opens_at=opens,
    )

    page = client.get(meeting.get_absolute_url()).content.decode()

    assert "12 март 2030 г., 14:00 ч." in page
    assert "Записването започва на 2 март 2030 г., 09:30 ч.</p>" in page

"""Demo meetings: the network's first general meeting, further held ones with
minutes and attendance, and upcoming ones (one full with a waiting list, one
online, one cancelled)."""

import random
from datetime import datetime, time, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from causes.demo import demo_pdf
from causes.models import Cause, StatusChange
from causes.models import Status as CauseStatus
from events import services
from events.models import (
    AgendaItem,
    Attendance,
    Decision,
    Document,
    Meeting,
    Registration,
)
from infrastructure.bilingual import in_both
from members.models import Organisation, Place

CLUB_VENUE = ("Клуб „Отворено общество“", "Open Society Club")
CLUB_ADDRESS = ("ул. „Цар Симеон Велики“ 120, Стара Загора",
                "120 Tsar Simeon Veliki St, Stara Zagora")  # fmt: skip


def at(day, hour, minute=0):
    """A moment in Sofia's time, `day` days from today."""
    date = timezone.localdate() + timedelta(days=day)
    return timezone.make_aware(datetime.combine(date, time(hour, minute)))


def bilingual(instance, field, bg, en):
    for name, value in in_both(**{field: (bg, en)}).items():
        setattr(instance, name, value)


def meeting(*, title, summary, kind, starts, hours, **fields):
    item = Meeting(kind=kind, starts_at=starts, ends_at=starts + timedelta(hours=hours))
    bilingual(item, "title", *title)
    bilingual(item, "summary", *summary)
    for name, value in fields.items():
        if isinstance(value, tuple):
            bilingual(item, name, *value)
        else:
            setattr(item, name, value)
    if item.format != Meeting.Format.ONLINE:
        bilingual(item, "venue", *fields.get("venue", CLUB_VENUE))
        bilingual(item, "address", *fields.get("address", CLUB_ADDRESS))
        item.place = item.place or Place.objects.get(slug="stara-zagora")
    item.save()
    return item


def seed_meetings(*, people):
    """Create the demo meetings once."""
    if Meeting.objects.exists():
        return
    rng = random.Random(7)  # noqa: S311 - the same demo every run
    members = list(Organisation.objects.active().order_by("pk"))
    club = members[0]
    first_general_meeting(members, rng)
    held_meetings(members, rng)
    upcoming_meetings(club, members, people)


def first_general_meeting(members, rng):
    general = meeting(
        title=("Първо общо събрание на мрежа „Синергия“",
               "The first general meeting of the Synergy Network"),
        summary=("Членовете се събраха за първи път, приеха правилата на мрежата "
                 "и обсъдиха каузите за следващите срещи.",
                 "The members met for the first time, adopted the network's "
                 "rules and weighed the causes for the next meetings."),
        kind=Meeting.Kind.GENERAL,
        starts=at(-240, 10),
        hours=4,
        status=Meeting.Status.HELD,
        capacity=60,
        minutes=(
            "Събранието откри председателят на Клуб „Отворено общество“. "
            "Присъстваха представители на всички членуващи организации.\n\n"
            "1. Правилата на мрежата бяха приети единодушно.\n"
            "2. Всяка организация представи каузата, която предлага.\n"
            "3. Събранието гласува по каузите в дневния ред.",
            "The chair of the Open Society Club opened the meeting. "
            "Representatives of every member organisation were present.\n\n"
            "1. The network's rules were adopted unanimously.\n"
            "2. Each organisation presented the cause it proposes.\n"
            "3. The meeting voted on the causes on the agenda.",
        ),
    )  # fmt: skip
    general.organisers.add(members[0])
    order = 1
    for title, duration in [
        (("Откриване и правила на мрежата", "Opening and the network's rules"), 30),
        (("Представяне на членовете", "The members introduce themselves"), 45),
    ]:  # fmt: skip
        item = AgendaItem(meeting=general, order=order, duration=duration)
        bilingual(item, "title", *title)
        item.save()
        order += 1
    # The causes this meeting decided: their history's steps link back here.
    decided = [CauseStatus.ADOPTED, CauseStatus.DECLINED]
    for cause in Cause.objects.filter(history__to_status__in=decided).distinct():
        retime(cause, general)
        item = AgendaItem(meeting=general, order=order, duration=20, cause=cause)
        bilingual(item, "title", cause.title_bg, cause.title_en)
        item.agenda_change = StatusChange.objects.filter(
            cause=cause, to_status=CauseStatus.ON_AGENDA
        ).first()
        item.save()
        order += 1
        change = StatusChange.objects.filter(
            cause=cause, to_status__in=[CauseStatus.ADOPTED, CauseStatus.DECLINED]
        ).first()
        adopted = change.to_status == CauseStatus.ADOPTED
        decision = Decision(
            meeting=general,
            agenda_item=item,
            cause=cause,
            cause_status=change.to_status,
            status_change=change,
            votes_for=11 if adopted else 4,
            votes_against=1 if adopted else 8,
            abstentions=2,
        )
        bilingual(decision, "text", change.reason_bg, change.reason_en)
        decision.save()
    attend(general, members, rng, share=1.0)
    document = Document(meeting=general)
    bilingual(
        document, "title", "Протокол от общото събрание", "Minutes of the meeting"
    )
    document.file.save(
        "protokol-parvo-obshto-sabranie.pdf",
        ContentFile(demo_pdf("Minutes of the first general meeting")),
        save=True,
    )


def held_meetings(members, rng):
    working = meeting(
        title=("Работна среща: достъпна градска среда",
               "Working meeting: an accessible town"),
        summary=("Организациите разпределиха обхода на спирките и подготвиха "
                 "писмото до общините.",
                 "The organisations shared out the survey of the stops and "
                 "drafted the letter to the municipalities."),
        kind=Meeting.Kind.WORKING,
        starts=at(-95, 17),
        hours=2,
        status=Meeting.Status.HELD,
        minutes=("Решено е обходът да започне през април.",
                 "The survey is to start in April."),
    )  # fmt: skip
    attend(working, members, rng, share=0.5)
    training = meeting(
        title=("Обучение: как да отчитаме резултати", "Training: reporting results"),
        summary=("Как се отчитат дейности и резултати по индикаторите на мрежата.",
                 "How to report activities and results on the network's indicators."),
        kind=Meeting.Kind.TRAINING,
        starts=at(-38, 10),
        hours=3,
        status=Meeting.Status.HELD,
        capacity=20,
    )  # fmt: skip
    attend(training, members, rng, share=0.6)


def upcoming_meetings(club, members, people):
    second = meeting(
        title=("Второ общо събрание", "The second general meeting"),
        summary=("Отчет за първата година и решения по подкрепените каузи.",
                 "A report on the first year and decisions on the backed causes."),
        kind=Meeting.Kind.GENERAL,
        starts=at(24, 10),
        hours=4,
        capacity=60,
        registration_closes_at=at(22, 18),
    )  # fmt: skip
    second.organisers.add(club)
    brought = Cause.objects.filter(
        status__in=[CauseStatus.BACKED, CauseStatus.ON_AGENDA]
    ).order_by("created_at")
    for order, cause in enumerate(brought, start=1):
        item = AgendaItem(meeting=second, order=order, duration=25, cause=cause)
        bilingual(item, "title", cause.title_bg, cause.title_en)
        # A cause already on the agenda came there for this meeting.
        item.agenda_change = cause.history.filter(
            to_status=CauseStatus.ON_AGENDA
        ).first()
        item.save()
    services.bring_causes(meeting=second, by=None)
    for person in people[:6]:
        register(second, person)

    full = meeting(
        title=("Обучение по застъпничество", "Advocacy training"),
        summary=("Как да превърнем една кауза в решение на общинския съвет.",
                 "How to turn a cause into a decision of the municipal council."),
        kind=Meeting.Kind.TRAINING,
        starts=at(10, 14),
        hours=3,
        capacity=12,
    )  # fmt: skip
    full.organisers.add(members[2 % len(members)])
    for number, person in enumerate(people[:15]):
        register(
            full,
            person,
            Registration.Status.CONFIRMED
            if number < 12
            else Registration.Status.WAITING,
        )

    meeting(
        title=("Онлайн среща: открити данни", "Online meeting: open data"),
        summary=("Как общините публикуват данни и как гражданите ги използват.",
                 "How municipalities publish data and how citizens use it."),
        kind=Meeting.Kind.PUBLIC,
        starts=at(16, 18),
        hours=1.5,
        format=Meeting.Format.ONLINE,
        online_url="https://meet.jit.si/sinergia-otkriti-danni",
    )  # fmt: skip
    meeting(
        title=("Пикник на мрежата", "The network's picnic"),
        summary=("Среща сред природата за членовете и приятелите на мрежата.",
                 "An outdoor gathering for the network's members and friends."),
        kind=Meeting.Kind.PUBLIC,
        starts=at(6, 11),
        hours=4,
        status=Meeting.Status.CANCELLED,
        venue=("Парк „Аязмото“", "Ayazmoto Park"),
        address=("Стара Загора", "Stara Zagora"),
    )  # fmt: skip


def retime(cause, meeting):
    """Date a decided cause's history around the meeting that decided it: on
    the agenda ten days before, each earlier step twenty days before that,
    and the later steps every six weeks after."""
    changes = list(cause.history.order_by("changed_at", "pk"))
    decided = next(
        n for n, c in enumerate(changes) if c.from_status == CauseStatus.ON_AGENDA
    )
    for number, change in enumerate(changes):
        offset = number - decided
        if offset < 0:
            when = meeting.starts_at - timedelta(days=10 + 20 * (-offset - 1))
        else:
            when = meeting.ends_at + timedelta(days=42 * offset)
        StatusChange.objects.filter(pk=change.pk).update(changed_at=when)
    first = cause.history.order_by("changed_at").first().changed_at
    last = cause.history.order_by("changed_at").last().changed_at
    Cause.objects.filter(pk=cause.pk).update(created_at=first, status_changed_at=last)


def register(meeting, person, status=Registration.Status.CONFIRMED):
    Registration.objects.create(
        meeting=meeting,
        user=person,
        name=person.get_full_name() or person.email.split("@")[0],
        email=person.email,
        status=status,
    )


def attend(meeting, members, rng, *, share):
    present = rng.sample(members, max(1, round(len(members) * share)))
    for organisation in present:
        Attendance.objects.create(
            meeting=meeting, organisation=organisation, people=rng.randrange(1, 4)
        )
    meeting.participants = sum(a.people for a in meeting.attendance.all())
    meeting.save(update_fields=["participants"])

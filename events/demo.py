"""Demo meetings: the network's first general meeting, which adopted its
rules and talked the causes over, the second, which voted on them, further
held ones with minutes and attendance, and upcoming ones (one full with a
waiting list, one online, one cancelled)."""

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
    second_general_meeting(members, rng)
    held_meetings(members, rng)
    upcoming_meetings(club, members, people)


def agenda(meeting, items):
    """The meeting's agenda from (title bg, title en, minutes) rows."""
    made = []
    for order, (title_bg, title_en, duration) in enumerate(items, start=1):
        item = AgendaItem(meeting=meeting, order=order, duration=duration)
        bilingual(item, "title", title_bg, title_en)
        item.save()
        made.append(item)
    return made


def first_general_meeting(members, rng):
    """The members meet, adopt the network's rules and talk the causes over
    freely: nothing about a cause is put to the vote yet."""
    general = meeting(
        title=("Първо общо събрание на мрежата „Синергия“",
               "The first general meeting of the Synergy network"),
        summary=("Членовете се срещнаха за първи път, приеха правилата на мрежата "
                 "и в свободен разговор обсъдиха каузите, които да внесат на "
                 "следващите срещи.",
                 "The members met for the first time, adopted the network's "
                 "rules and talked freely about the causes to bring to the next "
                 "meetings."),
        kind=Meeting.Kind.GENERAL,
        starts=at(-240, 10),
        hours=4,
        status=Meeting.Status.HELD,
        capacity=60,
        minutes=(
            "Събранието откри председателят на Клуб „Отворено общество“ Стара "
            "Загора. Присъстваха представители на всички членуващи организации "
            "и неформални групи.\n\n"
            "1. Правилата на мрежата бяха приети единодушно.\n"
            "2. Всеки член представи себе си, работата си и какво очаква от "
            "мрежата.\n"
            "3. В свободен разговор членовете обсъдиха каузите, предложени "
            "дотук — достъпна градска среда, чист въздух в Гълъбово и младежки "
            "съвет във всяка община — и какви други да предложат. Събранието "
            "не гласува по каузите: те ще бъдат внесени за решение на следващо "
            "общо събрание, след като съберат подкрепа от членовете.\n"
            "4. Следващите срещи ще бъдат обявявани в портала на мрежата.",
            "The chair of Open Society Club Stara Zagora opened the meeting. "
            "Representatives of every member organisation and informal group "
            "were present.\n\n"
            "1. The network's rules were adopted unanimously.\n"
            "2. Each member introduced itself, its work and what it expects of "
            "the network.\n"
            "3. In free conversation the members talked over the causes proposed "
            "so far — an accessible town, clean air in Galabovo and a youth "
            "council in every municipality — and which others to propose. The "
            "meeting did not vote on the causes: they will be brought to a later "
            "general meeting for a decision once members have backed them.\n"
            "4. The next meetings will be announced on the network's portal.",
        ),
    )  # fmt: skip
    general.organisers.add(members[0])
    rules, *_rest = agenda(general, [
        ("Откриване и приемане на правилата на мрежата",
         "Opening, and the network's rules", 30),
        ("Представяне на членовете", "The members introduce themselves", 60),
        ("Каузите: свободен разговор", "The causes: a free conversation", 60),
        ("Календар на следващите срещи", "The calendar of the next meetings", 15),
    ])  # fmt: skip
    attend(general, members, rng, share=1.0)
    decision = Decision(
        meeting=general, agenda_item=rules, votes_for=general.attendance.count()
    )
    bilingual(
        decision,
        "text",
        "Общото събрание приема правилата за работа на мрежата „Синергия“.",
        "The general meeting adopts the rules of the Synergy network.",
    )
    decision.save()
    minutes_pdf(general, "parvo", "Minutes of the first general meeting")


def second_general_meeting(members, rng):
    """The meeting that first votes on causes: each backed cause on its agenda
    is adopted or declined, and its history links back here."""
    general = meeting(
        title=("Второ общо събрание на мрежата „Синергия“",
               "The second general meeting of the Synergy network"),
        summary=("Членовете гласуваха за първи път по каузите: четири приеха и "
                 "една отклониха.",
                 "The members voted on causes for the first time: they adopted "
                 "four and declined one."),
        kind=Meeting.Kind.GENERAL,
        starts=at(-150, 10),
        hours=4,
        status=Meeting.Status.HELD,
        capacity=60,
    )  # fmt: skip
    general.organisers.add(members[0])
    attend(general, members, rng, share=0.9)
    present = general.attendance.count()
    agenda(general, [
        ("Отчет на координатора за първите месеци",
         "The coordinator's report on the first months", 30),
    ])  # fmt: skip
    decided = [CauseStatus.ADOPTED, CauseStatus.DECLINED]
    adopted, declined = [], []
    causes = Cause.objects.filter(history__to_status__in=decided).distinct()
    for order, cause in enumerate(causes.order_by("pk"), start=2):
        retime(cause, general)
        item = AgendaItem(meeting=general, order=order, duration=20, cause=cause)
        bilingual(item, "title", cause.title_bg, cause.title_en)
        item.agenda_change = StatusChange.objects.filter(
            cause=cause, to_status=CauseStatus.ON_AGENDA
        ).first()
        item.save()
        change = StatusChange.objects.filter(cause=cause, to_status__in=decided).first()
        is_adopted = change.to_status == CauseStatus.ADOPTED
        (adopted if is_adopted else declined).append(cause)
        decision = Decision(
            meeting=general,
            agenda_item=item,
            cause=cause,
            cause_status=change.to_status,
            status_change=change,
            votes_for=present - 3 if is_adopted else 4,
            votes_against=1 if is_adopted else present - 6,
            abstentions=2,
        )
        bilingual(decision, "text", change.reason_bg, change.reason_en)
        decision.save()

    def titles(causes, language):
        quoted = "„{}“" if language == "bg" else "“{}”"
        return ", ".join(
            quoted.format(getattr(cause, f"title_{language}")) for cause in causes
        )

    bilingual(
        general,
        "minutes",
        "Събранието откри председателят на Клуб „Отворено общество“ Стара "
        f"Загора. Присъстваха представители на {present} членуващи организации "
        "и групи; кворумът беше налице.\n\n"
        "1. Координаторът отчете първите месеци на мрежата.\n"
        "2. Всяка кауза в дневния ред представи организацията, която я "
        "предложи, и събранието гласува по нея. Приети: "
        f"{titles(adopted, 'bg')}. Не е приета: {titles(declined, 'bg')}.",
        "The chair of Open Society Club Stara Zagora opened the meeting. "
        f"Representatives of {present} member organisations and groups were "
        "present; there was a quorum.\n\n"
        "1. The coordinator reported on the network's first months.\n"
        "2. The organisation that proposed each cause on the agenda presented "
        "it, and the meeting voted on it. Adopted: "
        f"{titles(adopted, 'en')}. Not adopted: {titles(declined, 'en')}.",
    )
    general.save()
    minutes_pdf(general, "vtoro", "Minutes of the second general meeting")


def minutes_pdf(general, number, title):
    document = Document(meeting=general)
    bilingual(
        document, "title", "Протокол от общото събрание", "Minutes of the meeting"
    )
    document.file.save(
        f"protokol-{number}-obshto-sabranie.pdf",
        ContentFile(demo_pdf(title)),
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
        minutes=("Решено е обходът на спирките да започне до месец, а писмото "
                 "до общините да бъде изпратено до седмица.",
                 "The survey of the stops is to start within a month, and the "
                 "letter to the municipalities to go out within a week."),
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
        title=("Годишно общо събрание", "The annual general meeting"),
        summary=("Отчет за първата година на мрежата и решения по подкрепените "
                 "каузи.",
                 "A report on the network's first year and decisions on the "
                 "backed causes."),
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
        meeting.attendance.create(organisation=organisation, people=rng.randrange(1, 4))
    meeting.participants = sum(a.people for a in meeting.attendance.all())
    meeting.save(update_fields=["participants"])

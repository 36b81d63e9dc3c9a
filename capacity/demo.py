"""The demo's capacity self-assessments: a round at the project's start and
a mid-term one, both closed and answered by most demo members (so the
public sees how they changed), and a round open now, in which only the
coordinating club has begun a draft (so the member area reminds every
editor). The profiles are written, not drawn at random: the network's work
shows in communication, partnerships, advocacy and transparency, which rise
for most members; governance, finances and people stay where they were. One
member has not answered the mid-term round; the last to join assessed
itself on joining. Safe to run again: it updates what it made."""

from datetime import datetime, time, timedelta

from django.utils import timezone

from capacity.models import Answer, Assessment, Question, Round
from infrastructure.bilingual import in_both
from members.models import Organisation, Role

# Each member: its levels in the eight areas (governance, strategy,
# finances, people, communication, partnerships, advocacy, transparency),
# at the project's start and at mid-term; None where it did not answer; and
# whether others may be pointed to it.
PROFILES = [
    ("Клуб „Отворено общество“ Стара Загора", "33323434", "33323444", True),
    ("Сдружение „Зелена Стара Загора“", "22222211", "22223322", False),
    ("Фондация „Бъдеще за децата“", "33322222", "33323332", True),
    ("Народно читалище „Светлина-1875“", "22212121", "22213222", False),
    ("Млади граждани Раднево", "11121211", "12122322", False),
    ("Сдружение „Розова долина за всички“", "22212322", "22213322", False),
    ("Фондация „Наследство Тракия“", "33332323", "33333334", True),
    ("Сдружение „Активни родители Гълъбово“", "21121111", "21122222", False),
    ("Доброволци от Мъглиж", "11131211", "11132311", True),
    ("Народно читалище „Пробуда-1898“", "22212222", "22213233", True),
    # Unchanged: the rise is not everyone's.
    ("Сдружение „Здраве и спорт Николаево“", "22222121", "22222121", False),
    ("Сдружение „Гурково – живо село“", "11111111", "11112212", False),
    ("Опан без отпадъци", "21122211", "21133322", False),
    ("Народно читалище „Братство-1905“", "32223223", None, False),
    ("Сдружение „Достъпна среда – Стара Загора“", "22213332", "22214343", True),
]
# The member that joined during the project: on joining, then now.
LATECOMER = ("Родители за безопасни улици – Казанлък", "21122211", "21123322", False)

# A few notes, in the organisation's own words, by area (0 to 7).
NOTES = {
    "Сдружение „Зелена Стара Загора“": {
        4: "Пишем по-редовно, откакто сме в мрежата.",
        6: "Първото ни предложение до общината беше за парк „Бедечка“.",
    }
}

ROUNDS = [
    ("Начало на проекта", "The project's start"),
    ("Междинна оценка", "Mid-term assessment"),
    ("Есенен кръг", "Autumn round"),
]
# The round open now: the club's draft, its first seven areas answered.
DRAFTS = {"Клуб „Отворено общество“ Стара Загора": "3332344"}


def seed_capacity(*, project_start, today):
    """Three rounds, at the project's start, at mid-term and open now, and
    the members' assessments in them."""
    periods = [
        (project_start, project_start + timedelta(days=30)),
        (today - timedelta(days=45), today - timedelta(days=15)),
        (today - timedelta(days=5), today + timedelta(days=25)),
    ]
    first, now, open_now = [
        Round.objects.update_or_create(
            name_bg=names[0],
            defaults={**in_both(name=names), "opens_on": opens, "closes_on": closes},
        )[0]
        for names, (opens, closes) in zip(ROUNDS, periods, strict=True)
    ]
    questions = list(Question.objects.asked())
    if not questions:
        return
    areas = list(dict.fromkeys(question.area_id for question in questions))
    organisations = {o.name_bg: o for o in Organisation.objects.filter(status="member")}
    editors = {
        role.organisation_id: role.user
        for role in Role.objects.filter(kind=Role.Kind.EDITOR).order_by("-pk")
    }
    for number, (name, start, later, suggested) in enumerate([*PROFILES, LATECOMER]):
        organisation = organisations.get(name)
        if organisation is None:
            continue
        latecomer = name == LATECOMER[0]
        occasions = [
            (None if latecomer else first, start, 60 if latecomer else None),
            (now, later, None),
        ]
        if name in DRAFTS:
            occasions.append((open_now, f"draft:{DRAFTS[name]}", 2))
        for round, profile, days_ago in occasions:
            if profile is None:
                continue
            draft = profile.startswith("draft:")
            levels = profile.removeprefix("draft:")
            if round == first:
                day = project_start + timedelta(days=3 + number)
            else:
                day = today - timedelta(days=days_ago or 44 - number % 25)
            at = timezone.make_aware(datetime.combine(day, time(10, number)))
            by = editors.get(organisation.pk)
            assessment, _ = Assessment.objects.update_or_create(
                organisation=organisation,
                round=round,
                defaults={
                    "status": "draft" if draft else "submitted",
                    "may_be_suggested": suggested,
                    "saved_by": by,
                    "submitted_by": None if draft else by,
                    "created_at": at,
                    "submitted_at": None if draft else at,
                },
            )
            notes = NOTES.get(name, {}) if round == now else {}
            for question in questions:
                position = areas.index(question.area_id)
                if position >= len(levels):
                    # A draft not finished: these are not answered yet.
                    assessment.answers.filter(question=question).delete()
                    continue
                answer = Answer(
                    assessment=assessment,
                    question=question,
                    level=int(levels[position]),
                )
                note = notes.get(position) if question.position == 0 else None
                answer.keep_wording()
                Answer.objects.update_or_create(
                    assessment=assessment,
                    question=question,
                    defaults={
                        "level": answer.level,
                        # The organisation writes in its own language.
                        "note": note or "",
                        "question_text": answer.question_text,
                        "question_text_bg": answer.question_text_bg,
                        "question_text_en": answer.question_text_en,
                        "level_text": answer.level_text,
                        "level_text_bg": answer.level_text_bg,
                        "level_text_en": answer.level_text_en,
                    },
                )

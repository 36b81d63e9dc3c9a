"""Demo causes in every status, with co-sponsors, supporters, a discussion,
milestones and activities; and two partner initiatives with institutions."""

import random
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from causes.models import Cause, Comment, Initiative, Status, StatusChange
from infrastructure.bilingual import in_both
from infrastructure.images import set_picture
from members.demo import PALETTE, demo_photo
from members.models import Activity, Institution, Organisation, Topic

B, A, AD, IP = Status.BACKED, Status.ON_AGENDA, Status.ADOPTED, Status.IN_PROGRESS

# The words the network uses when a cause moves on, in both languages.
REASONS = {
    Status.ON_AGENDA: ("Включена в дневния ред на общото събрание.",
                       "Put on the general meeting's agenda."),
    Status.ADOPTED: ("Приета с мнозинство на общото събрание.",
                     "Adopted by a majority of the general meeting."),
    Status.DECLINED: ("Общото събрание реши да не я поема засега.",
                      "The general meeting decided not to take it up for now."),
    Status.WITHDRAWN: ("Оттеглена: общината вече обяви такава услуга.",
                       "Withdrawn: the municipality has announced such a service."),
    Status.IN_PROGRESS: ("Работна група от три организации започна работа.",
                         "A working group of three organisations has started."),
    Status.ACHIEVED: ("Общината публикува бюджета си в отворен формат.",
                      "The municipality publishes its budget in an open format."),
    Status.CLOSED: ("Закрита: не бе намерен подходящ терен.",
                    "Closed: no suitable site could be found."),
}  # fmt: skip

CAUSES = [
    # proposer (index among current members, in the registry's order: each
    # cause proposed by a member it concerns), title bg/en, summary bg/en,
    # topic, the statuses it passed through
    (1, "Достъпна градска среда", "An accessible town",
     "Рампи, равни тротоари и достъпни спирки във всички общини.",
     "Ramps, even pavements and accessible stops in every municipality.",
     "social-inclusion", [B, A]),
    (7, "Чист въздух в Гълъбово", "Clean air in Galabovo",
     "Независимо измерване на въздуха и публични данни всеки ден.",
     "Independent air measurements and public data every day.",
     "environment", [B]),
    (4, "Младежки съвет във всяка община", "A youth council in every municipality",
     "Младите да имат глас в решенията на общините.",
     "Young people should have a say in the municipalities' decisions.",
     "youth", []),
    (0, "Открит общински бюджет", "An open municipal budget",
     "Бюджетът и отчетите на общините – публикувани в отворен формат.",
     "The municipalities' budgets and reports published in an open format.",
     "transparency", [B, A, AD, IP, Status.ACHIEVED]),
    (3, "Читалищата – отворени и през уикенда", "Community centres open at weekends",
     "Библиотеките и залите на читалищата да работят и в събота и неделя.",
     "Community centres' libraries and halls should open on Saturdays and Sundays.",
     "culture-heritage", [B, A, AD, IP]),
    (1, "Зелен коридор по река Бедечка", "A green corridor along the Bedechka",
     "Алея за пешеходци и велосипеди с дървета по цялото течение в града.",
     "A tree-lined path for walkers and cyclists along the river through the town.",
     "environment", [B, A, AD]),
    (2, "Безплатен градски транспорт за ученици",
     "Free town buses for pupils",
     "Учениците да пътуват безплатно до училище в градския транспорт.",
     "Pupils should ride the town's buses to school for free.",
     "education", [B, A, Status.DECLINED]),
    (9, "Денонощна аптека в Павел баня", "A night pharmacy in Pavel Banya",
     "Поне една аптека в общината да работи и през нощта.",
     "At least one pharmacy in the municipality should open at night.",
     "health", [Status.WITHDRAWN]),
    (5, "Приют за бездомни животни в Казанлък", "An animal shelter in Kazanlak",
     "Общински приют с ветеринарен кабинет и доброволци.",
     "A municipal shelter with a vet's room and volunteers.",
     "environment", [B, A, AD, Status.CLOSED]),
]  # fmt: skip

DESCRIPTIONS = {
    "Достъпна градска среда": (
        "Хората в инвалидни колички, родителите с детски колички и "
        "възрастните хора срещат препятствия на всяка крачка: високи "
        "бордюри, спирки без рампи, тротоари, заети от коли.\n\n"
        "Мрежата предлага:\n\n"
        "- обща карта на препятствията във всяка община;\n"
        "- годишен план за ремонти, обсъден с организациите на хора с "
        "увреждания;\n"
        "- публичен отчет какво е направено.",
        "People in wheelchairs, parents with prams and older people meet "
        "obstacles at every step: high kerbs, stops without ramps, pavements "
        "taken by cars.\n\n"
        "The network proposes:\n\n"
        "- a shared map of obstacles in every municipality;\n"
        "- a yearly plan of repairs discussed with the organisations of "
        "people with disabilities;\n"
        "- a public report of what was done.",
    ),
    "Открит общински бюджет": (
        "Всеки гражданин трябва да може да види как се харчат общинските "
        "пари. Бюджетът и отчетите за изпълнението му да се публикуват "
        "като таблици (CSV), а не само като сканирани документи.",
        "Every citizen should be able to see how the municipality's money "
        "is spent. The budget and the reports on it should be published as "
        "tables (CSV), not only as scanned documents.",
    ),
}

COMMENTS = [
    ("Иван Колев", "Подкрепям! Майка ми се придвижва с инвалидна количка и всяка "
     "разходка до центъра е изпитание."),
    ("", "Добре е да започнем с картата на проблемните места: кои спирки, кои "
     "тротоари. Можем да помогнем с доброволци."),
    ("Петя Николова", "Ще има ли обществено обсъждане? Бих искала да участвам."),
    ("", "Това е поредната излишна инициатива, никой няма да я направи."),
]  # fmt: skip
ORGANISATION_COMMENT = (
    "От наша страна можем да осигурим двама експерти за обхода на спирките "
    "и да споделим опита си от подобна кампания в Казанлък."
)

# The members' activities that advanced each cause (their Bulgarian titles).
ADVANCED_BY = {
    "Достъпна градска среда": [
        "Карта на достъпността на центъра на Стара Загора",
        "Карта на достъпността на Казанлък",
        "Обучение за служители: как да обслужваме хора с увреждания",
    ],
    "Чист въздух в Гълъбово": [
        "Подписка за чист въздух в Гълъбово",
        "Мерим въздуха: 10 сензора за фини прахови частици",
    ],
    "Младежки съвет във всяка община": [
        "Дебат „Какво задържа младите в Раднево“",
        "Младежки бюджет в Николаево",
    ],
    "Открит общински бюджет": [
        "Бюджетът на Стара Загора, обяснен за 10 минути",
        "Наблюдение на сесиите на Общинския съвет – Стара Загора",
        "Младежки бюджет на Раднево",
    ],
    "Читалищата – отворени и през уикенда": [
        "Компютърен курс за възрастни",
        "Живата библиотека в Чирпан",
        "Учим заедно в читалището",
    ],
    "Зелен коридор по река Бедечка": [
        "Почистване на бреговете на река Бедечка",
        "Есенно залесяване в парк „Аязмото“",
    ],
}

INITIATIVES = [
    {
        "title": ("Достъпна Стара Загора", "Accessible Stara Zagora"),
        "summary": (
            "Общината и членовете на мрежата картографират и премахват "
            "препятствията за хора с увреждания.",
            "The municipality and the network's members map and remove "
            "obstacles for people with disabilities.",
        ),
        "description": (
            "Меморандумът урежда общ обход на спирките, публична карта на "
            "препятствията и годишен план за ремонти, обсъден с "
            "организациите на хора с увреждания.",
            "The memorandum provides for a joint survey of the stops, a public "
            "map of obstacles and a yearly plan of repairs discussed with the "
            "organisations of people with disabilities.",
        ),
        "status": Initiative.Status.ACTIVE,
        "starts": 200,
        "ends": None,
        "institutions": ["obshtina-stara-zagora", "oblastna-administratsia"],
        "organisations": [1, 4, 6],
        "causes": ["Достъпна градска среда"],
        "agreement": (
            "Меморандум за сътрудничество",
            "Memorandum of cooperation",
            "Memorandum of cooperation: Accessible Stara Zagora",
        ),
    },
    {
        "title": ("Читалище и библиотека – отворени за всички",
                  "Community centre and library, open to all"),
        "summary": (
            "Регионалната библиотека и читалищата в мрежата удължават работното "
            "си време и споделят програма за уикендите.",
            "The regional library and the community centres in the network open "
            "longer and share a weekend programme.",
        ),
        "description": (
            "Споразумението определя общ календар, обмен на доброволци и "
            "отчитане на посещенията всяко тримесечие.",
            "The agreement sets a shared calendar, an exchange of volunteers and "
            "a count of visits every quarter.",
        ),
        "status": Initiative.Status.COMPLETED,
        "starts": 140,
        "ends": 30,
        "institutions": ["regionalna-biblioteka"],
        "organisations": [5, 2],
        "causes": ["Читалищата – отворени и през уикенда"],
        "agreement": (
            "Споразумение за партньорство",
            "Partnership agreement",
            "Partnership agreement: Community centre and library",
        ),
    },
]  # fmt: skip


def demo_pdf(title):
    """A one-page PDF that says `title` (ASCII), for demo agreements."""
    text = title.replace("\\", "").replace("(", "").replace(")", "")
    stream = f"BT /F1 18 Tf 72 760 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def demo_supporters(count):
    """People who support causes and talk about them; they never sign in."""
    User = get_user_model()
    people = []
    for number in range(1, count + 1):
        email = f"supporter{number:02d}@example.net"
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(email=email)
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        people.append(user)
    return people


def backdate(cause, *, days_ago):
    """Spread a demo cause's history over the past months."""
    start = timezone.now() - timedelta(days=days_ago)
    changes = list(cause.history.order_by("changed_at", "pk"))
    step = timedelta(days=max(1, days_ago // (len(changes) + 1)))
    for number, change in enumerate(changes):
        StatusChange.objects.filter(pk=change.pk).update(
            changed_at=start + step * number
        )
    last = start + step * (len(changes) - 1)
    Cause.objects.filter(pk=cause.pk).update(created_at=start, status_changed_at=last)


def seed_causes(*, people):
    """Create the demo causes once; people support them and talk."""
    if Cause.objects.exists():
        return
    rng = random.Random(6)  # noqa: S311 - the same demo every run
    crowd = [*people, *demo_supporters(24)]
    members = list(Organisation.objects.active().order_by("pk"))
    for index, (
        proposer_at,
        title_bg,
        title_en,
        summary_bg,
        summary_en,
        topic,
        path,
    ) in enumerate(CAUSES):
        proposer = members[proposer_at % len(members)]
        cause = Cause.objects.create(
            proposed_by=proposer,
            **in_both(title=(title_bg, title_en), summary=(summary_bg, summary_en)),
        )
        if title_bg in DESCRIPTIONS:
            cause.description_bg, cause.description_en = DESCRIPTIONS[title_bg]
            cause.save(update_fields=["description_bg", "description_en"])
        cause.topics.add(Topic.objects.get(slug=topic))
        others = [m for m in members if m != proposer]
        if Status.BACKED in path:
            for sponsor in rng.sample(others, 3):
                cause.add_co_sponsor(organisation=sponsor, by=None)
        elif path != [Status.WITHDRAWN]:
            cause.add_co_sponsor(organisation=others[index], by=None)
        for status in path:
            if status != Status.BACKED:
                bg, en = REASONS[status]
                cause.change_status(to=status, reason={"bg": bg, "en": en})
        for person in rng.sample(crowd, rng.randrange(3, len(crowd))):
            cause.support(user=person)
        if index in (0, 3):
            set_picture(
                cause,
                demo_photo(title_bg, PALETTE[index % len(PALETTE)], rng),
            )
            cause.image_alt = cause.image_alt_bg = f"Илюстрация: {title_bg}"
            cause.image_alt_en = f"Illustration: {title_en}"
            cause.save()
        backdate(cause, days_ago=330 - index * 30)
        cause.activities.set(
            Activity.objects.for_public().filter(
                title_bg__in=ADVANCED_BY.get(title_bg, [])
            )
        )
    seed_milestones()
    seed_discussion(crowd=crowd, members=members)
    seed_initiatives(members=members)


def seed_milestones():
    """Milestones dated as the meetings are (events/demo.py): the causes were
    decided 150 days ago, the working meeting on the stops was 95 days ago."""
    today = timezone.localdate()
    cause = Cause.objects.get(title_bg="Достъпна градска среда")
    cause.milestones.create(
        date=today - timedelta(days=88),
        **in_both(
            title=(
                "Писмо до общините в областта",
                "A letter to the region's municipalities",
            )
        ),
    )
    cause.milestones.create(
        date=today - timedelta(days=60),
        **in_both(
            title=(
                "Обход на спирките с общинските експерти",
                "A walk past the stops with the municipal experts",
            )
        ),
    )
    budget = Cause.objects.get(title_bg="Открит общински бюджет")
    for days_ago, bg, en in [
        (190, "Искане по ЗДОИ за бюджетните данни",
         "A freedom-of-information request for the budget data"),
        (100, "Общинският съвет прие решение за отворени данни",
         "The municipal council decided on open data"),
        (70, "Първият бюджет, публикуван като CSV",
         "The first budget published as CSV"),
    ]:  # fmt: skip
        budget.milestones.create(
            date=today - timedelta(days=days_ago), **in_both(title=(bg, en))
        )


def seed_discussion(*, crowd, members):
    """A discussion on the first cause: one comment for an organisation, and
    one that people reported and that waits for a coordinator."""
    cause = Cause.objects.get(title_bg="Достъпна градска среда")
    written = timezone.now() - timedelta(days=40)
    comments = []
    for number, (name, body) in enumerate(COMMENTS):
        comments.append(
            Comment.objects.create(
                cause=cause,
                author=crowd[3 + number],
                author_name=name,
                body=body,
                created_at=written + timedelta(days=number * 3),
            )
        )
    speaker = members[4 % len(members)]
    Comment.objects.create(
        cause=cause,
        author=crowd[0],
        author_name="",
        organisation=speaker,
        body=ORGANISATION_COMMENT,
        created_at=written + timedelta(days=5),
    )
    reported = comments[-1]
    for person in crowd[10:13]:
        reported.report(by=person, reason="Обидно и не по темата.")
    budget = Cause.objects.get(title_bg="Открит общински бюджет")
    Comment.objects.create(
        cause=budget,
        author=crowd[8],
        author_name="Стоян Петков",
        body="Браво! Първият CSV файл вече е в портала за отворени данни.",
        created_at=timezone.now() - timedelta(days=20),
    )


def seed_initiatives(*, members):
    if Initiative.objects.exists():
        return
    today = timezone.localdate()
    for spec in INITIATIVES:
        agreement_bg, agreement_en, pdf_title = spec["agreement"]
        initiative = Initiative(
            **in_both(
                title=spec["title"],
                summary=spec["summary"],
                description=spec["description"],
                agreement_title=(agreement_bg, agreement_en),
            ),
            status=spec["status"],
            starts_on=today - timedelta(days=spec["starts"]),
            ends_on=today - timedelta(days=spec["ends"]) if spec["ends"] else None,
        )
        agreement_bg, agreement_en, pdf_title = spec["agreement"]
        initiative.save()
        initiative.agreement.save(
            f"{initiative.slug}.pdf", ContentFile(demo_pdf(pdf_title)), save=True
        )
        initiative.institutions.set(
            Institution.objects.filter(slug__in=spec["institutions"])
        )
        initiative.organisations.set(
            [members[i % len(members)] for i in spec["organisations"]]
        )
        initiative.causes.set(Cause.objects.filter(title_bg__in=spec["causes"]))

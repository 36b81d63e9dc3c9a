"""The demo's help between members: a dozen requests and offers the demo
members posted, in every state: open ones still looking for someone, some
already answered; agreed ones; done ones with what came of them; one
withdrawn and two expired. A demo supporter answered two requests for
volunteers. Dates are relative to the day the demo is loaded. Safe to run
again: it updates what it made."""

from datetime import datetime, time, timedelta
from decimal import Decimal

from django.utils import timezone

from members.activity_demo import (
    ACCESSIBLE,
    BRATSTVO,
    CHILDREN,
    CLUB,
    GREEN,
    GURKOVO,
    HERITAGE,
    MAGLIZH,
    NIKOLAEVO,
    OPAN,
    PARENTS,
    PROBUDA,
    RADNEVO,
    SAFE_STREETS,
    SVETLINA,
)
from members.demo import editor_of
from members.models import Organisation, Place, Topic
from mutual_help.models import HelpItem, Response

SUPPORTER = None  # an answer of the demo supporter, for herself

# Each item: the organisation posting it, direction, kind, status, title,
# description and quantity (bg, en each), its municipality (or None: online
# only), whether also online, topics; its days relative to today (first,
# last or None; or None for ongoing), when it was posted and when it reached
# its status (days ago); what came of it (bg, en, figure, measure) for done
# ones; and the answers: (who, message bg, accepted, days ago).
ITEMS = [
    {
        "organisation": GREEN,
        "direction": "request",
        "kind": "volunteers",
        "status": "open",
        "title": (
            "Доброволци за почистване на брега на Бедечка",
            "Volunteers to clean up the banks of the Bedechka",
        ),
        "description": (
            "В събота почистваме коритото и бреговете на Бедечка от моста на "
            "бул. „Руски“ до парк „Бедечка“. Осигуряваме ръкавици, чували и "
            "вода; събираме се в 9:00 при моста.",
            "On Saturday we clean the bed and banks of the Bedechka from the "
            "bridge on Ruski Blvd to Bedechka Park. We provide gloves, bags "
            "and water; we meet at 9:00 at the bridge.",
        ),
        "quantity": ("20 доброволци за половин ден", "20 volunteers for half a day"),
        "place": "stara-zagora",
        "online": False,
        "topics": ["environment", "volunteering"],
        "days": (12, None),
        "posted": 9,
        "changed": 9,
        "answers": [
            (MAGLIZH, "Идваме осем души, с наши ръкавици.", False, 6),
            (SUPPORTER, "Ще дойда с двете си деца, на 12 и 15 години.", False, 3),
        ],
    },
    {
        "organisation": RADNEVO,
        "direction": "request",
        "kind": "premises",
        "status": "open",
        "title": (
            "Зала за младежка дискусия за бюджета на общината",
            "A hall for a youth debate on the municipal budget",
        ),
        "description": (
            "Търсим зала в Раднево за вечерна дискусия с младежи и общински "
            "съветници за проектобюджета. Нужни са столове и контакт за "
            "проектор.",
            "We are looking for a hall in Radnevo for an evening debate of "
            "young people and councillors on the draft budget. Chairs and a "
            "socket for a projector are needed.",
        ),
        "quantity": ("зала за 40 души, два часа", "a hall for 40 people, two hours"),
        "place": "radnevo",
        "online": False,
        "topics": ["youth", "civic-participation"],
        "days": (18, None),
        "posted": 4,
        "changed": 4,
        "answers": [],
    },
    {
        "organisation": SVETLINA,
        "direction": "offer",
        "kind": "equipment",
        "status": "open",
        "title": (
            "Предлагаме проектор и екран за събития",
            "A projector and a screen to lend for events",
        ),
        "description": (
            "Читалището заема безплатно мултимедиен проектор, сгъваем екран "
            "2 × 1,5 м и удължител на членовете на мрежата. Взимате ги от "
            "читалището в Чирпан и ги връщате до три дни.",
            "The community centre lends the network's members a projector, a "
            "folding 2 × 1.5 m screen and an extension cable for free. Collect "
            "them from the centre in Chirpan and bring them back within three "
            "days.",
        ),
        "quantity": ("проектор, екран и удължител", "a projector, a screen, a cable"),
        "place": "chirpan",
        "online": False,
        "topics": ["culture-heritage", "education"],
        "days": None,
        "posted": 21,
        "changed": 21,
        "answers": [
            (
                BRATSTVO,
                "Бихме го взели за прожекция за деца в края на месеца.",
                False,
                5,
            ),
        ],
    },
    {
        "organisation": BRATSTVO,
        "direction": "request",
        "kind": "other",
        "status": "open",
        "title": (
            "Детски книги за библиотеката на читалището",
            "Children's books for the community centre's library",
        ),
        "description": (
            "Детският отдел на библиотеката ни е с книги отпреди 1990 г. "
            "Събираме здрави детски книги и енциклопедии; ако имате излишни, "
            "ще минем да ги вземем.",
            "The children's section of our library has books from before 1990. "
            "We collect children's books and encyclopaedias in good condition; "
            "if you have spare ones, we will come and pick them up.",
        ),
        "quantity": ("около 200 книги", "about 200 books"),
        "place": "bratya-daskalovi",
        "online": False,
        "topics": ["culture-heritage", "education"],
        "days": None,
        "posted": 30,
        "changed": 30,
        "answers": [],
    },
    {
        "organisation": CLUB,
        "direction": "offer",
        "kind": "expertise",
        "status": "agreed",
        "title": (
            "Час с юрист: консултация за сдружения",
            "An hour with a lawyer: advice for associations",
        ),
        "description": (
            "Юристът на Клуба отделя по един час на член на мрежата: устав, "
            "промени в управителния съвет, регистър на ЮЛНЦ, договори с "
            "общината. Консултацията е онлайн или в офиса ни.",
            "The Club's lawyer gives a member of the network an hour: statutes, "
            "changes to the board, the register of non-profits, contracts with "
            "the municipality. Online or at our office.",
        ),
        "quantity": ("един час на организация", "an hour for each organisation"),
        "place": "stara-zagora",
        "online": True,
        "topics": ["civic-participation", "transparency"],
        "days": None,
        "posted": 26,
        "changed": 8,
        "answers": [
            (
                SAFE_STREETS,
                "Искаме да се регистрираме като сдружение — имаме нужда от "
                "съвет за устава.",
                True,
                20,
            ),
            (
                ACCESSIBLE,
                "Въпрос за договор с общината за ползване на помещение.",
                False,
                12,
            ),
        ],
    },
    {
        "organisation": CHILDREN,
        "direction": "request",
        "kind": "transport",
        "status": "agreed",
        "title": (
            "Бус за децата до Регионалния музей",
            "A van to take the children to the Regional Museum",
        ),
        "description": (
            "Водим група деца от Казанлък на занимание в Регионалния "
            "исторически музей в Стара Загора. Търсим бус с шофьор за деня; "
            "поемаме горивото.",
            "We take a group of children from Kazanlak to a workshop at the "
            "Regional History Museum in Stara Zagora. We need a van with a "
            "driver for the day; we pay for the fuel.",
        ),
        "quantity": ("бус с 8 места, за един ден", "an 8-seat van for a day"),
        "place": "kazanlak",
        "online": False,
        "topics": ["education", "youth"],
        "days": (9, None),
        "posted": 15,
        "changed": 6,
        "answers": [
            (NIKOLAEVO, "Нашият бус е свободен; шофира председателят.", True, 10),
        ],
    },
    {
        "organisation": GREEN,
        "direction": "request",
        "kind": "volunteers",
        "status": "done",
        "title": (
            "Доброволци за есенното залесяване в парк „Бедечка“",
            "Volunteers for the autumn planting in Bedechka Park",
        ),
        "description": (
            "Засаждаме 120 фиданки липа и клен, дарени от общинския разсадник. "
            "Нужни са хора с лопати и желание; водим и деца.",
            "We plant 120 lime and maple saplings from the municipal nursery. "
            "We need people with spades and goodwill; children welcome.",
        ),
        "quantity": ("30 доброволци", "30 volunteers"),
        "place": "stara-zagora",
        "online": False,
        "topics": ["environment", "volunteering"],
        "days": (-40, None),
        "posted": 62,
        "changed": 38,
        "outcome": (
            "34 доброволци засадиха всичките 120 фиданки за една сутрин; "
            "дойдоха и осем от Мъглиж и шестима от Опан.",
            "34 volunteers planted all 120 saplings in a morning; eight came "
            "from Maglizh and six from Opan.",
            Decimal(34),
            "people",
        ),
        "answers": [
            (MAGLIZH, "Идваме осем души с кола и наши лопати.", True, 55),
            (OPAN, "Шестима сме, ще се присъединим в 9:00.", True, 52),
            (SUPPORTER, "Ще дойда и ще доведа колежка.", True, 48),
        ],
    },
    {
        "organisation": HERITAGE,
        "direction": "offer",
        "kind": "funding_advice",
        "status": "done",
        "title": (
            "Помощ при писане на проект за Фонд Активни граждани",
            "Help writing a proposal for the Active Citizens Fund",
        ),
        "description": (
            "Екипът ни е написал девет одобрени проекта. Помагаме на малки "
            "организации с логическата рамка, бюджета и индикаторите преди "
            "крайния срок на поканата.",
            "Our team has written nine funded proposals. We help small "
            "organisations with the logical framework, the budget and the "
            "indicators before the call's deadline.",
        ),
        "quantity": (
            "до три организации, по два часа",
            "up to three organisations, two hours each",
        ),
        "place": "stara-zagora",
        "online": True,
        "topics": ["local-development", "culture-heritage"],
        "days": (-75, -45),
        "posted": 90,
        "changed": 44,
        "outcome": (
            "Три срещи с „Гурково – живо село“ и читалище „Пробуда-1898“; "
            "двете организации подадоха проекти навреме.",
            "Three sessions with Gurkovo Living Village and the Probuda-1898 "
            "community centre; both organisations submitted their proposals "
            "on time.",
            Decimal(6),
            "hours",
        ),
        "answers": [
            (
                GURKOVO,
                "За първи път кандидатстваме — ще се радваме на помощ.",
                True,
                80,
            ),
            (PROBUDA, "Имаме идея за младежки клуб, но не и бюджет.", True, 78),
        ],
    },
    {
        "organisation": ACCESSIBLE,
        "direction": "request",
        "kind": "premises",
        "status": "done",
        "title": (
            "Зала за обучение на доброволци по достъпност",
            "A hall to train volunteers in accessibility checks",
        ),
        "description": (
            "Обучаваме 15 доброволци да проверяват достъпността на сгради. "
            "Нужна е зала на партер, достъпна с инвалидна количка, за два "
            "следобеда.",
            "We train 15 volunteers to check how accessible buildings are. We "
            "need a ground-floor hall, accessible by wheelchair, for two "
            "afternoons.",
        ),
        "quantity": ("зала на партер за 20 души", "a ground-floor hall for 20"),
        "place": "stara-zagora",
        "online": False,
        "topics": ["social-inclusion", "human-rights"],
        "days": (-24, -23),
        "posted": 45,
        "changed": 20,
        "outcome": (
            "Клубът ни даде залата си безплатно за двата следобеда; обучени са "
            "15 доброволци.",
            "The Club gave us its hall for both afternoons for free; 15 "
            "volunteers were trained.",
            Decimal(240),
            "euro",
        ),
        "answers": [
            (
                CLUB,
                "Залата ни е на партер с рампа — свободна е и в двата дни.",
                True,
                40,
            ),
        ],
    },
    {
        "organisation": PARENTS,
        "direction": "request",
        "kind": "equipment",
        "status": "done",
        "title": (
            "Озвучаване за детски празник на площада",
            "Sound equipment for a children's celebration on the square",
        ),
        "description": (
            "На площада в Гълъбово правим празник с училищата. Търсим "
            "тонколони, пулт и два микрофона за следобеда.",
            "We hold a celebration with the schools on the square in Galabovo. "
            "We need speakers, a mixer and two microphones for the afternoon.",
        ),
        "quantity": (
            "тонколони, пулт, 2 микрофона",
            "speakers, a mixer, 2 microphones",
        ),
        "place": "galabovo",
        "online": False,
        "topics": ["education", "youth"],
        "days": (-100, None),
        "posted": 120,
        "changed": 98,
        "outcome": (
            "Гурково ни заеха озвучаването си и техникът им остана за целия празник.",
            "Gurkovo lent us their sound system, and their technician stayed "
            "for the whole celebration.",
            None,
            "",
        ),
        "answers": [
            (GURKOVO, "Имаме озвучаване от събора; ще го докараме.", True, 110),
        ],
    },
    {
        "organisation": OPAN,
        "direction": "request",
        "kind": "transport",
        "status": "withdrawn",
        "title": (
            "Превоз на събраните отпадъци до площадката в Стара Загора",
            "Transport for the waste we collected to the site in Stara Zagora",
        ),
        "description": (
            "След акцията имаме около 40 чувала разделно събрани отпадъци. "
            "Търсим ремарке или бус до площадката за рециклиране.",
            "After the clean-up we have about 40 bags of sorted waste. We need "
            "a trailer or a van to the recycling site.",
        ),
        "quantity": ("бус или ремарке, един курс", "a van or a trailer, one trip"),
        "place": "opan",
        "online": False,
        "topics": ["environment"],
        "days": (5, None),
        "posted": 14,
        "changed": 11,
        "answers": [],
    },
    {
        "organisation": PROBUDA,
        "direction": "request",
        "kind": "volunteers",
        "status": "expired",
        "title": (
            "Доброволци за Нощта на читалищата",
            "Volunteers for the Night of the Community Centres",
        ),
        "description": (
            "Търсим младежи, които да посрещат гостите, да водят деца по "
            "работилниците и да снимат.",
            "We are looking for young people to welcome the guests, take "
            "children around the workshops and take photos.",
        ),
        "quantity": ("6 доброволци за вечерта", "6 volunteers for the evening"),
        "place": "pavel-banya",
        "online": False,
        "topics": ["culture-heritage", "youth"],
        "days": (-30, None),
        "posted": 50,
        "changed": 29,
        "answers": [
            (RADNEVO, "Двама от нас могат, ако има транспорт.", False, 35),
        ],
    },
    {
        "organisation": NIKOLAEVO,
        "direction": "offer",
        "kind": "equipment",
        "status": "expired",
        "title": (
            "Палатки и маси за събори и базари",
            "Tents and tables for fairs and bazaars",
        ),
        "description": (
            "Имаме четири шатри 3 × 3 м и десет сгъваеми маси, свободни през "
            "лятото. Транспортът е ваш.",
            "We have four 3 × 3 m tents and ten folding tables, free over the "
            "summer. You bring the transport.",
        ),
        "quantity": ("4 шатри и 10 маси", "4 tents and 10 tables"),
        "place": "nikolaevo",
        "online": False,
        "topics": ["sport", "local-development"],
        "days": (-60, -10),
        "posted": 70,
        "changed": 9,
        "answers": [],
    },
]


def moment(today, days_ago, hour=10):
    return timezone.make_aware(
        datetime.combine(today - timedelta(days=days_ago), time(hour))
    )


def accepted_on(row, answered):
    """Days ago an answer was accepted: an agreed item's when it was
    agreed; a done one's two days after the answer, before it was done."""
    if row["status"] == "agreed":
        return row["changed"]
    return max(answered - 2, row["changed"] + 1)


def seed_help(*, today, supporter):
    """Create or update the demo's requests and offers of help and their
    answers; `supporter` answers two requests for volunteers for herself."""
    organisations = {
        organisation.name_bg: organisation
        for organisation in Organisation.objects.active()
    }
    places = {place.slug: place for place in Place.objects.municipalities()}
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    for row in ITEMS:
        organisation = organisations.get(row["organisation"])
        if organisation is None:
            continue
        poster = editor_of(organisation)
        if row["days"] is None:
            starts_on = ends_on = None
        else:
            first, last = row["days"]
            starts_on = today + timedelta(days=first)
            ends_on = None if last is None else today + timedelta(days=last)
        outcome, figure, measure = ("", ""), None, ""
        if "outcome" in row:
            *outcome, figure, measure = row["outcome"]
        item, _ = HelpItem.objects.update_or_create(
            organisation=organisation,
            title_bg=row["title"][0],
            defaults={
                "direction": row["direction"],
                "kind": row["kind"],
                "status": row["status"],
                "title": row["title"][0],
                "title_en": row["title"][1],
                "description": row["description"][0],
                "description_bg": row["description"][0],
                "description_en": row["description"][1],
                "quantity": row["quantity"][0],
                "quantity_bg": row["quantity"][0],
                "quantity_en": row["quantity"][1],
                "starts_on": starts_on,
                "ends_on": ends_on,
                "ongoing": row["days"] is None,
                "place": places.get(row["place"]),
                "online": row["online"],
                "posted_by": poster,
                "outcome": outcome[0],
                "outcome_bg": outcome[0],
                "outcome_en": outcome[1],
                "outcome_figure": figure,
                "outcome_measure": measure,
                "created_at": moment(today, row["posted"]),
                "status_changed_at": moment(today, row["changed"], hour=17),
            },
        )
        item.topics.set([topics[slug] for slug in row["topics"] if slug in topics])
        for who, message, accepted, days_ago in row["answers"]:
            answering = organisations.get(who) if who else None
            if answering is None and (who or supporter is None):
                continue
            fields = {
                "message": message,
                "created_at": moment(today, days_ago, hour=12),
                "accepted_at": (
                    moment(today, accepted_on(row, days_ago), hour=16)
                    if accepted
                    else None
                ),
                "accepted_by": poster if accepted else None,
            }
            if answering is None:
                Response.objects.update_or_create(
                    item=item, organisation=None, responder=supporter, defaults=fields
                )
            else:
                Response.objects.update_or_create(
                    item=item,
                    organisation=answering,
                    defaults={"responder": editor_of(answering), **fields},
                )

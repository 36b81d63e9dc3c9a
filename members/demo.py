"""The demo registry: the coordinating club and 15 members of every kind
across Stara Zagora region, with logos, topics and people, and two years of
their activities and results."""

import io
import random
from datetime import date, datetime, time, timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image, ImageDraw

from infrastructure.images import set_logo, set_photo
from infrastructure.transliteration import transliterate
from members.models import (
    Activity,
    ActivityPhoto,
    Application,
    Indicator,
    Institution,
    Organisation,
    Place,
    Result,
    Role,
    Topic,
)

ASSOCIATION = Organisation.Kind.ASSOCIATION
FOUNDATION = Organisation.Kind.FOUNDATION
CHITALISHTE = Organisation.Kind.COMMUNITY_CENTRE
GROUP = Organisation.Kind.INFORMAL_GROUP

# name bg, name en, kind, municipality, settlement bg, settlement en, topics,
# founded, status, mission bg, mission en, description bg, description en
ORGANISATIONS = [
    (
        "Клуб „Отворено общество“ Стара Загора",
        "Open Society Club Stara Zagora",
        ASSOCIATION,
        "stara-zagora",
        ("Стара Загора", "Stara Zagora"),
        ["civic-participation", "transparency", "human-rights"],
        1993,
        "member",
        (
            "Гражданско общество, което участва, пита и постига.",
            "A civil society that takes part, asks questions and gets results.",
        ),
        (
            "Клубът работи за открито и демократично общество в Стара Загора от "
            "1993 г. Подкрепя граждански инициативи, следи работата на местната "
            "власт и обединява организациите от региона в мрежа „Синергия“.",
            "Since 1993 the club has worked for an open, democratic society in "
            "Stara Zagora. It supports civic initiatives, follows the work of "
            "local government and brings the region's organisations together in "
            "the Synergy Network.",
        ),
    ),
    (
        "Сдружение „Зелена Стара Загора“",
        "Green Stara Zagora Association",
        ASSOCIATION,
        "stara-zagora",
        ("Стара Загора", "Stara Zagora"),
        ["environment", "volunteering"],
        2011,
        "member",
        (
            "Чист въздух и зелени квартали за всички.",
            "Clean air and green neighbourhoods for all.",
        ),
        (
            "Засаждаме дървета, следим качеството на въздуха и организираме "
            "доброволчески почистващи акции в кварталите на града.",
            "We plant trees, monitor air quality and organise volunteer clean-ups "
            "in the city's neighbourhoods.",
        ),
    ),
    (
        "Фондация „Бъдеще за децата“",
        "Future for Children Foundation",
        FOUNDATION,
        "kazanlak",
        ("Казанлък", "Kazanlak"),
        ["education", "social-inclusion", "youth"],
        2008,
        "member",
        (
            "Всяко дете заслужава шанс да учи.",
            "Every child deserves a chance to learn.",
        ),
        (
            "Подкрепяме деца от уязвими семейства с занимания след училище, "
            "наставничество и стипендии.",
            "We support children from vulnerable families with after-school "
            "activities, mentoring and scholarships.",
        ),
    ),
    (
        "Народно читалище „Светлина-1875“",
        "Svetlina-1875 Community Centre",
        CHITALISHTE,
        "chirpan",
        ("Чирпан", "Chirpan"),
        ["culture-heritage", "education"],
        1875,
        "member",
        (
            "Читалището е дом на културата в града.",
            "The chitalishte is the town's home of culture.",
        ),
        (
            "Библиотека, фолклорен ансамбъл, школи по музика и танци и "
            "краеведски клуб.",
            "A library, a folk ensemble, music and dance schools and a local "
            "history club.",
        ),
    ),
    (
        "Млади граждани Раднево",
        "Young Citizens of Radnevo",
        GROUP,
        "radnevo",
        ("Раднево", "Radnevo"),
        ["youth", "civic-participation"],
        2021,
        "member",
        ("Младите имат глас в своя град.", "Young people have a voice in their town."),
        (
            "Неформална група от ученици и студенти, която предлага идеи на "
            "общината и организира дебати.",
            "An informal group of school and university students who bring ideas "
            "to the municipality and organise debates.",
        ),
    ),
    (
        "Сдружение „Розова долина за всички“",
        "Rose Valley for All Association",
        ASSOCIATION,
        "kazanlak",
        ("Шипка", "Shipka"),
        ["social-inclusion", "health"],
        2014,
        "member",
        (
            "Достъпна среда и достойнство за хората с увреждания.",
            "Access and dignity for people with disabilities.",
        ),
        (
            "Работим за достъпна градска среда и социални услуги в общността за "
            "хора с увреждания и техните семейства.",
            "We work for accessible public spaces and community social services "
            "for people with disabilities and their families.",
        ),
    ),
    (
        "Фондация „Наследство Тракия“",
        "Thracian Heritage Foundation",
        FOUNDATION,
        "stara-zagora",
        ("Стара Загора", "Stara Zagora"),
        ["culture-heritage", "local-development"],
        2016,
        "member",
        (
            "Древното наследство като ресурс за местно развитие.",
            "Ancient heritage as a resource for local development.",
        ),
        (
            "Проучваме, опазваме и популяризираме тракийското културно наследство "
            "в региона.",
            "We research, protect and promote the Thracian cultural heritage of "
            "the region.",
        ),
    ),
    (
        "Сдружение „Активни родители Гълъбово“",
        "Active Parents Galabovo Association",
        ASSOCIATION,
        "galabovo",
        ("Гълъбово", "Galabovo"),
        ["education", "civic-participation"],
        2018,
        "member",
        (
            "Родителите като партньори на училището.",
            "Parents as partners of the school.",
        ),
        (
            "Обединяваме родители, които искат по-добро образование и по-безопасна "
            "среда за децата си.",
            "We bring together parents who want better education and a safer "
            "environment for their children.",
        ),
    ),
    (
        "Доброволци от Мъглиж",
        "Maglizh Volunteers",
        GROUP,
        "maglizh",
        ("Мъглиж", "Maglizh"),
        ["volunteering", "environment"],
        2020,
        "member",
        (
            "Малките дела променят мястото, където живеем.",
            "Small deeds change the place we live in.",
        ),
        (
            "Доброволци, които почистват пътеки, помагат на възрастни хора и "
            "поддържат парка в града.",
            "Volunteers who clear trails, help older people and look after the "
            "town park.",
        ),
    ),
    (
        "Народно читалище „Пробуда-1898“",
        "Probuda-1898 Community Centre",
        CHITALISHTE,
        "pavel-banya",
        ("Павел баня", "Pavel Banya"),
        ["culture-heritage", "youth"],
        1898,
        "member",
        ("Традиции за бъдещето.", "Traditions for the future."),
        (
            "Самодейни състави, библиотека и летни занимания за деца.",
            "Amateur ensembles, a library and summer activities for children.",
        ),
    ),
    (
        "Сдружение „Здраве и спорт Николаево“",
        "Health and Sport Nikolaevo Association",
        ASSOCIATION,
        "nikolaevo",
        ("Николаево", "Nikolaevo"),
        ["sport", "health", "youth"],
        2012,
        "member",
        ("Движение за всяка възраст.", "Exercise for every age."),
        (
            "Организираме спортни празници, турнири и беседи за здравословен "
            "начин на живот.",
            "We organise sports days, tournaments and talks on healthy living.",
        ),
    ),
    (
        "Фондация „Прозрачна община“",
        "Transparent Municipality Foundation",
        FOUNDATION,
        "stara-zagora",
        ("Стара Загора", "Stara Zagora"),
        ["transparency", "civic-participation"],
        2015,
        "former",
        ("Общински решения, видими за всички.", "Municipal decisions visible to all."),
        (
            "Следим общинските бюджети и обществените поръчки и ги обясняваме "
            "разбираемо.",
            "We follow municipal budgets and public procurement and explain them "
            "plainly.",
        ),
    ),
    (
        "Сдружение „Гурково – живо село“",
        "Gurkovo Living Village Association",
        ASSOCIATION,
        "gurkovo",
        ("Гурково", "Gurkovo"),
        ["local-development", "culture-heritage"],
        2017,
        "member",
        ("Живот в селата на Балкана.", "Life in the villages of the Balkan mountains."),
        (
            "Подкрепяме местни производители, селски туризъм и нови жители на "
            "селата в общината.",
            "We support local producers, rural tourism and new residents of the "
            "municipality's villages.",
        ),
    ),
    (
        "Опан без отпадъци",
        "Zero Waste Opan",
        GROUP,
        "opan",
        ("Опан", "Opan"),
        ["environment"],
        2022,
        "member",
        ("Разделно събиране във всяко село.", "Separate collection in every village."),
        (
            "Група жители, която въвежда разделно събиране и компостиране в "
            "селата на общината.",
            "Residents who bring separate collection and composting to the "
            "municipality's villages.",
        ),
    ),
    (
        "Сдружение „Равни права – Чирпан“",
        "Equal Rights Chirpan Association",
        ASSOCIATION,
        "chirpan",
        ("Чирпан", "Chirpan"),
        ["human-rights", "social-inclusion"],
        2010,
        "suspended",
        ("Равен достъп до права и услуги.", "Equal access to rights and services."),
        (
            "Безплатни правни консултации и застъпничество за хора в неравностойно "
            "положение.",
            "Free legal advice and advocacy for disadvantaged people.",
        ),
    ),
    (
        "Народно читалище „Братство-1905“",
        "Bratstvo-1905 Community Centre",
        CHITALISHTE,
        "bratya-daskalovi",
        ("Братя Даскалови", "Bratya Daskalovi"),
        ["culture-heritage", "education"],
        1905,
        "member",
        ("Знание и общност в селото.", "Knowledge and community in the village."),
        (
            "Библиотека, компютърна зала за всички и клуб за четене с деца.",
            "A library, a computer room open to all and a reading club for children.",
        ),
    ),
]

PALETTE = ["#0d5c55", "#b4410f", "#1d4e89", "#6b3fa0", "#2f7d32", "#8a5a00", "#a4161a"]


def demo_eik(rng):
    """A 9-digit ЕИК with a right check digit (DOMAIN.md's rule)."""
    digits = [rng.randrange(10) for _ in range(8)]
    total = sum(d * w for d, w in zip(digits, range(1, 9), strict=True)) % 11
    if total == 10:
        total = sum(d * w for d, w in zip(digits, range(3, 11), strict=True)) % 11
    return "".join(map(str, digits)) + str(0 if total == 10 else total)


def demo_logo(text, colour):
    """A round logo with the organisation's initials, as an uploaded PNG."""
    size = 512
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse([8, 8, size - 8, size - 8], fill=colour)
    draw.ellipse([48, 48, size - 48, size - 48], outline="#ffffff", width=14)
    draw.text((size / 2, size / 2), text, fill="#ffffff", anchor="mm", font_size=190)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png")


def initials(name):
    """Latin initials of the name's last capitalised words (Pillow's built-in
    font has no Cyrillic)."""
    latin = transliterate(name).replace("„", " ").replace("“", " ")
    words = [word for word in latin.split() if word[0].isupper()]
    return "".join(word[0] for word in words[-2:]).upper() or "NGO"


def seed_registry(*, editor, representative):
    """Create or update the demo organisations; return the coordinating club."""
    rng = random.Random(2024)  # noqa: S311 - the same demo ЕИКs every run
    region = Place.objects.get(code="BG-24")
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    organisations = []
    for index, row in enumerate(ORGANISATIONS):
        (name_bg, name_en, kind, municipality, settlement, topic_slugs, founded,
         status, mission, description) = row  # fmt: skip
        eik = demo_eik(rng) if kind != GROUP else None
        organisation = Organisation.objects.filter(name_bg=name_bg).first()
        organisation = organisation or Organisation(name_bg=name_bg)
        fields = {
            "name": name_bg,
            "name_en": name_en,
            "kind": kind,
            "benefit": Organisation.Benefit.PUBLIC if kind != GROUP else "",
            "eik": eik,
            "status": status,
            "joined_on": date(2024, 3, 15) if index else date(2024, 1, 10),
            "left_on": date(2025, 6, 30) if status == "former" else None,
            "is_coordinator": index == 0,
            "region": region,
            "municipality": Place.objects.get(slug=municipality),
            "settlement_bg": settlement[0],
            "settlement_en": settlement[1],
            "email": f"contact{index + 1}@example.org",
            "phone": f"+359 42 {600 + index:03d} {100 + index:03d}",
            "website": f"https://org{index + 1}.example.org/",
            "facebook": f"https://www.facebook.com/example.org{index + 1}"
            if index % 2 == 0
            else "",
            "founded_year": founded,
            "mission_bg": mission[0],
            "mission_en": mission[1],
            "description_bg": description[0],
            "description_en": description[1],
        }
        for field, value in fields.items():
            setattr(organisation, field, value)
        if not organisation.logo:
            organisation.save()
            set_logo(
                organisation,
                demo_logo(initials(name_bg), PALETTE[index % len(PALETTE)]),
            )
        organisation.save()
        organisation.topics.set([topics[slug] for slug in topic_slugs])
        organisations.append(organisation)

    club, green = organisations[0], organisations[1]
    Role.objects.get_or_create(user=editor, organisation=green, kind=Role.Kind.EDITOR)
    Role.objects.get_or_create(
        user=representative, organisation=club, kind=Role.Kind.REPRESENTATIVE
    )
    Role.objects.get_or_create(
        user=representative, organisation=club, kind=Role.Kind.EDITOR
    )
    if not Application.objects.filter(contact_email="apply@example.org").exists():
        application = Application.objects.create(
            name="Сдружение „Читателски клуб Казанлък“",
            kind=ASSOCIATION,
            eik=demo_eik(random.Random(7)),  # noqa: S311
            municipality=Place.objects.get(slug="kazanlak"),
            settlement="Казанлък",
            contact_name="Петя Колева",
            contact_email="apply@example.org",
            description="Клуб за четене и дискусии за младежи и възрастни.",
            consent=True,
        )
        application.topics.set([topics["education"], topics["culture-heritage"]])
    return club


INSTITUTIONS = [
    (
        "obshtina-stara-zagora",
        "Община Стара Загора",
        "Stara Zagora Municipality",
        "municipality",
        "stara-zagora",
    ),
    (
        "oblastna-administratsia",
        "Областна администрация – Стара Загора",
        "Stara Zagora Regional Administration",
        "regional_administration",
        "stara-zagora",
    ),
    (
        "regionalna-biblioteka",
        "Регионална библиотека „Захарий Княжески“",
        "Zahariy Knyazheski Regional Library",
        "library",
        "stara-zagora",
    ),
    (
        "obshtina-kazanlak",
        "Община Казанлък",
        "Kazanlak Municipality",
        "municipality",
        "kazanlak",
    ),
    (
        "ou-hristo-botev-chirpan",
        "ОУ „Христо Ботев“ – Чирпан",
        "Hristo Botev Primary School, Chirpan",
        "school",
        "chirpan",
    ),
    (
        "istoricheski-muzey",
        "Регионален исторически музей – Стара Загора",
        "Stara Zagora Regional History Museum",
        "museum",
        "stara-zagora",
    ),
]

# kind, title bg, title en, summary bg, summary en, indicator slugs
ACTIVITY_TEMPLATES = [
    ("volunteering", "Почистване на парк", "Park clean-up",
     "Доброволци почистиха парка и засадиха нови дървета.",
     "Volunteers cleaned the park and planted new trees.", ["volunteers", "people-reached"]),
    ("training", "Обучение за млади лидери", "Training for young leaders",
     "Двудневно обучение по гражданско участие за ученици.",
     "A two-day training in civic participation for pupils.", ["participants-trained", "people-reached"]),
    ("advocacy", "Предложения към общинския съвет", "Proposals to the municipal council",
     "Внесохме предложения за по-достъпна градска среда.",
     "We submitted proposals for a more accessible town.", ["proposals", "media"]),
    ("event", "Празник на общността", "Community festival",
     "Открит празник с музика, игри и информационни щандове.",
     "An open festival with music, games and information stands.", ["people-reached", "volunteers", "media"]),
    ("campaign", "Кампания за набиране на средства", "Fundraising campaign",
     "Събрахме средства за оборудване на читалнята.",
     "We raised funds to equip the reading room.", ["funds-raised", "people-reached"]),
    ("advocacy", "Споразумение с институция", "Agreement with an institution",
     "Подписахме споразумение за партньорство за следващите две години.",
     "We signed a partnership agreement for the next two years.", ["agreements", "media"]),
]  # fmt: skip

VALUE_RANGES = {
    "people-reached": (40, 600),
    "volunteers": (5, 60),
    "participants-trained": (10, 45),
    "proposals": (1, 6),
    "agreements": (1, 2),
    "media": (1, 8),
    "funds-raised": (300, 4000),
}


def demo_photo(text, colour, rng):
    """A landscape picture with shapes and a caption, as an uploaded JPEG."""
    image = Image.new("RGB", (1200, 800), colour)
    draw = ImageDraw.Draw(image)
    for _ in range(6):
        x, y = rng.randrange(0, 1100), rng.randrange(0, 700)
        radius = rng.randrange(60, 220)
        draw.ellipse(
            [x - radius, y - radius, x + radius, y + radius],
            outline="#ffffff",
            width=10,
        )
    draw.rectangle([0, 640, 1200, 800], fill="#1c2422")
    draw.text((40, 720), text, fill="#ffffff", anchor="lm", font_size=56)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return SimpleUploadedFile("photo.jpg", buffer.getvalue(), content_type="image/jpeg")


def seed_institutions():
    for slug, name_bg, name_en, kind, municipality in INSTITUTIONS:
        Institution.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name_bg,
                "name_bg": name_bg,
                "name_en": name_en,
                "kind": kind,
                "municipality": Place.objects.get(slug=municipality),
            },
        )


def seed_activities(*, verifier, today):
    """Two years of activities for every member that has none yet: some joint,
    some with institutions, with results on every default indicator."""
    rng = random.Random(1860)  # noqa: S311 - the same demo every run
    seed_institutions()
    institutions = list(Institution.objects.all())
    indicators = {indicator.slug: indicator for indicator in Indicator.objects.all()}
    members = list(Organisation.objects.exclude(status="applicant").order_by("pk"))
    active = [
        organisation for organisation in members if organisation.status == "member"
    ]
    for index, organisation in enumerate(members):
        if organisation.activities.exists():
            continue
        topics = list(organisation.topics.all())
        for number in range(4):
            template = ACTIVITY_TEMPLATES[(index + number) % len(ACTIVITY_TEMPLATES)]
            kind, title_bg, title_en, summary_bg, summary_en, measured = template
            starts_on = today - timedelta(days=45 + number * 170 + rng.randrange(60))
            if organisation.left_on and starts_on > organisation.left_on:
                starts_on = organisation.left_on - timedelta(days=30 + number * 90)
            activity = Activity(
                organisation=organisation,
                title=f"{title_bg} – {organisation.settlement_bg} {starts_on.year}",
                title_bg=f"{title_bg} – {organisation.settlement_bg} {starts_on.year}",
                title_en=f"{title_en} in {organisation.settlement_en}, {starts_on.year}",
                summary=summary_bg,
                summary_bg=summary_bg,
                summary_en=summary_en,
                body_bg=f"{summary_bg}\n\nБлагодарим на всички, които се включиха.",
                body_en=f"{summary_en}\n\nThank you to everyone who took part.",
                kind=kind,
                starts_on=starts_on,
                place=organisation.municipality,
                location_bg=organisation.settlement_bg,
                location_en=organisation.settlement_en,
                state=Activity.State.PUBLISHED,
                published_at=timezone.make_aware(
                    datetime.combine(starts_on + timedelta(days=2), time(10))
                ),
            )
            activity.save()
            activity.topics.set(topics[:2])
            if number % 2 == 0:  # the network's synergy: a joint activity
                partner = active[(index + number + 1) % len(active)]
                if partner != organisation:
                    activity.co_organisers.add(partner)
            if number % 3 == 0:
                activity.institutions.add(
                    institutions[(index + number) % len(institutions)]
                )
            if number < 2:
                photo = ActivityPhoto(
                    activity=activity,
                    alt_text_bg=f"Участници в „{title_bg}“",
                    alt_text_en=f"People taking part in “{title_en}”",
                    caption_bg=organisation.settlement_bg,
                    caption_en=organisation.settlement_en,
                )
                set_photo(
                    photo,
                    demo_photo(
                        transliterate(title_bg), PALETTE[index % len(PALETTE)], rng
                    ),
                    stem=activity.slug,
                )
                photo.save()
            for slug in measured:
                low, high = VALUE_RANGES[slug]
                result = Result.objects.create(
                    activity=activity,
                    indicator=indicators[slug],
                    value=rng.randrange(low, high),
                )
                if rng.random() < 0.4:
                    result.verify(by=verifier)
            Result.objects.create(
                activity=activity,
                statement_bg="Участниците поискаха събитието да стане ежегодно.",
                statement_en="The participants asked for the event to become annual.",
                statement="Участниците поискаха събитието да стане ежегодно.",
            )

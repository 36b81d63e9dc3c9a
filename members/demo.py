"""The demo registry: the coordinating club and 15 members of every kind
across Stara Zagora region, with logos, topics and people, and two years of
their activities and results, each written for its organisation."""

import io
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image, ImageColor, ImageDraw, ImageFont

from infrastructure.bilingual import in_both
from infrastructure.images import set_logo, set_photo
from members.activity_demo import ACTIVITIES
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
    (
        "Сдружение „Достъпна среда – Стара Загора“",
        "Accessible Environment Stara Zagora Association",
        ASSOCIATION,
        "stara-zagora",
        ("Стара Загора", "Stara Zagora"),
        ["social-inclusion", "human-rights"],
        2016,
        "member",
        (
            "Град без бариери за хората с увреждания.",
            "A city without barriers for people with disabilities.",
        ),
        (
            "Картографираме бариерите в градската среда, съветваме общината при "
            "ремонтите и водим обучения по достъпност за архитекти и служители.",
            "We map the barriers in the city, advise the municipality on its "
            "repairs and train architects and officials in accessibility.",
        ),
    ),
    (
        "Родители за безопасни улици – Казанлък",
        "Parents for Safe Streets Kazanlak",
        GROUP,
        "kazanlak",
        ("Казанлък", "Kazanlak"),
        ["civic-participation", "local-development"],
        2022,
        "member",
        (
            "Безопасен път до училище за всяко дете.",
            "A safe way to school for every child.",
        ),
        (
            "Родители, които отбелязват опасните кръстовища край училищата и "
            "предлагат на общината пешеходни пътеки, светофари и по-ниска скорост.",
            "Parents who map the dangerous crossings near schools and propose "
            "zebra crossings, traffic lights and lower speeds to the municipality.",
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


# DejaVu Sans Bold, shipped beside this module with its licence: it draws
# Cyrillic, which Pillow's own font does not (it draws boxes instead).
FONT = Path(__file__).resolve().parent / "demo_fonts" / "DejaVuSans-Bold.ttf"
WHITE = (255, 255, 255)
INK = (28, 36, 34)


def demo_font(size):
    return ImageFont.truetype(FONT, size)


def mix(colour, other, share):
    """`colour` moved `share` of the way towards `other` (RGB tuples)."""
    return tuple(round(a + (b - a) * share) for a, b in zip(colour, other, strict=True))


def fitted(draw, text, width, sizes, wrapped_sizes=()):
    """The font and the lines that fit `text` in `width`: on one line at the
    largest of `sizes` that fits, else on two at the largest of
    `wrapped_sizes`, else on one at the smallest size."""
    for size in sizes:
        font = demo_font(size)
        if draw.textlength(text, font=font) <= width:
            return font, [text]
    words = text.split()
    for size in wrapped_sizes:
        wrapped = demo_font(size)
        lines = min(
            ([" ".join(words[:n]), " ".join(words[n:])] for n in range(1, len(words))),
            key=lambda lines: max(
                draw.textlength(line, font=wrapped) for line in lines
            ),
            default=[text],
        )
        if all(draw.textlength(line, font=wrapped) <= width for line in lines):
            return wrapped, lines
    return font, [text]


def demo_logo(text, colour):
    """A round logo with the organisation's initials, as an uploaded PNG."""
    size = 512
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse([8, 8, size - 8, size - 8], fill=colour)
    draw.ellipse([48, 48, size - 48, size - 48], outline="#ffffff", width=14)
    font, _lines = fitted(draw, text, 300, range(200, 80, -10))
    draw.text((size / 2, size / 2), text, fill="#ffffff", anchor="mm", font=font)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png")


# Words that give no letter to a name's initials.
SMALL_WORDS = {"за", "и", "от", "на", "в", "с", "по", "до", "към"}


def initials(name):
    """The initials of an organisation's own name: of the words in its quotes
    if it has them („Отворено общество“ → ОО), else of its words (Доброволци
    от Мъглиж → ДМ); at most three letters."""
    quoted = name.partition("„")[2].partition("“")[0] or name
    words = [
        word
        for word in quoted.replace("–", " ").split()
        if word.lower() not in SMALL_WORDS and word[0].isalpha()
    ]
    return "".join(word[0] for word in words[:3]).upper() or name[:1].upper()


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
    (
        "trakiyski-universitet",
        "Тракийски университет",
        "Trakia University",
        "university",
        "stara-zagora",
    ),
    (
        "obshtina-radnevo",
        "Община Раднево",
        "Radnevo Municipality",
        "municipality",
        "radnevo",
    ),
    (
        "obshtina-galabovo",
        "Община Гълъбово",
        "Galabovo Municipality",
        "municipality",
        "galabovo",
    ),
    (
        "obshtina-chirpan",
        "Община Чирпан",
        "Chirpan Municipality",
        "municipality",
        "chirpan",
    ),
    (
        "obshtinski-savet-stara-zagora",
        "Общински съвет – Стара Загора",
        "Stara Zagora Municipal Council",
        "council",
        "stara-zagora",
    ),
    (
        "obshtinski-savet-kazanlak",
        "Общински съвет – Казанлък",
        "Kazanlak Municipal Council",
        "council",
        "kazanlak",
    ),
    (
        "riosv-stara-zagora",
        "Регионална инспекция по околната среда и водите – Стара Загора",
        "Stara Zagora Regional Inspectorate of Environment and Water",
        "other",
        "stara-zagora",
    ),
    (
        "ruo-stara-zagora",
        "Регионално управление на образованието – Стара Загора",
        "Stara Zagora Regional Department of Education",
        "other",
        "stara-zagora",
    ),
]

# Suggested by an editor of the member named, waiting for a coordinator:
# slug, name bg, name en, kind, municipality, suggested by the editor of,
# why (the editor's note).
SUGGESTED_INSTITUTIONS = [
    (
        "rzi-stara-zagora",
        "Регионална здравна инспекция – Стара Загора",
        "Stara Zagora Regional Health Inspectorate",
        "health",
        "stara-zagora",
        "Сдружение „Зелена Стара Загора“",
        "За каузата „Чист въздух в Гълъбово“: искаме да поискаме от РЗИ "
        "данните за астмата и бронхита при децата в общината.",
    ),
]


def demo_photo(text, colour, rng):
    """A landscape — sky, sun and the hills of the region — with a caption
    band, as an uploaded JPEG."""
    width, height, band = 1200, 800, 160
    horizon = height - band
    sky = ImageColor.getrgb(colour)
    image = Image.new("RGB", (width, height), sky)
    draw = ImageDraw.Draw(image)
    for y in range(horizon):
        draw.line([(0, y), (width, y)], fill=mix(sky, WHITE, 0.6 * (1 - y / horizon)))
    x, y, radius = (
        rng.randrange(150, 1050),
        rng.randrange(90, 240),
        rng.randrange(45, 80),
    )
    draw.ellipse(
        [x - radius, y - radius, x + radius, y + radius],
        fill=mix(sky, (255, 236, 170), 0.85),
    )
    for layer in range(3):  # the far hills paler, the near ones darker
        ridge = horizon - 260 + layer * 95
        points = [(0, horizon)]
        points += [
            (x, ridge + rng.randrange(-55, 55)) for x in range(0, width + 150, 150)
        ]
        points.append((width, horizon))
        draw.polygon(points, fill=mix(sky, INK, 0.3 + 0.22 * layer))
    draw.rectangle([0, horizon, width, height], fill=INK)
    font, lines = fitted(draw, text, width - 80, [56, 52, 48], [56, 52, 48, 44])
    step = font.size * 1.2
    top = horizon + band / 2 - step * (len(lines) - 1) / 2
    for number, line in enumerate(lines):
        draw.text((40, top + number * step), line, fill=WHITE, anchor="lm", font=font)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return SimpleUploadedFile("photo.jpg", buffer.getvalue(), content_type="image/jpeg")


def editor_of(organisation):
    """An editor of the organisation (the first given the role), who posts,
    sends and accepts for it in the demo; None in a demo that gave it none."""
    role = (
        Role.objects.filter(organisation=organisation, kind=Role.Kind.EDITOR)
        .select_related("user")
        .order_by("pk")
        .first()
    )
    return role.user if role else None


def seed_institutions():
    """Create or update the demo institutions, and the suggestions waiting
    for a coordinator: once confirmed, a suggestion stays confirmed."""
    for row in [*INSTITUTIONS, *SUGGESTED_INSTITUTIONS]:
        slug, name_bg, name_en, kind, municipality, *suggestion = row
        fields = {
            **in_both(name=(name_bg, name_en)),
            "kind": kind,
            "municipality": Place.objects.get(slug=municipality),
        }
        if not suggestion:
            Institution.objects.update_or_create(slug=slug, defaults=fields)
            continue
        suggested_by, note = suggestion
        fields |= {
            "suggested_by": editor_of(
                Organisation.objects.filter(name_bg=suggested_by).first()
            ),
            "suggestion_note": note,
        }
        Institution.objects.update_or_create(
            slug=slug,
            defaults=fields,
            create_defaults={**fields, "confirmed_at": None},
        )


def seasonal(before, month, day, years_back):
    """The latest `day` of `month` at least three weeks before `before`,
    `years_back` years earlier."""
    latest = before - timedelta(days=21)
    year = (
        latest.year if (month, day) <= (latest.month, latest.day) else latest.year - 1
    )
    return date(year - years_back, month, day)


def seed_activities(*, verifier, today):
    """Two years of activities for every member that has none yet, as
    `ACTIVITIES` tells them: some joint, some with institutions, with
    results in numbers (the older ones mostly verified) and in words."""
    rng = random.Random(1860)  # noqa: S311 - the same demo every run
    pictures = random.Random(75)  # noqa: S311
    seed_institutions()
    institutions = {
        institution.slug: institution for institution in Institution.objects.all()
    }
    indicators = {indicator.slug: indicator for indicator in Indicator.objects.all()}
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    members = list(Organisation.objects.exclude(status="applicant").order_by("pk"))
    by_name = {organisation.name_bg: organisation for organisation in members}
    for index, organisation in enumerate(members):
        if organisation.activities.exists():
            continue
        # A former member's activities are from before it left.
        before = min(today, organisation.left_on or today)
        for spec in ACTIVITIES:
            if spec["by"] != organisation.name_bg:
                continue
            starts_on = seasonal(before, *spec["on"])
            ends_on = None
            if spec.get("days", 1) > 1:
                ends_on = min(
                    starts_on + timedelta(days=spec["days"] - 1),
                    before - timedelta(days=7),
                )
            municipality, *location = spec["where"]
            activity = Activity(
                organisation=organisation,
                **in_both(
                    title=spec["title"],
                    summary=spec["summary"],
                    body=spec["body"],
                    location=location,
                ),
                kind=spec["kind"],
                starts_on=starts_on,
                ends_on=ends_on,
                place=Place.objects.get(slug=municipality),
                state=Activity.State.PUBLISHED,
                published_at=timezone.make_aware(
                    datetime.combine(
                        (ends_on or starts_on) + timedelta(days=rng.randrange(1, 4)),
                        time(rng.randrange(9, 18), rng.choice([0, 15, 30, 45])),
                    )
                ),
            )
            activity.save()
            activity.topics.set([topics[slug] for slug in spec["topics"]])
            activity.co_organisers.set(
                [by_name[name] for name in spec.get("with", []) if name in by_name]
            )
            activity.institutions.set(
                [institutions[slug] for slug in spec.get("institutions", [])]
            )
            if "photo" in spec:
                alt_text, caption = spec["photo"]
                photo = ActivityPhoto(
                    activity=activity, **in_both(alt_text=alt_text, caption=caption)
                )
                set_photo(
                    photo,
                    demo_photo(
                        spec["title"][0], PALETTE[index % len(PALETTE)], pictures
                    ),
                    stem=activity.slug,
                )
                photo.save()
            # A coordinator has checked most results of the older activities.
            checked = starts_on < today - timedelta(days=120)
            for slug, value in spec["results"].items():
                result = Result.objects.create(
                    activity=activity, indicator=indicators[slug], value=value
                )
                if checked and rng.random() < 0.7:
                    result.verify(by=verifier)
            Result.objects.create(
                activity=activity, **in_both(statement=spec["statement"])
            )

"""The demo members' activities, each written for its organisation, in
Bulgarian and English (members/demo.py loads them)."""

# The members by their Bulgarian names (the demo causes, proposals and help
# name them by these too).
CLUB = "Клуб „Отворено общество“ Стара Загора"
GREEN = "Сдружение „Зелена Стара Загора“"
CHILDREN = "Фондация „Бъдеще за децата“"
SVETLINA = "Народно читалище „Светлина-1875“"
RADNEVO = "Млади граждани Раднево"
ROSE_VALLEY = "Сдружение „Розова долина за всички“"
HERITAGE = "Фондация „Наследство Тракия“"
PARENTS = "Сдружение „Активни родители Гълъбово“"
MAGLIZH = "Доброволци от Мъглиж"
PROBUDA = "Народно читалище „Пробуда-1898“"
NIKOLAEVO = "Сдружение „Здраве и спорт Николаево“"
TRANSPARENT = "Фондация „Прозрачна община“"
GURKOVO = "Сдружение „Гурково – живо село“"
OPAN = "Опан без отпадъци"
EQUAL_RIGHTS = "Сдружение „Равни права – Чирпан“"
BRATSTVO = "Народно читалище „Братство-1905“"
ACCESSIBLE = "Сдружение „Достъпна среда – Стара Загора“"
SAFE_STREETS = "Родители за безопасни улици – Казанлък"

# The members' activities, each in Bulgarian and English:
# by (the organisation), kind, on (month, day, years back: the date of the
# latest such day at least three weeks ago, that many years earlier, so the
# seasons stay true whenever the demo is loaded), days (how long it ran),
# title, summary, body, where (municipality, venue), topics, with (the
# co-organising members), institutions, results (indicator: value),
# statement (the result in words), photo (alternative text, caption) and
# practice (the title of the practice it applied).
ACTIVITIES = [
    # Клуб „Отворено общество“ Стара Загора
    {
        "by": CLUB,
        "kind": "event",
        "on": (3, 12, 0),
        "title": (
            "Гражданска приемна в кв. „Железник“",
            "A civic surgery in the Zheleznik neighbourhood",
        ),
        "summary": (
            "Петима общински съветници от четири групи отговаряха на въпросите "
            "на живущите в квартала в залата на читалището.",
            "Five municipal councillors from four groups answered residents' "
            "questions in the hall of the neighbourhood's community centre.",
        ),
        "body": (
            "Най-много въпроси имаше за паркирането между блоковете, за "
            "осветлението на подлеза и за детската площадка до училището.\n\n"
            "Всеки въпрос е записан в протокола заедно със съветника, който го "
            "пое. След месец публикувахме какво е направено по всеки от тях.",
            "Most questions were about parking between the blocks of flats, the "
            "lighting of the underpass and the playground next to the school.\n\n"
            "Every question went into the minutes with the councillor who took it "
            "on. A month later we published what had been done about each one.",
        ),
        "where": (
            "stara-zagora",
            "Читалищна зала, кв. „Железник“, Стара Загора",
            "Community centre hall, Zheleznik, Stara Zagora",
        ),
        "topics": ["civic-participation", "transparency"],
        "institutions": ["obshtina-stara-zagora"],
        "results": {"people-reached": 46},
        "statement": (
            "Съветниците поеха 14 въпроса; по 9 от тях общината отговори писмено "
            "до месец.",
            "The councillors took on 14 questions; the municipality answered 9 of "
            "them in writing within a month.",
        ),
        "photo": (
            (
                "Общински съветници на маса срещу редици от живущи в читалищната зала",
                "Municipal councillors at a table facing rows of residents in the "
                "community centre hall",
            ),
            ("Приемната в кв. „Железник“", "The surgery in Zheleznik"),
        ),
        "practice": "Граждански приемни в кварталите",
    },
    {
        "by": CLUB,
        "kind": "training",
        "on": (10, 8, 1),
        "title": (
            "Как да питаме институциите: обучение по достъп до информация",
            "Asking institutions: training on access to information",
        ),
        "summary": (
            "Еднодневно обучение как се пише заявление по Закона за достъп до "
            "обществена информация и какво да правим, когато отговор не идва.",
            "A one-day course on writing a request under the Access to Public "
            "Information Act, and on what to do when no answer comes.",
        ),
        "body": (
            "Юристът на клуба показа образци на заявления, сроковете и начина на "
            "обжалване, а участниците написаха заявления по въпроси от своите "
            "общини.\n\n"
            "Дойдоха представители на девет организации от мрежата и трима "
            "журналисти от местни медии.",
            "The club's lawyer went through sample requests, the time limits and "
            "how to appeal; the participants then drafted requests on questions "
            "from their own municipalities.\n\n"
            "Representatives of nine organisations in the network came, with "
            "three journalists from local media.",
        ),
        "where": (
            "stara-zagora",
            "Клуб „Отворено общество“, Стара Загора",
            "Open Society Club, Stara Zagora",
        ),
        "topics": ["transparency", "civic-participation"],
        "results": {"participants-trained": 23, "media": 2},
        "statement": (
            "Участниците подадоха 12 заявления още в седмицата след обучението; "
            "на 10 от тях беше отговорено в законовия срок.",
            "The participants filed 12 requests in the week after the training; "
            "10 were answered within the statutory time limit.",
        ),
        "photo": (
            (
                "Участници в обучението пишат заявления на лаптопи около обща маса",
                "Training participants drafting requests on laptops round a "
                "shared table",
            ),
            (
                "Обучението по достъп до информация",
                "The access to information training",
            ),
        ),
    },
    {
        "by": CLUB,
        "kind": "advocacy",
        "on": (1, 20, 1),
        "days": 150,
        "title": (
            "Наблюдение на сесиите на Общинския съвет – Стара Загора",
            "Watching the Stara Zagora municipal council",
        ),
        "summary": (
            "Половин година доброволци на клуба следиха всяка сесия на общинския "
            "съвет и публикуваха кратък преглед на решенията.",
            "For six months the club's volunteers followed every session of the "
            "municipal council and published a short review of its decisions.",
        ),
        "body": (
            "Прегледите излизаха до два дни след сесията: какво е решено, кой как "
            "е гласувал и какво остава за следващия път.\n\n"
            "В края на наблюдението внесохме четири предложения за по-голяма "
            "откритост на съвета.",
            "Each review came out within two days of the session: what was "
            "decided, who voted how and what was left for next time.\n\n"
            "At the end we submitted four proposals to make the council more open.",
        ),
        "where": (
            "stara-zagora",
            "Общински съвет – Стара Загора",
            "Stara Zagora Municipal Council",
        ),
        "topics": ["transparency", "civic-participation"],
        "institutions": ["obshtina-stara-zagora"],
        "results": {"volunteers": 6, "proposals": 4, "media": 7},
        "statement": (
            "Съветът прие две от предложенията: записите от сесиите се публикуват "
            "в деня на заседанието, а проектите на решения — седмица по-рано.",
            "The council adopted two of the proposals: recordings of the sessions "
            "go online on the day, and draft decisions a week ahead.",
        ),
    },
    {
        "by": CLUB,
        "kind": "volunteering",
        "on": (4, 25, 0),
        "title": (
            "Карта на достъпността на центъра на Стара Загора",
            "An accessibility map of central Stara Zagora",
        ),
        "summary": (
            "С 15 доброволци проверихме входовете на обществените сгради в "
            "центъра и отбелязахме на отворена карта кои са достъпни.",
            "With 15 volunteers we checked the entrances of the public buildings "
            "in the centre and marked on an open map which are accessible.",
        ),
        "body": (
            "Методът е на „Розова долина за всички“: кратък списък — стъпала, "
            "рампа, врата, тоалетна — и снимка на всеки вход. Двама от "
            "проверяващите се придвижват с инвалидна количка.\n\n"
            "Картата е в OpenStreetMap и всеки може да я допълва. Списъка на "
            "недостъпните сгради изпратихме на общината.",
            "The method is Rose Valley for All's: a short checklist — steps, "
            "ramp, door, toilet — and a photo of every entrance. Two of the "
            "surveyors use wheelchairs.\n\n"
            "The map is in OpenStreetMap and anyone can add to it. We sent the "
            "list of inaccessible buildings to the municipality.",
        ),
        "where": ("stara-zagora", "Центърът на Стара Загора", "Central Stara Zagora"),
        "topics": ["social-inclusion", "civic-participation"],
        "with": [ROSE_VALLEY],
        "institutions": ["obshtina-stara-zagora"],
        "results": {"volunteers": 15, "proposals": 1},
        "statement": (
            "Проверени са 64 сгради в центъра: 23 нямат достъпен вход, сред тях "
            "две поликлиники и пощата.",
            "64 buildings in the centre were checked: 23 have no accessible "
            "entrance, two clinics and the post office among them.",
        ),
        "photo": (
            (
                "Доброволец в инвалидна количка пред стъпалата на обществена "
                "сграда, до него друг доброволец записва в таблет",
                "A volunteer in a wheelchair at the steps of a public building "
                "while another notes the result on a tablet",
            ),
            ("Проверка на входовете в центъра", "Checking entrances in the centre"),
        ),
    },
    # Сдружение „Зелена Стара Загора“
    {
        "by": GREEN,
        "kind": "volunteering",
        "on": (11, 8, 1),
        "title": (
            "Есенно залесяване в парк „Аязмото“",
            "Autumn tree planting in Ayazmoto Park",
        ),
        "summary": (
            "72 доброволци засадиха 180 фиданки от липа, явор и летен дъб по "
            "северния склон на парка.",
            "72 volunteers planted 180 saplings of lime, sycamore and English oak "
            "on the park's northern slope.",
        ),
        "body": (
            "Фиданките осигури общинският разсадник, а горски служители показаха "
            "как се засаждат правилно. Най-младият доброволец беше на седем "
            "години, най-възрастният — на 78.\n\n"
            "Общинското предприятие пое поливането през първото лято; през май "
            "ще проверим колко фиданки са се прихванали.",
            "The municipal nursery provided the saplings, and foresters showed how "
            "to plant them properly. The youngest volunteer was seven, the oldest "
            "78.\n\n"
            "The municipal company took on the watering for the first summer; in "
            "May we will check how many saplings have taken.",
        ),
        "where": (
            "stara-zagora",
            "Парк „Аязмото“, Стара Загора",
            "Ayazmoto Park, Stara Zagora",
        ),
        "topics": ["environment", "volunteering"],
        "with": [MAGLIZH],
        "institutions": ["obshtina-stara-zagora"],
        "results": {"volunteers": 72, "media": 3},
        "statement": (
            "При проверката през май 164 от 180-те фиданки се бяха прихванали.",
            "When checked in May, 164 of the 180 saplings had taken root.",
        ),
        "photo": (
            (
                "Деца и възрастни засаждат фиданки на тревист склон, до тях лопати "
                "и кофи",
                "Children and adults planting saplings on a grassy slope, with "
                "spades and buckets beside them",
            ),
            ("Засаждането на северния склон", "Planting on the northern slope"),
        ),
    },
    {
        "by": GREEN,
        "kind": "campaign",
        "on": (1, 15, 1),
        "title": (
            "Мерим въздуха: 10 сензора за фини прахови частици",
            "Measuring the air: ten sensors for fine particulate matter",
        ),
        "summary": (
            "Доброволци поставиха на балконите си 10 сензора, които мерят фините "
            "прахови частици и публикуват данните на отворена карта.",
            "Volunteers put ten sensors on their balconies that measure fine "
            "particulate matter and publish the data on an open map.",
        ),
        "body": (
            "Сензорите сглобихме на работилница в Клуб „Отворено общество“; всеки "
            "струва около 40 €. "
            "Разположени са в седем квартала, за да се види разликата между "
            "центъра и покрайнините.\n\n"
            "Данните се обновяват на всеки пет минути и всеки може да ги изтегли.",
            "We assembled the sensors at a workshop at Open Society Club; each "
            "costs about €40. They are spread over seven neighbourhoods to show the difference "
            "between the centre and the outskirts.\n\n"
            "The data are updated every five minutes and anyone can download them.",
        ),
        "where": (
            "stara-zagora",
            "Седем квартала на Стара Загора",
            "Seven neighbourhoods of Stara Zagora",
        ),
        "topics": ["environment"],
        "with": [CLUB],
        "results": {"volunteers": 10, "media": 4},
        "statement": (
            "През зимата в два квартала дневната норма за ФПЧ10 беше превишена в "
            "повече от 20 дни.",
            "Over the winter two neighbourhoods exceeded the daily limit for PM10 "
            "on more than 20 days.",
        ),
        "photo": (
            (
                "Малък бял сензор за въздух, закрепен на парапета на балкон",
                "A small white air sensor fixed to a balcony railing",
            ),
            ("Един от десетте сензора", "One of the ten sensors"),
        ),
    },
    {
        "by": GREEN,
        "kind": "volunteering",
        "on": (4, 11, 0),
        "title": (
            "Осиновени градинки: пролетна акция в кв. „Самара“",
            "Adopt a garden: a spring workday in Samara",
        ),
        "summary": (
            "Живущите в шест входа поеха градинките пред блоковете си и ги "
            "засадиха заедно с нашите доброволци.",
            "Residents of six entrances took on the gardens in front of their "
            "blocks and planted them with our volunteers.",
        ),
        "body": (
            "Всеки вход подписа споразумение с общината за една година. Растенията "
            "дойдоха от общинския разсадник, а плана на засаждането живущите "
            "направиха сами.\n\n"
            "На всяка градинка вече има табелка с входа, който се грижи за нея.",
            "Each entrance signed a one-year agreement with the municipality. The "
            "plants came from the municipal nursery; the residents drew up the "
            "planting plan themselves.\n\n"
            "Every garden now has a small sign naming the entrance that looks "
            "after it.",
        ),
        "where": ("stara-zagora", "Кв. „Самара“, Стара Загора", "Samara, Stara Zagora"),
        "topics": ["environment", "volunteering"],
        "institutions": ["obshtina-stara-zagora"],
        "results": {"volunteers": 38, "agreements": 6},
        "statement": (
            "Шест нови осиновени градинки; в целия град те вече са 27.",
            "Six more adopted gardens; there are now 27 across the town.",
        ),
        "photo": (
            (
                "Съседи садят цветя в градинка пред вход на жилищен блок",
                "Neighbours planting flowers in the garden in front of a block of "
                "flats",
            ),
            ("Градинката пред вход Б", "The garden at entrance B"),
        ),
        "practice": "Осиновена градинка",
    },
    {
        "by": GREEN,
        "kind": "volunteering",
        "on": (9, 20, 0),
        "title": (
            "Почистване на бреговете на река Бедечка",
            "Clearing the banks of the Bedechka",
        ),
        "summary": (
            "В Световния ден на почистването 55 доброволци извадиха от реката и "
            "от бреговете ѝ 96 чувала с отпадъци.",
            "On World Cleanup Day 55 volunteers took 96 bags of rubbish out of the "
            "river and off its banks.",
        ),
        "body": (
            "Почистихме около два километра от течението в града. Общината "
            "осигури ръкавици, чували и камион за извозването.\n\n"
            "Най-много бяха пластмасовите бутилки и строителните отпадъци; за "
            "строителните подадохме сигнал до общината с точните места.",
            "We cleared about two kilometres of the river through the town. The "
            "municipality provided gloves, bags and a lorry to take it all away.\n\n"
            "Most of it was plastic bottles and building rubble; we reported the "
            "exact spots of the rubble to the municipality.",
        ),
        "where": (
            "stara-zagora",
            "Река Бедечка, Стара Загора",
            "The Bedechka river, Stara Zagora",
        ),
        "topics": ["environment", "volunteering"],
        "institutions": ["obshtina-stara-zagora"],
        "results": {"volunteers": 55, "media": 2},
        "statement": (
            "Извозени са около 1,2 тона отпадъци; общината почисти и двете "
            "незаконни сметища, за които подадохме сигнал.",
            "About 1.2 tonnes of rubbish were taken away; the municipality cleared "
            "both illegal dumps that we reported.",
        ),
    },
    # Фондация „Бъдеще за децата“
    {
        "by": CHILDREN,
        "kind": "volunteering",
        "on": (9, 22, 1),
        "days": 270,
        "title": (
            "Учим заедно след училище в кв. „Изток“",
            "Learning together after school in Iztok",
        ),
        "summary": (
            "Цяла учебна година 21 студенти доброволци помагаха на 24 деца с "
            "домашните два следобеда седмично.",
            "For a whole school year 21 student volunteers helped 24 children with "
            "their homework two afternoons a week.",
        ),
        "body": (
            "Училището ни даде класна стая, а учителите — списък на децата, които "
            "имат нужда от помощ. Всяко дете работеше с един и същ доброволец през "
            "цялата година.\n\n"
            "Всеки месец доброволците се срещаха с учителите и родителите, за да "
            "обсъдят напредъка на децата.",
            "The school gave us a classroom and the teachers a list of the "
            "children who needed help. Each child worked with the same volunteer "
            "all year.\n\n"
            "Every month the volunteers met the teachers and parents to talk over "
            "the children's progress.",
        ),
        "where": (
            "kazanlak",
            "Основно училище в кв. „Изток“, Казанлък",
            "A primary school in Iztok, Kazanlak",
        ),
        "topics": ["education", "social-inclusion"],
        "results": {"volunteers": 21, "people-reached": 24},
        "statement": (
            "19 от 24-те деца завършиха годината с по-висок успех от предишната.",
            "19 of the 24 children finished the year with better marks than the "
            "year before.",
        ),
        "photo": (
            (
                "Студентка и момче на чин решават задача по математика",
                "A student and a boy at a desk working through a maths problem",
            ),
            ("Следобед в класната стая", "An afternoon in the classroom"),
        ),
        "practice": "Учим заедно след училище",
    },
    {
        "by": CHILDREN,
        "kind": "campaign",
        "on": (12, 7, 0),
        "days": 2,
        "title": ("Коледен базар за стипендии", "A Christmas bazaar for scholarships"),
        "summary": (
            "Деца, родители и доброволци продаваха ръчно направени картички, "
            "сладки и играчки, за да съберат средства за стипендии.",
            "Children, parents and volunteers sold handmade cards, biscuits and "
            "toys to raise money for scholarships.",
        ),
        "body": (
            "Базарът продължи два дни на площада пред общината. Местни фирми "
            "дариха материали, а една пекарна — 30 кг тесто за сладките.\n\n"
            "Стипендиите са за ученици от седми до дванадесети клас от семейства "
            "с ниски доходи.",
            "The bazaar ran for two days on the square in front of the town hall. "
            "Local businesses donated materials, and a bakery 30 kg of dough for "
            "the biscuits.\n\n"
            "The scholarships are for pupils in years 7 to 12 from low-income "
            "families.",
        ),
        "where": (
            "kazanlak",
            "Площад „Севтополис“, Казанлък",
            "Sevtopolis Square, Kazanlak",
        ),
        "topics": ["education", "youth"],
        "institutions": ["obshtina-kazanlak"],
        "results": {"funds-raised": 3860, "volunteers": 26},
        "statement": (
            "Събраните 3 860 € осигуряват осем стипендии по 40 € месечно за "
            "цялата учебна година.",
            "The €3,860 raised pays for eight scholarships of €40 a month for the "
            "whole school year.",
        ),
        "photo": (
            (
                "Щанд с ръчно рисувани картички и сладки, зад него деца с коледни "
                "шапки",
                "A stall of hand-painted cards and biscuits, with children in "
                "Christmas hats behind it",
            ),
            ("Щандът на фондацията", "The foundation's stall"),
        ),
    },
    {
        "by": CHILDREN,
        "kind": "training",
        "on": (10, 4, 0),
        "days": 2,
        "title": ("Обучение на студенти наставници", "Training for student mentors"),
        "summary": (
            "Двудневно обучение за студентите, които през новата учебна година "
            "ще работят с деца от уязвими семейства.",
            "A two-day course for the students who will work with children "
            "from vulnerable families in the new school year.",
        ),
        "body": (
            "Психолог и учители говориха за мотивацията, за трудните разговори с "
            "родителите и за това кога наставникът трябва да потърси помощ.\n\n"
            "Обучението е в партньорство с Тракийския университет; студентите "
            "получават кредити за доброволческа практика.",
            "A psychologist and teachers talked about motivation, about difficult "
            "conversations with parents and about when a mentor should ask for "
            "help.\n\n"
            "The training was run with Trakia University; the students earn "
            "credits for their volunteering.",
        ),
        "where": (
            "stara-zagora",
            "Тракийски университет, Стара Загора",
            "Trakia University, Stara Zagora",
        ),
        "topics": ["education", "youth"],
        "with": [PARENTS],
        "institutions": ["trakiyski-universitet"],
        "results": {"participants-trained": 27},
        "statement": (
            "23 от 27-те обучени студенти се записаха за наставници за цялата година.",
            "23 of the 27 students trained signed up as mentors for the whole year.",
        ),
    },
    {
        "by": CHILDREN,
        "kind": "advocacy",
        "on": (3, 3, 1),
        "title": (
            "Безопасен път до училище в Казанлък",
            "A safe way to school in Kazanlak",
        ),
        "summary": (
            "Заедно с родители и деца картографирахме опасните места по пътя към "
            "две училища и ги представихме на общината.",
            "With parents and children we mapped the dangerous spots on the way to "
            "two schools and presented them to the municipality.",
        ),
        "body": (
            "Използвахме метода на „Активни родители Гълъбово“: анкета сред "
            "родителите, обиколка с децата и снимка на всяко опасно място.\n\n"
            "На срещата с общината и пътна полиция предложихме пет конкретни мерки.",
            "We used Active Parents Galabovo's method: a survey of parents, a walk "
            "with the children and a photo of every dangerous spot.\n\n"
            "At the meeting with the municipality and the traffic police we "
            "proposed five specific measures.",
        ),
        "where": (
            "kazanlak",
            "Кв. „Кулата“ и кв. „Изток“, Казанлък",
            "Kulata and Iztok, Kazanlak",
        ),
        "topics": ["education", "civic-participation"],
        "with": [PARENTS],
        "institutions": ["obshtina-kazanlak"],
        "results": {"proposals": 5, "people-reached": 180},
        "statement": (
            "Общината изпълни три от петте мерки: нова пешеходна пътека, светофар "
            "с бутон и ограда пред входа на училището.",
            "The municipality carried out three of the five measures: a new zebra "
            "crossing, a push-button crossing and a railing at the school gate.",
        ),
    },
    # Народно читалище „Светлина-1875“
    {
        "by": SVETLINA,
        "kind": "event",
        "on": (5, 16, 0),
        "title": ("Живата библиотека в Чирпан", "The living library in Chirpan"),
        "summary": (
            "Девет „живи книги“ — хора с много различна съдба — разговаряха с "
            "читателите по половин час в салона на читалището.",
            "Nine “living books”, people with very different lives, each talked "
            "with readers for half an hour in the community centre's hall.",
        ),
        "body": (
            "Сред книгите бяха незрящ музикант, ромска образователна медиаторка, "
            "бежанец от Сирия, който живее в града от шест години, и бивш миньор. "
            "Читателите ги „заемаха“ от каталог на входа.\n\n"
            "След последното заемане всички седнаха за общ разговор, а 87 души "
            "попълниха анкетата ни.",
            "Among the books were a blind musician, a Roma school mediator, a "
            "refugee from Syria who has lived in the town for six years and a "
            "former miner. Readers “borrowed” them from a catalogue at the door.\n\n"
            "After the last loan everyone sat down for a shared conversation, and "
            "87 people filled in our survey.",
        ),
        "where": (
            "chirpan",
            "Читалище „Светлина-1875“, Чирпан",
            "Svetlina-1875 Community Centre, Chirpan",
        ),
        "topics": ["culture-heritage", "social-inclusion"],
        "with": [ROSE_VALLEY],
        "results": {"people-reached": 112, "volunteers": 12},
        "statement": (
            "9 от 10 читатели в анкетата казват, че разговорът е променил "
            "мнението им за човека срещу тях.",
            "9 in 10 readers in the survey say the conversation changed their view "
            "of the person opposite.",
        ),
        "photo": (
            (
                "Двама души разговарят на маса в читалищната библиотека, между тях "
                "табелка с надпис „Жива книга“",
                "Two people talking at a table in the community centre library, "
                "with a “Living book” sign between them",
            ),
            ("Разговор с „жива книга“", "A conversation with a “living book”"),
        ),
        "practice": "Живата библиотека",
    },
    {
        "by": SVETLINA,
        "kind": "event",
        "on": (1, 16, 0),
        "title": (
            "Конкурс за рецитиране „Пейо Яворов“",
            "The Peyo Yavorov recitation contest",
        ),
        "summary": (
            "Ученици от общината рецитираха стихове на Яворов в родния град на поета.",
            "Pupils from across the municipality recited Yavorov's poems in the "
            "poet's home town.",
        ),
        "body": (
            "Участниците се състезаваха в три възрастови групи. Журито — учители "
            "по литература и актьор от Драматичния театър в Стара Загора — връчи "
            "награди от читалището и книги, дарени от Регионалната библиотека.\n\n"
            "Конкурсът завърши с посещение на Къщата музей „Пейо Яворов“.",
            "The contestants competed in three age groups. The jury — literature "
            "teachers and an actor from the Stara Zagora Drama Theatre — gave "
            "prizes from the community centre and books donated by the Regional "
            "Library.\n\n"
            "The contest ended with a visit to the Peyo Yavorov House Museum.",
        ),
        "where": (
            "chirpan",
            "Читалище „Светлина-1875“, Чирпан",
            "Svetlina-1875 Community Centre, Chirpan",
        ),
        "topics": ["culture-heritage", "education"],
        "institutions": ["ou-hristo-botev-chirpan", "regionalna-biblioteka"],
        "results": {"people-reached": 160},
        "statement": (
            "Участваха 46 ученици от пет училища — два пъти повече от предишната "
            "година.",
            "46 pupils from five schools took part — twice as many as the year before.",
        ),
        "photo": (
            (
                "Момиче рецитира на сцената на читалището пред пълна зала",
                "A girl reciting on the community centre stage in front of a full hall",
            ),
            ("На сцената на читалището", "On the community centre stage"),
        ),
    },
    {
        "by": SVETLINA,
        "kind": "publication",
        "on": (6, 6, 1),
        "title": (
            "Старият Чирпан в снимки: онлайн албум",
            "Old Chirpan in photographs: an online album",
        ),
        "summary": (
            "Краеведският клуб сканира и описа стари снимки от домашните архиви "
            "на жителите и ги публикува в свободен онлайн албум.",
            "The local history club scanned and described old photographs from "
            "residents' family archives and published them in a free online album.",
        ),
        "body": (
            "Жителите носеха снимките си в читалището всеки четвъртък. Сканирахме "
            "ги и ги връщахме веднага, а за всяка записахме кой е на нея, къде и "
            "кога е направена.\n\n"
            "Албумът е под свободен лиценз и училищата го използват в часовете по "
            "история.",
            "Residents brought their photographs to the community centre every "
            "Thursday. We scanned them and gave them back straight away, noting "
            "for each who is in it and where and when it was taken.\n\n"
            "The album is under an open licence, and schools use it in history "
            "lessons.",
        ),
        "where": (
            "chirpan",
            "Краеведският клуб на читалището, Чирпан",
            "The community centre's local history club, Chirpan",
        ),
        "topics": ["culture-heritage"],
        "results": {"volunteers": 8, "media": 3},
        "statement": (
            "В албума има 420 снимки от 1905 до 1989 г.; жителите разпознаха "
            "хората на 170 от тях.",
            "The album holds 420 photographs from 1905 to 1989; residents have "
            "named the people in 170 of them.",
        ),
    },
    {
        "by": SVETLINA,
        "kind": "training",
        "on": (7, 14, 0),
        "days": 12,
        "title": ("Лятна школа по народни танци", "A summer school of folk dance"),
        "summary": (
            "Две седмици хореографите на ансамбъла учиха 32 деца на тракийски "
            "хора и ръченици.",
            "For two weeks the ensemble's choreographers taught 32 children "
            "Thracian horo and rachenitsa dances.",
        ),
        "body": (
            "Школата беше безплатна, а костюмите дойдоха от гардероба на "
            "читалището. Най-малките танцьори бяха на шест години.\n\n"
            "В последния ден децата танцуваха на площада пред родители и съседи.",
            "The school was free, with costumes from the community centre's "
            "wardrobe. The youngest dancers were six.\n\n"
            "On the last day the children danced on the square for their parents "
            "and neighbours.",
        ),
        "where": (
            "chirpan",
            "Читалище „Светлина-1875“, Чирпан",
            "Svetlina-1875 Community Centre, Chirpan",
        ),
        "topics": ["culture-heritage", "youth"],
        "results": {"participants-trained": 32, "people-reached": 210},
        "statement": (
            "Единадесет от децата се записаха в детската група на ансамбъла.",
            "Eleven of the children joined the ensemble's children's group.",
        ),
        "photo": (
            (
                "Деца в народни носии играят хоро на площада",
                "Children in folk costume dancing a horo on the square",
            ),
            (
                "Хорото на площада в последния ден",
                "The horo on the square on the last day",
            ),
        ),
    },
    # Млади граждани Раднево
    {
        "by": RADNEVO,
        "kind": "campaign",
        "on": (10, 2, 1),
        "days": 14,
        "title": ("Младежки бюджет на Раднево", "A youth budget for Radnevo"),
        "summary": (
            "Младите от общината предложиха идеи и гласуваха как да се похарчат "
            "5 000 € от общинския бюджет.",
            "Young people in the municipality put forward ideas and voted on how "
            "to spend €5,000 of the municipal budget.",
        ),
        "body": (
            "За две седмици събрахме 31 предложения онлайн и в училищата. "
            "Общината провери кои от тях са изпълними, а гласуваха всички от 14 "
            "до 29 години.\n\n"
            "Преброяването беше публично, в салона на читалището.",
            "In two weeks we collected 31 proposals, online and in the schools. "
            "The municipality checked which of them could be done, and everyone "
            "aged 14 to 29 could vote.\n\n"
            "The count was public, in the community centre's hall.",
        ),
        "where": ("radnevo", "Раднево", "Radnevo"),
        "topics": ["youth", "civic-participation", "transparency"],
        "institutions": ["obshtina-radnevo"],
        "results": {"proposals": 31, "people-reached": 1120},
        "statement": (
            "Спечелиха фитнес на открито и стена за графити; общината изгради и "
            "двете до края на годината.",
            "An outdoor gym and a graffiti wall won; the municipality built both "
            "by the end of the year.",
        ),
        "photo": (
            (
                "Младежи броят бюлетини на маса в читалищния салон",
                "Young people counting ballots at a table in the community centre hall",
            ),
            ("Публичното преброяване", "The public count"),
        ),
        "practice": "Младежки бюджет",
    },
    {
        "by": RADNEVO,
        "kind": "event",
        "on": (3, 27, 0),
        "title": (
            "Дебат „Какво задържа младите в Раднево“",
            "A debate: what keeps young people in Radnevo",
        ),
        "summary": (
            "Ученици, млади работещи и кметът на общината спориха два часа за "
            "работа, жилища и свободно време.",
            "Pupils, young workers and the mayor argued for two hours about jobs, "
            "housing and free time.",
        ),
        "body": (
            "Дебатът беше по оксфордски модел, с двама водещи от гимназията. "
            "Публиката гласува преди и след него.\n\n"
            "Записахме всички искания на младите и ги изпратихме на общинския "
            "съвет.",
            "The debate followed the Oxford format, with two hosts from the "
            "secondary school. The audience voted before and after it.\n\n"
            "We wrote down every request the young people made and sent them to "
            "the municipal council.",
        ),
        "where": (
            "radnevo",
            "Читалищна зала, Раднево",
            "Community centre hall, Radnevo",
        ),
        "topics": ["youth", "civic-participation"],
        "with": [CLUB],
        "institutions": ["obshtina-radnevo"],
        "results": {"people-reached": 85, "proposals": 7, "media": 2},
        "statement": (
            "Кметът прие поканата за втори дебат след шест месеца, на който да "
            "отчете какво е направено по седемте искания.",
            "The mayor accepted an invitation to a second debate six months on, to "
            "report on the seven requests.",
        ),
        "photo": (
            (
                "Двама ученици на трибуни един срещу друг, зад тях екран с надпис "
                "„Дебат“",
                "Two pupils at lecterns facing each other, a screen reading "
                "“Debate” behind them",
            ),
            ("Дебатът в читалището", "The debate at the community centre"),
        ),
    },
    {
        "by": RADNEVO,
        "kind": "event",
        "on": (6, 10, 1),
        "title": (
            "Младите питат кмета: приемна за спортните площадки",
            "Young people ask the mayor: a surgery on the sports grounds",
        ),
        "summary": (
            "По примера на гражданските приемни на Клуб „Отворено общество“ кметът "
            "на Раднево прие младежи от общината в училищната зала.",
            "Following Open Society Club's civic surgeries, the mayor of Radnevo "
            "met young people from the municipality in the school hall.",
        ),
        "body": (
            "Въпросите бяха предимно за спортните площадки: счупени кошове, "
            "липсващо осветление, заключени училищни дворове през лятото.\n\n"
            "Всеки въпрос и отговорът на кмета са в протокол, който публикувахме "
            "още същата седмица.",
            "Most questions were about the sports grounds: broken hoops, missing "
            "lights, school yards locked over the summer.\n\n"
            "Every question and the mayor's answer went into minutes, which we "
            "published the same week.",
        ),
        "where": ("radnevo", "Средно училище, Раднево", "Secondary school, Radnevo"),
        "topics": ["youth", "sport"],
        "institutions": ["obshtina-radnevo"],
        "results": {"people-reached": 42, "proposals": 3},
        "statement": (
            "Общината ремонтира две площадки и остави училищните дворове отворени "
            "през лятната ваканция.",
            "The municipality repaired two sports grounds and kept the school "
            "yards open over the summer holidays.",
        ),
    },
    # Сдружение „Розова долина за всички“
    {
        "by": ROSE_VALLEY,
        "kind": "volunteering",
        "on": (9, 27, 1),
        "days": 9,
        "title": (
            "Карта на достъпността на Казанлък",
            "An accessibility map of Kazanlak",
        ),
        "summary": (
            "Десет наши доброволци, сред тях хора с увреждания, провериха 180 "
            "обществени сгради и отбелязаха на отворена карта кои са достъпни.",
            "Ten of our volunteers, people with disabilities among them, checked "
            "180 public buildings and marked on an open map which are accessible.",
        ),
        "body": (
            "Проверката следва кратък списък: стъпала, рампа, ширина на вратата, "
            "достъпна тоалетна. Всеки вход е сниман и отбелязан в "
            "OpenStreetMap.\n\n"
            "На собственика на всяка недостъпна сграда изпратихме писмо с "
            "конкретно предложение.",
            "Each check follows a short list: steps, ramp, door width, accessible "
            "toilet. Every entrance is photographed and marked in "
            "OpenStreetMap.\n\n"
            "We wrote to the owner of every inaccessible building with a specific "
            "proposal.",
        ),
        "where": ("kazanlak", "Казанлък", "Kazanlak"),
        "topics": ["social-inclusion"],
        "institutions": ["obshtina-kazanlak"],
        "results": {"volunteers": 10, "proposals": 57},
        "statement": (
            "57 от 180-те сгради се оказаха недостъпни; до края на годината 12 от "
            "тях вече имаха рампа.",
            "57 of the 180 buildings proved inaccessible; by the end of the year "
            "12 of them had a ramp.",
        ),
        "photo": (
            (
                "Жена в инвалидна количка пред вход с три стъпала, до нея "
                "доброволец с рулетка",
                "A woman in a wheelchair at an entrance with three steps, a "
                "volunteer with a tape measure beside her",
            ),
            ("Измерване на вход в центъра", "Measuring an entrance in the centre"),
        ),
        "practice": "Карта на достъпността",
    },
    {
        "by": ROSE_VALLEY,
        "kind": "event",
        "on": (5, 30, 0),
        "title": (
            "Розобер за всички край Шипка",
            "Rose picking for everyone near Shipka",
        ),
        "summary": (
            "За първи път хора в инвалидни колички се включиха в розобера — по "
            "пътека, която доброволците направиха достъпна.",
            "For the first time, people in wheelchairs joined the rose harvest, on "
            "a path that volunteers had made accessible.",
        ),
        "body": (
            "Стопанинът на розовата градина ни позволи да положим временна "
            "настилка между редовете. Доброволците помагаха с кошниците, а след "
            "брането всички опитаха розово сладко.\n\n"
            "Започнахме в шест сутринта: розата се бере на разсъмване.",
            "The owner of the rose field let us lay a temporary surface between "
            "the rows. Volunteers helped with the baskets, and after the picking "
            "everyone tasted rose-petal jam.\n\n"
            "We started at six in the morning: roses are picked at dawn.",
        ),
        "where": ("kazanlak", "Розова градина край Шипка", "A rose field near Shipka"),
        "topics": ["social-inclusion", "health"],
        "results": {"people-reached": 64, "volunteers": 18, "media": 5},
        "statement": (
            "Участваха 14 души в инвалидни колички; регионалната телевизия показа "
            "розобера в централната си емисия.",
            "14 wheelchair users took part; the regional television showed the "
            "harvest on its main news.",
        ),
        "photo": (
            (
                "Мъж в инвалидна количка бере рози между два реда храсти, до него "
                "доброволка с кошница",
                "A man in a wheelchair picking roses between two rows of bushes, "
                "a volunteer with a basket beside him",
            ),
            ("Розоберът на разсъмване", "The rose harvest at dawn"),
        ),
    },
    {
        "by": ROSE_VALLEY,
        "kind": "other",
        "on": (4, 6, 0),
        "title": (
            "Утринна гимнастика в парк „Розариум“",
            "Morning exercise in Rosarium Park",
        ),
        "summary": (
            "Два пъти седмично треньор доброволец води безплатна гимнастика за "
            "възрастни хора и хора с увреждания.",
            "Twice a week a volunteer coach leads free exercise for older people "
            "and people with disabilities.",
        ),
        "body": (
            "Програмата взехме от „Здраве и спорт Николаево“ и я пригодихме за "
            "хора, които се движат трудно: половината упражнения се правят "
            "седнали.\n\n"
            "В студените месеци групата се мести в залата на читалището.",
            "We took the programme from Health and Sport Nikolaevo and adapted it "
            "for people who move with difficulty: half the exercises are done "
            "sitting down.\n\n"
            "In the cold months the group moves into the community centre's hall.",
        ),
        "where": ("kazanlak", "Парк „Розариум“, Казанлък", "Rosarium Park, Kazanlak"),
        "topics": ["health", "sport"],
        "with": [NIKOLAEVO],
        "results": {"people-reached": 26, "volunteers": 2},
        "statement": (
            "Групата от 26 души не е пропуснала нито една седмица за пет месеца.",
            "The group of 26 has not missed a single week in five months.",
        ),
    },
    {
        "by": ROSE_VALLEY,
        "kind": "training",
        "on": (11, 3, 1),
        "title": (
            "Обучение за служители: как да обслужваме хора с увреждания",
            "Training for staff: serving people with disabilities",
        ),
        "summary": (
            "Служители на общината, пощата и две банки се учиха как да обслужват "
            "хора с различни увреждания.",
            "Staff of the municipality, the post office and two banks learnt how "
            "to serve people with different disabilities.",
        ),
        "body": (
            "Обучители бяха самите наши членове: незряща жена, мъж в инвалидна "
            "количка и майка на дете с аутизъм. Всеки участник опита да мине "
            "през центъра за услуги със завързани очи или в количка.\n\n"
            "На всяка институция дадохме кратък списък с най-лесните промени.",
            "The trainers were our own members: a blind woman, a man who uses a "
            "wheelchair and the mother of an autistic child. Every participant "
            "tried to get through the service centre blindfolded or in a "
            "wheelchair.\n\n"
            "We gave each institution a short list of the easiest changes to make.",
        ),
        "where": (
            "kazanlak",
            "Център за административно обслужване, Казанлък",
            "Municipal service centre, Kazanlak",
        ),
        "topics": ["social-inclusion", "human-rights"],
        "institutions": ["obshtina-kazanlak"],
        "results": {"participants-trained": 31},
        "statement": (
            "Центърът за административно обслужване постави звънец на входа и "
            "обособи гише с предимство за хора с увреждания.",
            "The municipal service centre put a bell at the entrance and set up a "
            "priority counter for people with disabilities.",
        ),
    },
    # Фондация „Наследство Тракия“
    {
        "by": HERITAGE,
        "kind": "publication",
        "on": (5, 24, 0),
        "title": (
            "„Спомени от Стара Загора“: третата книжка със семейни истории",
            "“Memories of Stara Zagora”: the third book of family stories",
        ),
        "summary": (
            "27 ученици записаха спомените на баби и дядовци; 26 от историите "
            "излязоха в книжка, представена в Регионалната библиотека.",
            "27 pupils recorded their grandparents' memories; 26 of the stories "
            "came out in a small book, launched at the Regional Library.",
        ),
        "body": (
            "През срока учител по история и историк от музея показаха на "
            "учениците как се води интервю и как се пази записът. Всеки ученик "
            "интервюира един свой близък.\n\n"
            "Книжката представихме на 24 май, Деня на българската просвета и "
            "култура и на славянската писменост.",
            "Over the term a history teacher and a historian from the museum "
            "showed the pupils how to conduct an interview and keep the "
            "recording. Each pupil interviewed one relative.\n\n"
            "We launched the book on 24 May, the Day of Bulgarian Education and "
            "Culture and of Slavonic Script.",
        ),
        "where": (
            "stara-zagora",
            "Регионална библиотека „Захарий Княжески“, Стара Загора",
            "Zahariy Knyazheski Regional Library, Stara Zagora",
        ),
        "topics": ["culture-heritage", "education"],
        "institutions": ["regionalna-biblioteka", "istoricheski-muzey"],
        "results": {"participants-trained": 27, "people-reached": 140, "media": 2},
        "statement": (
            "Книжката е дарена на всички 23 училищни библиотеки в общината, а "
            "записите — на Регионалния исторически музей.",
            "The book was given to all 23 school libraries in the municipality, "
            "and the recordings to the Regional History Museum.",
        ),
        "photo": (
            (
                "Ученици държат новата книжка пред библиотечни рафтове",
                "Pupils holding up the new book in front of library shelves",
            ),
            (
                "Представянето в Регионалната библиотека",
                "The launch at the Regional Library",
            ),
        ),
        "practice": "Семейни истории в училище",
    },
    {
        "by": HERITAGE,
        "kind": "event",
        "on": (9, 26, 0),
        "days": 3,
        "title": (
            "Разходки из „Августа Траяна“ с екскурзовод",
            "Guided walks through Augusta Traiana",
        ),
        "summary": (
            "Три безплатни разходки из античния форум и останките от римския "
            "град под днешния център на Стара Загора.",
            "Three free walks through the ancient forum and the remains of the "
            "Roman town beneath the centre of today's Stara Zagora.",
        ),
        "body": (
            "Разходките водеше археолог от музея. Маршрутът минава през античния "
            "форум и останките от римските улици и жилища в центъра.\n\n"
            "Разходките бяха част от Европейските дни на наследството.",
            "An archaeologist from the museum led the walks, past the ancient "
            "forum and the remains of Roman streets and houses in the centre.\n\n"
            "The walks were part of the European Heritage Days.",
        ),
        "where": (
            "stara-zagora",
            "Античен форум „Августа Траяна“, Стара Загора",
            "Augusta Traiana ancient forum, Stara Zagora",
        ),
        "topics": ["culture-heritage", "local-development"],
        "institutions": ["istoricheski-muzey"],
        "results": {"people-reached": 140, "volunteers": 6},
        "statement": (
            "Всеки трети от 140-те участници дойде от друг град; музеят ще включи "
            "разходката в постоянната си програма.",
            "One in three of the 140 people came from another town; the museum "
            "will add the walk to its permanent programme.",
        ),
        "photo": (
            (
                "Група слуша археолог сред каменните останки на античния форум",
                "A group listening to an archaeologist among the stone remains of "
                "the ancient forum",
            ),
            ("Из античния форум", "Through the ancient forum"),
        ),
    },
    {
        "by": HERITAGE,
        "kind": "event",
        "on": (10, 15, 1),
        "title": (
            "Учебни посещения в Долината на тракийските владетели",
            "School visits to the Valley of the Thracian Kings",
        ),
        "summary": (
            "Шест класа от три села в община Казанлък видяха тракийските гробници "
            "край Шипка и Казанлък, повечето деца — за първи път.",
            "Six classes from three villages of Kazanlak municipality visited the "
            "Thracian tombs near Shipka and Kazanlak, most of the children for "
            "the first time.",
        ),
        "body": (
            "Подготвихме работни листове за урок на място, а екскурзоводите "
            "говориха на езика на децата.\n\n"
            "Транспорта дари местна фирма, а входът за учениците беше безплатен.",
            "We prepared worksheets for a lesson on site, and the guides spoke "
            "in words the children understood.\n\n"
            "A local firm donated the transport, and entry was free for the "
            "pupils.",
        ),
        "where": (
            "kazanlak",
            "Гробницата „Голяма Косматка“ край Шипка",
            "The Golyama Kosmatka tomb near Shipka",
        ),
        "topics": ["culture-heritage", "education"],
        "with": [CHILDREN],
        "institutions": ["obshtina-kazanlak"],
        "results": {"people-reached": 156, "volunteers": 9},
        "statement": (
            "Учителите от трите села поискаха посещенията да влязат в годишния им "
            "план.",
            "The teachers of the three villages asked for the visits to become "
            "part of their yearly plan.",
        ),
    },
    # Сдружение „Активни родители Гълъбово“
    {
        "by": PARENTS,
        "kind": "advocacy",
        "on": (2, 20, 1),
        "title": (
            "Безопасен път до училище: карта на опасните места",
            "A safe way to school: a map of the dangerous spots",
        ),
        "summary": (
            "Родители и деца обиколиха пътя до двете училища, снимаха опасните "
            "места и поискаха от общината шест конкретни мерки.",
            "Parents and children walked the way to both schools, photographed "
            "the dangerous spots and asked the municipality for six specific "
            "measures.",
        ),
        "body": (
            "Анкетата сред 210 родители показа откъде минават децата. Най-опасни "
            "се оказаха две кръстовища без пешеходна пътека и улица без "
            "тротоар.\n\n"
            "На срещата с кмета и пътна полиция представихме картата и списъка "
            "с мерки.",
            "A survey of 210 parents showed which way the children walk. The most "
            "dangerous spots were two junctions without a zebra crossing and a "
            "street without a pavement.\n\n"
            "At the meeting with the mayor and the traffic police we presented "
            "the map and the list of measures.",
        ),
        "where": ("galabovo", "Гълъбово", "Galabovo"),
        "topics": ["education", "civic-participation"],
        "institutions": ["obshtina-galabovo"],
        "results": {"proposals": 6, "people-reached": 210},
        "statement": (
            "Шест месеца по-късно имаше две нови пешеходни пътеки и легнал "
            "полицай пред училището.",
            "Six months later there were two new zebra crossings and a speed bump "
            "in front of the school.",
        ),
        "photo": (
            (
                "Родител и две деца снимат кръстовище без пешеходна пътека",
                "A parent and two children photographing a junction without a "
                "zebra crossing",
            ),
            ("Обиколката с децата", "The walk with the children"),
        ),
        "practice": "Безопасен път до училище",
    },
    {
        "by": PARENTS,
        "kind": "event",
        "on": (10, 21, 0),
        "title": (
            "Приемна за родители в двете училища",
            "A surgery for parents at both schools",
        ),
        "summary": (
            "Родителите зададоха въпросите си на директорите и на общински "
            "съветници в една вечер, във физкултурния салон на училището.",
            "Parents put their questions to the head teachers and to municipal "
            "councillors on one evening, in the school gym.",
        ),
        "body": (
            "Идеята е от гражданските приемни на Клуб „Отворено общество“. "
            "Най-много въпроси имаше за столовата, за автобуса до селата и за "
            "ремонта на физкултурния салон.\n\n"
            "За всеки въпрос записахме кой ще отговори и до кога.",
            "The idea comes from Open Society Club's civic surgeries. Most "
            "questions were about the canteen, the bus to the villages and the "
            "repairs to the gym.\n\n"
            "For every question we noted who is to answer and by when.",
        ),
        "where": (
            "galabovo",
            "Физкултурният салон на училището, Гълъбово",
            "The school gym, Galabovo",
        ),
        "topics": ["education", "civic-participation"],
        "results": {"people-reached": 64, "proposals": 2},
        "statement": (
            "Директорите се съгласиха да публикуват дневния ред на обществените "
            "съвети на училищата седмица по-рано.",
            "The head teachers agreed to publish the agendas of the schools' "
            "public councils a week in advance.",
        ),
    },
    {
        "by": PARENTS,
        "kind": "campaign",
        "on": (2, 5, 0),
        "days": 21,
        "title": (
            "Подписка за чист въздух в Гълъбово",
            "A petition for clean air in Galabovo",
        ),
        "summary": (
            "1 340 жители подписаха искане за постоянна станция за измерване на "
            "въздуха в града и за публикуване на данните всеки ден.",
            "1,340 residents signed a request for a permanent air monitoring "
            "station in the town, with the data published every day.",
        ),
        "body": (
            "Подписите събирахме три седмици пред училищата, в поликлиниката и "
            "на пазара. „Зелена Стара Загора“ ни помогна с данни от своите "
            "сензори.\n\n"
            "Подписката внесохме в общината и в Областната администрация.",
            "We collected signatures for three weeks outside the schools, at the "
            "clinic and at the market. Green Stara Zagora helped us with data from "
            "its sensors.\n\n"
            "We handed the petition to the municipality and to the Regional "
            "Administration.",
        ),
        "where": ("galabovo", "Гълъбово", "Galabovo"),
        "topics": ["environment", "health", "civic-participation"],
        "with": [GREEN],
        "institutions": ["obshtina-galabovo", "oblastna-administratsia"],
        "results": {"people-reached": 1340, "proposals": 1, "media": 4},
        "statement": (
            "Областният управител покани родителите на среща и обеща мобилна "
            "станция за измерване през зимните месеци.",
            "The regional governor invited the parents to a meeting and promised a "
            "mobile monitoring station for the winter months.",
        ),
    },
    {
        "by": PARENTS,
        "kind": "event",
        "on": (4, 11, 0),
        "title": (
            "Великденски базар за кът за четене",
            "An Easter fair for a reading corner",
        ),
        "summary": (
            "Децата боядисаха яйца и направиха картички, а родителите опекоха "
            "козунаци за благотворителния базар на училището.",
            "The children painted eggs and made cards, and the parents baked "
            "kozunak sweet bread for the school's charity fair.",
        ),
        "body": (
            "Базарът беше в събота, в двора на училището. Учителите помогнаха "
            "със щандовете, а музикалната паралелка пя за гостите.\n\n"
            "Всички събрани пари отиват за кът за четене за началните класове.",
            "The fair was held on a Saturday in the school yard. The teachers "
            "helped with the stalls, and the music class sang for the visitors.\n\n"
            "Every euro raised goes to a reading corner for the primary classes.",
        ),
        "where": (
            "galabovo",
            "Дворът на училището, Гълъбово",
            "The school yard, Galabovo",
        ),
        "topics": ["education"],
        "results": {"funds-raised": 1250, "volunteers": 30},
        "statement": (
            "С 1 250 € родителите купиха рафтове, пуфове и 140 детски книги за "
            "новия кът за четене.",
            "With the €1,250 the parents bought shelves, beanbags and 140 "
            "children's books for the new reading corner.",
        ),
        "photo": (
            (
                "Маса с боядисани яйца и козунаци, около нея деца и родители",
                "A table of painted eggs and kozunak, with children and parents "
                "round it",
            ),
            ("Великденският базар", "The Easter fair"),
        ),
    },
    # Доброволци от Мъглиж
    {
        "by": MAGLIZH,
        "kind": "volunteering",
        "on": (5, 2, 0),
        "title": (
            "Доброволчески час: пейките в градския парк",
            "A volunteering hour: the benches in the town park",
        ),
        "summary": (
            "За един съботен час 17 души боядисаха пейките в парка и поставиха "
            "две нови кошчета.",
            "In one Saturday hour 17 people painted the benches in the park and "
            "put up two new bins.",
        ),
        "body": (
            "Задачата обявихме седмица по-рано, с място и час. Боята даде "
            "общината, а четките и валяците са наши.\n\n"
            "Накрая се снимахме всички на първата боядисана пейка.",
            "We announced the task a week ahead, with the place and time. The "
            "municipality gave the paint; the brushes and rollers are ours.\n\n"
            "At the end we all had our photo taken on the first bench painted.",
        ),
        "where": ("maglizh", "Градският парк, Мъглиж", "The town park, Maglizh"),
        "topics": ["volunteering"],
        "results": {"volunteers": 17},
        "statement": (
            "Боядисани са 14 пейки; общината обеща осветление за алеята до тях.",
            "14 benches were painted; the municipality promised lighting for the "
            "path beside them.",
        ),
        "photo": (
            (
                "Доброволци с валяци боядисват дървена пейка в зелено",
                "Volunteers with rollers painting a wooden bench green",
            ),
            ("Пейките в градския парк", "The benches in the town park"),
        ),
        "practice": "Доброволчески час в събота",
    },
    {
        "by": MAGLIZH,
        "kind": "volunteering",
        "on": (6, 21, 1),
        "title": (
            "Почистване на пътеката към Мъглижкия водопад",
            "Clearing the path to the Maglizh waterfall",
        ),
        "summary": (
            "31 доброволци разчистиха паднали клони и отпадъци по пътеката към "
            "водопада и обновиха маркировката.",
            "31 volunteers cleared fallen branches and litter from the path to the "
            "waterfall and renewed the waymarks.",
        ),
        "body": (
            "Работихме на три групи, всяка по 1,5 км, с по един опитен планинар "
            "начело. Туристическото дружество даде боя за маркировката.\n\n"
            "На връщане поставихме два контейнера за отпадъци в началото на "
            "пътеката.",
            "We worked in three groups, each on 1.5 km and led by an experienced "
            "hiker. The local hiking club gave paint for the waymarks.\n\n"
            "On the way back we put two rubbish bins at the start of the path.",
        ),
        "where": (
            "maglizh",
            "Пътеката от Мъглиж към водопада",
            "The path from Maglizh to the waterfall",
        ),
        "topics": ["environment", "volunteering"],
        "with": [GREEN],
        "results": {"volunteers": 31, "media": 1},
        "statement": (
            "Разчистени са 4,5 км пътека и събрани 38 чувала отпадъци; "
            "туристическото дружество пое поддръжката на табелите.",
            "4.5 km of path were cleared and 38 bags of litter collected; the "
            "hiking club took on the upkeep of the signs.",
        ),
        "photo": (
            (
                "Доброволци с ръкавици и чували на горска пътека",
                "Volunteers with gloves and bags on a forest path",
            ),
            ("По пътеката към водопада", "On the path to the waterfall"),
        ),
    },
    {
        "by": MAGLIZH,
        "kind": "volunteering",
        "on": (12, 8, 0),
        "days": 80,
        "title": (
            "Зима без самота: помощ за възрастни хора",
            "A winter less alone: help for older people",
        ),
        "summary": (
            "През зимата доброволци пазаруваха, носеха дърва и лекарства и просто "
            "ходеха на гости на възрастни хора, които живеят сами.",
            "Over the winter volunteers did the shopping, carried firewood and "
            "medicines, and simply visited older people who live alone.",
        ),
        "body": (
            "Списъка на хората, които имат нужда от помощ, съставихме с "
            "общината и личния лекар. Всеки доброволец имаше свои двама-трима "
            "възрастни и им звънеше поне веднъж седмично.\n\n"
            "Помагаха ни и ученици от училището в Мъглиж.",
            "We drew up the list of people who needed help with the municipality and "
            "the GP. Each volunteer had two or three older people of their own and "
            "rang them at least once a week.\n\n"
            "Pupils from the school in Maglizh helped too.",
        ),
        "where": (
            "maglizh",
            "Мъглиж и селата Ягода и Тулово",
            "Maglizh and the villages of Yagoda and Tulovo",
        ),
        "topics": ["volunteering", "social-inclusion"],
        "results": {"volunteers": 12, "people-reached": 38},
        "statement": (
            "38 възрастни хора получаваха помощ цялата зима; за шестима от тях "
            "общината започна социална услуга в дома.",
            "38 older people were helped all winter; for six of them the "
            "municipality started care at home.",
        ),
    },
    {
        "by": MAGLIZH,
        "kind": "volunteering",
        "on": (4, 19, 1),
        "title": (
            "Първите осиновени градинки в Мъглиж",
            "The first adopted gardens in Maglizh",
        ),
        "summary": (
            "Живущите в три входа поеха градинките пред блоковете си по модела "
            "на „Зелена Стара Загора“.",
            "Residents of three entrances took on the gardens in front of their "
            "blocks, on Green Stara Zagora's model.",
        ),
        "body": (
            "Общината даде 120 разсада и пръст, а доброволци от Стара Загора "
            "дойдоха да помогнат в деня на засаждането.\n\n"
            "Всеки вход има график кой полива през седмицата.",
            "The municipality gave 120 seedlings and soil, and volunteers from Stara "
            "Zagora came to help on planting day.\n\n"
            "Each entrance has a rota for who waters during the week.",
        ),
        "where": (
            "maglizh",
            "Жилищни блокове в центъра на Мъглиж",
            "Blocks of flats in central Maglizh",
        ),
        "topics": ["environment", "volunteering"],
        "with": [GREEN],
        "results": {"volunteers": 22, "agreements": 3},
        "statement": (
            "Трите градинки вече цъфтят; още два входа се записаха за следващата "
            "пролет.",
            "The three gardens are in bloom; two more entrances have signed up "
            "for next spring.",
        ),
    },
    # Народно читалище „Пробуда-1898“
    {
        "by": PROBUDA,
        "kind": "volunteering",
        "on": (10, 1, 1),
        "days": 240,
        "title": (
            "Учим заедно в читалището",
            "Learning together at the community centre",
        ),
        "summary": (
            "Девет гимназисти помагаха на 15 деца от началните класове с уроците "
            "два следобеда седмично.",
            "Nine secondary-school pupils helped 15 primary-school children with "
            "their lessons two afternoons a week.",
        ),
        "body": (
            "Начина на работа научихме от „Бъдеще за децата“: едно дете — един "
            "доброволец, за цялата година. Заниманията са в читалищната "
            "библиотека.\n\n"
            "Гимназистите получават служебна бележка за доброволческата си работа.",
            "We learnt the approach from Future for Children: one child, one "
            "volunteer, for the whole year. The sessions are in the community "
            "centre's library.\n\n"
            "The secondary-school pupils receive a certificate for their "
            "volunteering.",
        ),
        "where": (
            "pavel-banya",
            "Читалище „Пробуда-1898“, Павел баня",
            "Probuda-1898 Community Centre, Pavel Banya",
        ),
        "topics": ["education", "youth"],
        "with": [CHILDREN],
        "results": {"volunteers": 9, "people-reached": 15},
        "statement": (
            "Нито едно от 15-те деца не повтаря класа; учителките отчитат "
            "по-добро четене при 11 от тях.",
            "None of the 15 children has to repeat the year; their teachers report "
            "better reading in 11 of them.",
        ),
        "photo": (
            (
                "Гимназистка чете книжка с момиченце в читалищната библиотека",
                "A secondary-school girl reading a book with a little girl in the "
                "community centre library",
            ),
            ("Следобед в библиотеката", "An afternoon in the library"),
        ),
    },
    {
        "by": PROBUDA,
        "kind": "event",
        "on": (7, 7, 0),
        "days": 12,
        "title": (
            "Лятна работилница за куклен театър",
            "A summer puppet theatre workshop",
        ),
        "summary": (
            "28 деца направиха кукли от плат и дърво, сами написаха пиеса и я "
            "изиграха два пъти за родителите си.",
            "28 children made puppets from cloth and wood, wrote a play themselves "
            "and performed it twice for their parents.",
        ),
        "body": (
            "Работилницата водеше актриса от куклен театър, а бабите от "
            "певческата група шиха костюмите на куклите.\n\n"
            "Заниманията бяха всяка сутрин в продължение на две седмици.",
            "An actress from a puppet theatre led the workshop, and the "
            "grandmothers of the singing group sewed the puppets' costumes.\n\n"
            "The sessions ran every morning for two weeks.",
        ),
        "where": (
            "pavel-banya",
            "Читалище „Пробуда-1898“, Павел баня",
            "Probuda-1898 Community Centre, Pavel Banya",
        ),
        "topics": ["culture-heritage", "youth"],
        "results": {"participants-trained": 28, "people-reached": 190},
        "statement": (
            "Двете представления гледаха 190 души; куклите остават в читалището "
            "за следващото лято.",
            "190 people saw the two performances; the puppets stay at the "
            "community centre for next summer.",
        ),
        "photo": (
            (
                "Деца държат ръчно направени кукли зад малка сцена от плат",
                "Children holding handmade puppets behind a small cloth stage",
            ),
            ("Представлението за родителите", "The performance for the parents"),
        ),
    },
    {
        "by": PROBUDA,
        "kind": "event",
        "on": (8, 29, 1),
        "title": (
            "Вечер на народната песен в Павел баня",
            "An evening of folk song in Pavel Banya",
        ),
        "summary": (
            "Шест самодейни състава от общината пяха на открита сцена в парка "
            "край минералните извори.",
            "Six amateur ensembles from the municipality sang on an open-air stage "
            "in the park by the mineral springs.",
        ),
        "body": (
            "Съставите бяха от Павел баня и от селата Александрово, Скобелево и "
            "Търничене. Всеки представи песни от своето село, някои от тях "
            "записани от най-възрастните певици.\n\n"
            "Вечерта водиха ученици от училището в града.",
            "The ensembles came from Pavel Banya and the villages of Aleksandrovo, "
            "Skobelevo and Tarnichene. Each sang songs of its own village, some "
            "of them taken down from the oldest singers.\n\n"
            "Pupils from the town's school hosted the evening.",
        ),
        "where": (
            "pavel-banya",
            "Паркът край минералните извори, Павел баня",
            "The park by the mineral springs, Pavel Banya",
        ),
        "topics": ["culture-heritage"],
        "results": {"people-reached": 260, "volunteers": 14, "media": 2},
        "statement": (
            "Местната телевизия излъчи записа на вечерта; читалището издаде диск "
            "с 18 песни от селата.",
            "The local television broadcast a recording of the evening; the "
            "community centre released a CD of 18 songs from the villages.",
        ),
    },
    {
        "by": PROBUDA,
        "kind": "campaign",
        "on": (3, 8, 1),
        "days": 2,
        "title": (
            "Благотворителен концерт за ново озвучаване на салона",
            "A charity concert for a new sound system in the hall",
        ),
        "summary": (
            "Самодейците на читалището изнесоха концерт за 8 март, а приходите "
            "отидоха за ново озвучаване на салона.",
            "The community centre's amateur performers gave a concert for 8 March, "
            "and the takings went towards a new sound system for the hall.",
        ),
        "body": (
            "Билетите бяха по 5 €, а местни фирми и хора от града дариха още. "
            "Салонът се напълни толкова бързо, че на следващия ден изнесохме и "
            "втори концерт.\n\n"
            "Старото озвучаване беше на повече от 30 години.",
            "Tickets were €5, and local firms and townspeople gave more. The hall "
            "filled so fast that we gave a second concert the next day.\n\n"
            "The old sound system was more than 30 years old.",
        ),
        "where": (
            "pavel-banya",
            "Салонът на читалището, Павел баня",
            "The community centre hall, Pavel Banya",
        ),
        "topics": ["culture-heritage"],
        "results": {"funds-raised": 2150, "people-reached": 340},
        "statement": (
            "Събраните 2 150 € покриха половината от цената; другата половина "
            "даде общината.",
            "The €2,150 raised covered half the cost; the municipality gave the "
            "other half.",
        ),
    },
    # Сдружение „Здраве и спорт Николаево“
    {
        "by": NIKOLAEVO,
        "kind": "other",
        "on": (4, 14, 1),
        "days": 180,
        "title": (
            "Утринна гимнастика в парка: първият сезон",
            "Morning exercise in the park: the first season",
        ),
        "summary": (
            "Три сутрини седмично треньор доброволец водеше безплатна гимнастика "
            "за възрастни хора в градския парк.",
            "Three mornings a week a volunteer coach led free exercise for older "
            "people in the town park.",
        ),
        "body": (
            "На първата среща лекар обясни кои упражнения са подходящи за всички. "
            "Веднъж месечно медицинска сестра мереше кръвното налягане на "
            "участниците.\n\n"
            "Групата се събираше от април до октомври, при хубаво време.",
            "At the first session a doctor explained which exercises suit "
            "everyone. Once a month a nurse measured the participants' blood "
            "pressure.\n\n"
            "The group met from April to October, in good weather.",
        ),
        "where": ("nikolaevo", "Градският парк, Николаево", "The town park, Nikolaevo"),
        "topics": ["health", "sport"],
        "results": {"people-reached": 25, "volunteers": 2},
        "statement": (
            "При измерванията двама участници разбраха, че имат високо кръвно "
            "налягане, и вече се лекуват.",
            "The checks showed two participants that they had high blood pressure; "
            "both are now being treated.",
        ),
        "photo": (
            (
                "Възрастни жени и мъже правят упражнения с вдигнати ръце на поляна "
                "в парка",
                "Older women and men exercising with raised arms on a lawn in the park",
            ),
            ("Сутрешната група в парка", "The morning group in the park"),
        ),
        "practice": "Утринна гимнастика в парка",
    },
    {
        "by": NIKOLAEVO,
        "kind": "event",
        "on": (6, 1, 0),
        "title": (
            "Турнир по минифутбол за Деня на детето",
            "A five-a-side football tournament for Children's Day",
        ),
        "summary": (
            "12 отбора от Николаево, Гурково и Мъглиж играха на стадиона в "
            "Николаево; наградите дариха местни фирми.",
            "12 teams from Nikolaevo, Gurkovo and Maglizh played at the Nikolaevo "
            "stadium; local firms gave the prizes.",
        ),
        "body": (
            "Играха момчета и момичета от 10 до 14 години, в смесени отбори. "
            "Съдии бяха треньори доброволци, а родителите се погрижиха за водата "
            "и плодовете.\n\n"
            "Най-много аплодисменти получи отборът на Гурково, който загуби "
            "финала след дузпи.",
            "Boys and girls aged 10 to 14 played in mixed teams. Volunteer coaches "
            "refereed, and the parents saw to the water and fruit.\n\n"
            "The loudest applause went to the Gurkovo team, who lost the final on "
            "penalties.",
        ),
        "where": ("nikolaevo", "Стадионът, Николаево", "The stadium, Nikolaevo"),
        "topics": ["sport", "youth"],
        "with": [GURKOVO],
        "results": {"people-reached": 300, "volunteers": 15},
        "statement": (
            "Турнирът ще се играе всяка година, като домакин по ред ще е всяка от "
            "трите общини.",
            "The tournament is to be played every year, hosted by each of the three "
            "municipalities in turn.",
        ),
        "photo": (
            (
                "Деца в цветни фланелки гонят топката на малко игрище",
                "Children in coloured shirts chasing the ball on a small pitch",
            ),
            ("Финалът", "The final"),
        ),
    },
    {
        "by": NIKOLAEVO,
        "kind": "campaign",
        "on": (10, 13, 0),
        "title": ("Младежки бюджет в Николаево", "A youth budget in Nikolaevo"),
        "summary": (
            "По модела на Раднево младите от общината предложиха и гласуваха как "
            "да се похарчат 2 000 € от общинския бюджет.",
            "On Radnevo's model, young people in the municipality proposed and "
            "voted on how to spend €2,000 of the municipal budget.",
        ),
        "body": (
            "„Млади граждани Раднево“ ни показаха как са организирали гласуването "
            "и ни дадоха своите бюлетини и правила.\n\n"
            "Предложенията бяха девет, а гласуваха 310 младежи от 14 до 29 години.",
            "Young Citizens of Radnevo showed us how they had organised their vote "
            "and gave us their ballot papers and rules.\n\n"
            "There were nine proposals, and 310 young people aged 14 to 29 voted.",
        ),
        "where": ("nikolaevo", "Николаево", "Nikolaevo"),
        "topics": ["youth", "civic-participation"],
        "with": [RADNEVO],
        "results": {"proposals": 9, "people-reached": 310},
        "statement": (
            "Спечели осветлението на спортната площадка до училището; общинският "
            "съвет гласува парите.",
            "Lights for the sports ground by the school won; the municipal council "
            "voted the money.",
        ),
    },
    {
        "by": NIKOLAEVO,
        "kind": "event",
        "on": (11, 14, 0),
        "title": (
            "Беседа за диабета с измерване на кръвната захар",
            "A talk on diabetes, with blood sugar tests",
        ),
        "summary": (
            "В Световния ден за борба с диабета личен лекар говори за признаците "
            "на болестта, а медицински сестри измериха кръвната захар на "
            "желаещите.",
            "On World Diabetes Day a GP talked about the signs of the disease, and "
            "nurses tested the blood sugar of anyone who wished.",
        ),
        "body": (
            "Беседата беше в пенсионерския клуб. Лекарката отговаряше на въпроси "
            "повече от час, най-вече за храненето и движението.\n\n"
            "Тестовите ленти дари аптека в града.",
            "The talk was at the pensioners' club. The doctor answered questions "
            "for over an hour, mostly about diet and exercise.\n\n"
            "A pharmacy in the town donated the test strips.",
        ),
        "where": (
            "nikolaevo",
            "Пенсионерският клуб, Николаево",
            "The pensioners' club, Nikolaevo",
        ),
        "topics": ["health"],
        "results": {"people-reached": 45},
        "statement": (
            "Кръвната захар беше измерена на 45 души; седем от тях бяха насочени "
            "към личния си лекар.",
            "45 people had their blood sugar tested; seven were referred to their GP.",
        ),
    },
    # Фондация „Прозрачна община“ (a former member: before it left)
    {
        "by": TRANSPARENT,
        "kind": "publication",
        "on": (2, 26, 0),
        "title": (
            "Бюджетът на Стара Загора, обяснен за 10 минути",
            "Stara Zagora's budget explained in ten minutes",
        ),
        "summary": (
            "Кратко илюстровано издание на общинския бюджет: откъде идват парите, "
            "за какво отиват и какво се променя спрямо миналата година.",
            "A short illustrated edition of the municipal budget: where the money "
            "comes from, where it goes and what has changed since last year.",
        ),
        "body": (
            "Прочетохме целия бюджет и го сведохме до осем страници с графики. "
            "Всяка цифра има препратка към таблицата в официалния документ.\n\n"
            "Изданието е свободно за разпространение; отпечатахме 500 броя за "
            "библиотеките и читалищата.",
            "We read the whole budget and brought it down to eight pages of "
            "charts. Every figure points to its table in the official "
            "document.\n\n"
            "The edition is free to share; we printed 500 copies for the libraries "
            "and community centres.",
        ),
        "where": ("stara-zagora", "Стара Загора", "Stara Zagora"),
        "topics": ["transparency"],
        "results": {"people-reached": 4800, "media": 4},
        "statement": (
            "Изданието е изтеглено 4 800 пъти; общината сложи препратка към него "
            "на страницата на бюджета.",
            "The edition was downloaded 4,800 times; the municipality linked to it "
            "from its budget page.",
        ),
        "photo": (
            (
                "Разтворена брошура с цветни кръгови диаграми на бюджета",
                "An open booklet with colourful pie charts of the budget",
            ),
            ("Бюджетът в осем страници", "The budget in eight pages"),
        ),
    },
    {
        "by": TRANSPARENT,
        "kind": "publication",
        "on": (4, 10, 0),
        "title": (
            "Обществените поръчки на общината под лупа",
            "The municipality's procurement under scrutiny",
        ),
        "summary": (
            "Прегледахме 27 обществени поръчки на общината за една година и "
            "публикувахме какво открихме.",
            "We reviewed 27 of the municipality's public procurement procedures "
            "from one year and published what we found.",
        ),
        "body": (
            "Проверявахме сроковете, изискванията към кандидатите и колко оферти "
            "е получила всяка поръчка. В шест поръчки е имало само по един "
            "кандидат.\n\n"
            "За всяка поръчка с проблем изпратихме сигнал до общината и до "
            "Агенцията по обществени поръчки.",
            "We checked the deadlines, the requirements for bidders and how many "
            "bids each procedure received. Six procedures had a single bidder.\n\n"
            "For every procedure with a problem we wrote to the municipality and to "
            "the Public Procurement Agency.",
        ),
        "where": ("stara-zagora", "Стара Загора", "Stara Zagora"),
        "topics": ["transparency"],
        "institutions": ["obshtina-stara-zagora"],
        "results": {"proposals": 6, "media": 5},
        "statement": (
            "В четири от поръчките общината удължи срока за оферти след нашите "
            "сигнали.",
            "In four of the procedures the municipality extended the deadline for "
            "bids after our reports.",
        ),
    },
    {
        "by": TRANSPARENT,
        "kind": "training",
        "on": (10, 17, 0),
        "title": (
            "Как да четем общинския бюджет: обучение за журналисти",
            "Reading a municipal budget: training for journalists",
        ),
        "summary": (
            "14 журналисти от местни медии се учиха да намират в бюджета и "
            "отчетите отговорите на въпросите на читателите си.",
            "14 journalists from local media learnt to find in budgets and reports "
            "the answers to their readers' questions.",
        ),
        "body": (
            "Работихме с истинските документи на три общини от областта. Всеки "
            "участник си тръгна с идея за материал.\n\n"
            "Обучението направихме заедно с Клуб „Отворено общество“.",
            "We worked with the real documents of three municipalities in the "
            "region. Every participant left with an idea for a story.\n\n"
            "We ran the training together with Open Society Club.",
        ),
        "where": (
            "stara-zagora",
            "Клуб „Отворено общество“, Стара Загора",
            "Open Society Club, Stara Zagora",
        ),
        "topics": ["transparency", "civic-participation"],
        "with": [CLUB],
        "results": {"participants-trained": 14},
        "statement": (
            "Три местни медии публикуваха материали за бюджета с данни от обучението.",
            "Three local media published budget stories using data from the training.",
        ),
    },
    # Сдружение „Гурково – живо село“
    {
        "by": GURKOVO,
        "kind": "event",
        "on": (10, 11, 0),
        "title": (
            "Есенен събор на местните производители в Гурково",
            "The autumn local producers' fair in Gurkovo",
        ),
        "summary": (
            "32 производители от общината продаваха мед, сирене, сушени плодове и "
            "занаятчийски изделия на площада, без такса за участие.",
            "32 producers from the municipality sold honey, cheese, dried fruit "
            "and crafts on the square, with no fee for the stalls.",
        ),
        "body": (
            "Фондация „Наследство Тракия“ доведе майстори на традиционни занаяти: "
            "грънчар, тъкачка и резбар. Децата имаха работилница за обредни "
            "хлябове.\n\n"
            "След събора попитахме производителите какво да променим следващия "
            "път.",
            "Thracian Heritage Foundation brought masters of traditional crafts: a "
            "potter, a weaver and a woodcarver. The children had a workshop on "
            "ritual breads.\n\n"
            "After the fair we asked the producers what to change next time.",
        ),
        "where": ("gurkovo", "Централният площад, Гурково", "The main square, Gurkovo"),
        "topics": ["local-development", "culture-heritage"],
        "with": [HERITAGE],
        "results": {"people-reached": 1500, "volunteers": 12},
        "statement": (
            "Половината производители продадоха цялата си стока още преди обяд; "
            "28 от тях се записаха за пролетния събор.",
            "Half the producers had sold out before noon; 28 of them signed up for "
            "the spring fair.",
        ),
        "photo": (
            (
                "Сергии с буркани мед и пити сирене на площада, между тях посетители",
                "Stalls with jars of honey and rounds of cheese on the square, "
                "visitors walking between them",
            ),
            ("Съборът на площада", "The fair on the square"),
        ),
        "practice": "Събор на местните производители",
    },
    {
        "by": GURKOVO,
        "kind": "event",
        "on": (8, 9, 0),
        "title": (
            "Добре дошли в селото: среща с новите жители на Паничерево",
            "Welcome to the village: meeting the new residents of Panicherevo",
        ),
        "summary": (
            "Старите и новите жители на селото се запознаха на обща трапеза в "
            "двора на читалището.",
            "The village's old and new residents got to know each other over a "
            "shared meal in the community centre yard.",
        ),
        "body": (
            "През последните три години в Паничерево са се заселили 11 семейства "
            "от София, Пловдив и чужбина. Поканихме ги да разкажат какво ги е "
            "довело и какво им липсва.\n\n"
            "Най-често споменаваха интернета, автобуса до Гурково и детската "
            "площадка.",
            "In the last three years 11 families from Sofia, Plovdiv and abroad "
            "have settled in Panicherevo. We invited them to tell us what brought "
            "them and what they miss.\n\n"
            "They mentioned the internet, the bus to Gurkovo and the playground "
            "most often.",
        ),
        "where": (
            "gurkovo",
            "Дворът на читалището, Паничерево",
            "The community centre yard, Panicherevo",
        ),
        "topics": ["local-development"],
        "results": {"people-reached": 58},
        "statement": (
            "Шест от новите семейства станаха наши членове, а едно отвори къща за "
            "гости.",
            "Six of the new families became our members, and one opened a guest house.",
        ),
    },
    {
        "by": GURKOVO,
        "kind": "training",
        "on": (2, 12, 1),
        "days": 2,
        "title": ("Обучение по селски туризъм", "Training in rural tourism"),
        "summary": (
            "Домакини от селата на общината се учиха как да посрещат гости, да "
            "пишат оферти и да ги публикуват онлайн.",
            "Hosts from the municipality's villages learnt how to welcome guests, "
            "write offers and publish them online.",
        ),
        "body": (
            "Обучители бяха собственици на къщи за гости от Трявна и Жеравна, "
            "които разказаха за грешките си от първите години.\n\n"
            "През втория ден снимахме къщите на участниците за общия им сайт.",
            "The trainers were guest house owners from Tryavna and Zheravna, who "
            "told us about their mistakes in the first years.\n\n"
            "On the second day we photographed the participants' houses for their "
            "shared website.",
        ),
        "where": ("gurkovo", "Читалището, Гурково", "The community centre, Gurkovo"),
        "topics": ["local-development"],
        "results": {"participants-trained": 19},
        "statement": (
            "Осем домакинства публикуваха оферти на общия сайт за селски туризъм "
            "в общината.",
            "Eight households published offers on the municipality's shared rural "
            "tourism website.",
        ),
    },
    # Опан без отпадъци
    {
        "by": OPAN,
        "kind": "volunteering",
        "on": (3, 14, 0),
        "title": ("Поправителна работилница в Опан", "A repair café in Opan"),
        "summary": (
            "Четирима майстори доброволци поправиха безплатно уреди, дрехи и "
            "колела заедно със собствениците им.",
            "Four volunteer repairers fixed appliances, clothes and bicycles for "
            "free, together with their owners.",
        ),
        "body": (
            "Работилницата беше в салона на общината, една събота от 10 до 14 ч. "
            "Всеки собственик поправяше заедно с майстора — и се учеше.\n\n"
            "Записвахме какво е поправено и колко тежи, за да знаем колко "
            "отпадъци сме спестили.",
            "The repair café was in the municipal hall, one Saturday from 10:00 to "
            "14:00. Each owner did the repair with the repairer — and learnt how.\n\n"
            "We recorded what was repaired and how much it weighed, to know how "
            "much waste we had saved.",
        ),
        "where": ("opan", "Салонът на общината, Опан", "The municipal hall, Opan"),
        "topics": ["environment"],
        "results": {"volunteers": 4, "people-reached": 46},
        "statement": (
            "Поправени са 38 вещи — от тостер до детско колело, или около 95 кг "
            "по-малко отпадъци.",
            "38 things were repaired — from a toaster to a child's bicycle, or "
            "about 95 kg less waste.",
        ),
        "photo": (
            (
                "Майстор и възрастна жена поправят настолна лампа на работна маса",
                "A repairer and an older woman fixing a table lamp at a workbench",
            ),
            ("Поправка на лампа", "Mending a lamp"),
        ),
        "practice": "Поправителна работилница",
    },
    {
        "by": OPAN,
        "kind": "campaign",
        "on": (4, 4, 1),
        "title": ("Компостер във всеки двор", "A composter in every yard"),
        "summary": (
            "Убедихме общината да раздаде безплатно 120 компостера на "
            "домакинствата и показахме как се използват.",
            "We persuaded the municipality to give 120 free composters to "
            "households, and showed people how to use them.",
        ),
        "body": (
            "Общината купи компостерите по програма за отпадъците, а ние "
            "обиколихме селата с кратка демонстрация: какво се слага, какво не и "
            "колко често се разбърква.\n\n"
            "Всяко домакинство обеща да използва компостера и да ни каже как "
            "върви.",
            "The municipality bought the composters under a waste programme, and "
            "we toured the villages with a short demonstration: what goes in, what "
            "does not and how often to turn it.\n\n"
            "Every household promised to use its composter and tell us how it "
            "goes.",
        ),
        "where": (
            "opan",
            "Опан и четири села в общината",
            "Opan and four villages in the municipality",
        ),
        "topics": ["environment"],
        "results": {"agreements": 1, "people-reached": 120},
        "statement": (
            "След половин година 9 от 10 домакинства използват компостерите "
            "редовно, а зелените отпадъци в контейнерите видимо намаляха.",
            "Six months on, 9 in 10 households use their composters regularly, "
            "and there is visibly less green waste in the bins.",
        ),
    },
    {
        "by": OPAN,
        "kind": "volunteering",
        "on": (5, 9, 0),
        "title": (
            "Цветна градина в двора на общината",
            "A flower garden in the town hall yard",
        ),
        "summary": (
            "Съседи и доброволци превърнаха запуснатия двор на общината в цветна "
            "градина с пейка и компостер.",
            "Neighbours and volunteers turned the neglected town hall yard into a "
            "flower garden with a bench and a composter.",
        ),
        "body": (
            "Взехме модела на осиновените градинки от „Зелена Стара Загора“: "
            "споразумение с общината, общ план на засаждането и табелка кой се "
            "грижи.\n\n"
            "Цветята са многогодишни, за да не се засаждат отново всяка пролет.",
            "We took Green Stara Zagora's adopted-garden model: an agreement with "
            "the municipality, a shared planting plan and a sign saying who looks "
            "after it.\n\n"
            "The flowers are perennials, so they need not be planted again every "
            "spring.",
        ),
        "where": ("opan", "Дворът на общината, Опан", "The town hall yard, Opan"),
        "topics": ["environment", "volunteering"],
        "with": [GREEN],
        "results": {"volunteers": 14, "agreements": 1},
        "statement": (
            "За градината се грижат 14 съседи по график; общината добави чешма "
            "за поливане.",
            "14 neighbours look after the garden on a rota; the municipality added "
            "a tap for watering.",
        ),
    },
    # Сдружение „Равни права – Чирпан“
    {
        "by": EQUAL_RIGHTS,
        "kind": "other",
        "on": (1, 8, 1),
        "days": 330,
        "title": (
            "Безплатни правни консултации в Чирпан",
            "Free legal advice in Chirpan",
        ),
        "summary": (
            "Всеки вторник юрист доброволец приемаше хора, които не могат да "
            "платят на адвокат.",
            "Every Tuesday a volunteer lawyer saw people who cannot afford a lawyer.",
        ),
        "body": (
            "Най-често питаха за пенсии, наследство, социални помощи и договори "
            "за наем. При нужда юристът пишеше и молбата или жалбата.\n\n"
            "Всички консултации са поверителни; записваме само темата.",
            "People asked most often about pensions, inheritance, benefits and "
            "tenancy agreements. Where needed, the lawyer also wrote the "
            "application or the appeal.\n\n"
            "Every consultation is confidential; we record only the subject.",
        ),
        "where": ("chirpan", "Чирпан", "Chirpan"),
        "topics": ["human-rights", "social-inclusion"],
        "results": {"people-reached": 86, "volunteers": 2},
        "statement": (
            "86 консултации за годината; в 23 случая хората получиха помощ или "
            "пенсия след обжалване.",
            "86 consultations in the year; in 23 cases people were granted a "
            "benefit or a pension after an appeal.",
        ),
    },
    {
        "by": EQUAL_RIGHTS,
        "kind": "advocacy",
        "on": (9, 15, 1),
        "title": (
            "Лични документи за хората, които нямат",
            "Identity papers for people who have none",
        ),
        "summary": (
            "Помогнахме на хора без лични документи да ги извадят: с адресна "
            "регистрация, снимки и такси.",
            "We helped people without identity papers to get them: with address "
            "registration, photos and fees.",
        ),
        "body": (
            "Без лична карта човек не може да получи помощ, да отиде на лекар или "
            "да работи. Заедно с общината намерихме начин за адресна регистрация "
            "на хората без собствено жилище.\n\n"
            "Таксите и снимките платихме с дарения.",
            "Without an identity card a person cannot get benefits, see a doctor "
            "or work. Together with the municipality we found a way to register "
            "an address for people without a home of their own.\n\n"
            "Donations paid for the fees and the photos.",
        ),
        "where": ("chirpan", "Чирпан", "Chirpan"),
        "topics": ["human-rights", "social-inclusion"],
        "institutions": ["obshtina-chirpan"],
        "results": {"people-reached": 27, "proposals": 1},
        "statement": (
            "19 души получиха лични карти; петима от тях вече работят по трудов "
            "договор.",
            "19 people received identity cards; five of them now have employment "
            "contracts.",
        ),
    },
    {
        "by": EQUAL_RIGHTS,
        "kind": "training",
        "on": (4, 7, 1),
        "title": ("Какви права имам като пациент", "Know your rights as a patient"),
        "summary": (
            "Обучение за правата на пациентите: достъп до лекар, направления, "
            "отказ от лечение и как се подава жалба.",
            "A course on patients' rights: access to a doctor, referrals, "
            "refusing treatment and how to complain.",
        ),
        "body": (
            "Обучението водиха юрист и медицинска сестра с 30 години стаж. "
            "Участниците разиграха случаи от собствения си опит.\n\n"
            "Всеки получи брошура с образци на жалби и с адресите на омбудсмана и "
            "на здравната каса.",
            "A lawyer and a nurse with 30 years' experience led the training. The "
            "participants acted out cases from their own experience.\n\n"
            "Everyone received a leaflet with sample complaints and the addresses "
            "of the ombudsman and the health insurance fund.",
        ),
        "where": (
            "chirpan",
            "Читалище „Светлина-1875“, Чирпан",
            "Svetlina-1875 Community Centre, Chirpan",
        ),
        "topics": ["human-rights", "health"],
        "with": [SVETLINA],
        "results": {"participants-trained": 22},
        "statement": (
            "Двама от участниците подадоха жалби и получиха направления, които "
            "им бяха отказвани месеци наред.",
            "Two participants filed complaints and received referrals they had "
            "been refused for months.",
        ),
    },
    # Народно читалище „Братство-1905“
    {
        "by": BRATSTVO,
        "kind": "training",
        "on": (2, 3, 0),
        "days": 40,
        "title": ("Компютърен курс за възрастни", "A computer course for older people"),
        "summary": (
            "Шестнадесет души над 60 години се научиха да пишат имейли, да "
            "говорят по видео с внуците си и да си записват час при лекар онлайн.",
            "Sixteen people over 60 learnt to write e-mails, video-call their "
            "grandchildren and book a doctor's appointment online.",
        ),
        "body": (
            "Курсът беше два пъти седмично в компютърната зала на читалището. "
            "Учители бяха гимназисти от селото, по един на двама курсисти.\n\n"
            "На последното занятие всеки изпрати имейл на човек, на когото "
            "отдавна не беше писал.",
            "The course ran twice a week in the community centre's computer room. "
            "The teachers were secondary-school pupils from the village, one for "
            "every two learners.\n\n"
            "At the last session everyone sent a message to someone they had not "
            "written to for a long time.",
        ),
        "where": (
            "bratya-daskalovi",
            "Читалище „Братство-1905“, Братя Даскалови",
            "Bratstvo-1905 Community Centre, Bratya Daskalovi",
        ),
        "topics": ["education", "social-inclusion"],
        "results": {"participants-trained": 16, "volunteers": 8},
        "statement": (
            "И шестнадесетте курсисти вече ползват сами електронна поща; "
            "половината плащат сметките си онлайн.",
            "All sixteen now use e-mail on their own; half of them pay their bills "
            "online.",
        ),
        "photo": (
            (
                "Възрастен мъж пред компютър, до него ученичка му показва нещо на "
                "екрана",
                "An older man at a computer while a schoolgirl points something "
                "out on the screen",
            ),
            ("В компютърната зала", "In the computer room"),
        ),
    },
    {
        "by": BRATSTVO,
        "kind": "campaign",
        "on": (6, 25, 0),
        "days": 70,
        "title": ("Лятно предизвикателство за четене", "The summer reading challenge"),
        "summary": (
            "34 деца от селото и от съседните села четоха цяло лято и отбелязваха "
            "всяка прочетена книга на голяма карта в библиотеката.",
            "34 children from the village and the villages around it read all "
            "summer and marked every book they finished on a big chart in the "
            "library.",
        ),
        "body": (
            "Всяка седмица в клуба за четене децата разказваха на другите за "
            "една своя книга. Най-малките четяха заедно с родителите си.\n\n"
            "Предизвикателството завърши с празник и награда за всеки участник.",
            "Every week at the reading club the children told the others about "
            "one of their books. The youngest read with their parents.\n\n"
            "The challenge ended with a party and a prize for every child who "
            "took part.",
        ),
        "where": (
            "bratya-daskalovi",
            "Библиотеката на читалище „Братство-1905“, Братя Даскалови",
            "Bratstvo-1905 Community Centre library, Bratya Daskalovi",
        ),
        "topics": ["education", "culture-heritage"],
        "results": {"people-reached": 34, "volunteers": 5},
        "statement": (
            "Децата прочетоха 412 книги; най-четената беше „Патиланци“ на Ран Босилек.",
            "The children read 412 books; the most read was Ran Bosilek's "
            "“Patilantsi”.",
        ),
        "photo": (
            (
                "Деца сочат цветни листчета, залепени на голяма карта на стената "
                "на библиотеката",
                "Children pointing at coloured slips stuck on a big chart on the "
                "library wall",
            ),
            ("Картата на прочетените книги", "The chart of books read"),
        ),
    },
    {
        "by": BRATSTVO,
        "kind": "event",
        "on": (11, 22, 0),
        "title": (
            "Живата библиотека в Братя Даскалови",
            "The living library in Bratya Daskalovi",
        ),
        "summary": (
            "Седем „живи книги“ разказаха на съселяните си за живота си — сред "
            "тях пожарникар, медицинска сестра и млад фермер, който се върна от "
            "Испания.",
            "Seven “living books” told their neighbours about their lives — among "
            "them a firefighter, a nurse and a young farmer who came back from "
            "Spain.",
        ),
        "body": (
            "Идеята и каталога взехме от читалище „Светлина-1875“ в Чирпан, чиито "
            "библиотекари дойдоха да помогнат.\n\n"
            "Най-дълга беше опашката за младия фермер: всички искаха да знаят "
            "защо се е върнал.",
            "We took the idea and the catalogue from the Svetlina-1875 Community "
            "Centre in Chirpan, whose librarians came to help.\n\n"
            "The longest queue was for the young farmer: everyone wanted to know "
            "why he had come back.",
        ),
        "where": (
            "bratya-daskalovi",
            "Читалище „Братство-1905“, Братя Даскалови",
            "Bratstvo-1905 Community Centre, Bratya Daskalovi",
        ),
        "topics": ["culture-heritage", "social-inclusion"],
        "with": [SVETLINA],
        "results": {"people-reached": 57, "volunteers": 7},
        "statement": (
            "След срещата трима младежи от селото поискаха да станат доброволци в "
            "читалището.",
            "After the event three young people from the village asked to "
            "volunteer at the community centre.",
        ),
    },
    {
        "by": BRATSTVO,
        "kind": "campaign",
        "on": (4, 23, 0),
        "title": ("Подарете книга на библиотеката", "Give the library a book"),
        "summary": (
            "За Световния ден на книгата събирахме дарения за нови книги, "
            "избрани от читателите.",
            "For World Book Day we collected donations for new books chosen by "
            "the readers.",
        ),
        "body": (
            "Читателите написаха кои книги им липсват — повечето бяха нови "
            "романи и книги за деца. Дариха хора от селото, от Стара Загора и от "
            "чужбина.\n\n"
            "Всяка книга, купена с дарение, носи печат с името на дарителя.",
            "Readers wrote down which books they missed — mostly new novels and "
            "children's books. People from the village, from Stara Zagora and "
            "from abroad gave.\n\n"
            "Every book bought with a donation carries a stamp with the donor's "
            "name.",
        ),
        "where": (
            "bratya-daskalovi",
            "Читалище „Братство-1905“, Братя Даскалови",
            "Bratstvo-1905 Community Centre, Bratya Daskalovi",
        ),
        "topics": ["culture-heritage", "education"],
        "results": {"funds-raised": 1480, "people-reached": 210},
        "statement": (
            "С 1 480 € библиотеката купи 190 нови книги, почти всички от списъка "
            "на читателите.",
            "With €1,480 the library bought 190 new books, nearly all of them from "
            "the readers' list.",
        ),
    },
    # Сдружение „Достъпна среда – Стара Загора“
    {
        "by": ACCESSIBLE,
        "kind": "advocacy",
        "on": (4, 22, 0),
        "days": 30,
        "title": (
            "Карта на бариерите в центъра на Стара Загора",
            "A map of the barriers in Stara Zagora's centre",
        ),
        "summary": (
            "Доброволци в инвалидни колички и с бебешки колички обиколиха "
            "центъра и отбелязаха на карта всяко стъпало, тесен тротоар и "
            "недостъпен вход.",
            "Volunteers in wheelchairs and with prams went round the centre and "
            "marked every step, narrow pavement and inaccessible entrance on a map.",
        ),
        "body": (
            "Картата има 212 точки, всяка със снимка и кратко описание. "
            "Предадохме я на общината с предложение кои 20 места да бъдат "
            "поправени първи.\n\n"
            "Картата е свободна за ползване: всеки може да добави нова бариера "
            "или да отбележи поправена.",
            "The map has 212 points, each with a photo and a short description. "
            "We handed it to the municipality with a proposal for the 20 places "
            "to be mended first.\n\n"
            "The map is free to use: anyone can add a new barrier or mark one "
            "as mended.",
        ),
        "where": (
            "stara-zagora",
            "Центърът на Стара Загора",
            "Stara Zagora's centre",
        ),
        "topics": ["social-inclusion", "human-rights"],
        "institutions": ["obshtina-stara-zagora"],
        "results": {"volunteers": 18, "proposals": 1},
        "statement": (
            "Общината включи 7 от предложените 20 места в ремонтите за годината.",
            "The municipality put 7 of the 20 proposed places in the year's repairs.",
        ),
    },
    {
        "by": ACCESSIBLE,
        "kind": "training",
        "on": (10, 8, 0),
        "title": (
            "Обучение по достъпна среда за общински служители",
            "Accessibility training for municipal officials",
        ),
        "summary": (
            "Двадесет и двама архитекти и служители от отдел „Строителство“ "
            "прекараха ден в инвалидна количка и с превръзка на очите из "
            "сградата на общината.",
            "Twenty-two architects and officials of the building department "
            "spent a day in a wheelchair and blindfolded around the town hall.",
        ),
        "body": (
            "След всяка обиколка участниците записваха какво ги е спряло: "
            "праг, тежка врата, табела без брайл.\n\n"
            "Списъкът от 35 препятствия в самата сграда стана първата задача "
            "на отдела.",
            "After each round the participants wrote down what had stopped "
            "them: a threshold, a heavy door, a sign without Braille.\n\n"
            "The list of 35 obstacles in the building itself became the "
            "department's first task.",
        ),
        "where": (
            "stara-zagora",
            "Общината, Стара Загора",
            "The town hall, Stara Zagora",
        ),
        "topics": ["social-inclusion", "transparency"],
        "with": [CLUB],
        "institutions": ["obshtina-stara-zagora"],
        "results": {"participants-trained": 22},
        "statement": (
            "Отделът добави проверка за достъпност към всеки нов проект за ремонт.",
            "The department added an accessibility check to every new repair project.",
        ),
    },
    # Родители за безопасни улици – Казанлък
    {
        "by": SAFE_STREETS,
        "kind": "campaign",
        "on": (9, 15, 0),
        "days": 14,
        "title": (
            "Безопасен път до училище",
            "A safe way to school",
        ),
        "summary": (
            "Родители и ученици от три училища отбелязаха опасните кръстовища "
            "по пътя си и събраха 640 подписа за пешеходни пътеки и светофари.",
            "Parents and pupils of three schools marked the dangerous crossings "
            "on their way and gathered 640 signatures for zebra crossings and "
            "traffic lights.",
        ),
        "body": (
            "Всяко утро в първите две седмици на учебната година родители "
            "дежуриха на най-опасните места и броиха колите, минаващи с "
            "превишена скорост.\n\n"
            "Подписката и преброяването внесохме в общината заедно.",
            "Every morning in the first two weeks of the school year parents "
            "kept watch at the most dangerous places and counted the cars going "
            "too fast.\n\n"
            "We filed the petition and the counts with the municipality together.",
        ),
        "where": (
            "kazanlak",
            "Около трите училища в кв. „Изток“, Казанлък",
            "Around the three schools of the Iztok district, Kazanlak",
        ),
        "topics": ["civic-participation", "local-development"],
        "with": [ROSE_VALLEY],
        "institutions": ["obshtina-kazanlak"],
        "results": {"people-reached": 640, "volunteers": 27, "proposals": 1},
        "statement": (
            "Общината обеща две нови пешеходни пътеки до края на годината.",
            "The municipality promised two new zebra crossings by the end of the year.",
        ),
    },
    {
        "by": SAFE_STREETS,
        "kind": "event",
        "on": (5, 30, 0),
        "title": (
            "Ден на велосипеда до училище",
            "Cycle to School Day",
        ),
        "summary": (
            "Сто и десет деца дойдоха на училище с велосипед, придружени от "
            "родители доброволци по три маршрута.",
            "A hundred and ten children cycled to school, escorted by volunteer "
            "parents along three routes.",
        ),
        "body": (
            "Полицията затвори за час две от улиците, а родители с жилетки "
            "стояха на всяко кръстовище.\n\n"
            "Маршрутите вече са отбелязани на картата на групата, за да ги "
            "ползват децата и в обикновените дни.",
            "The police closed two of the streets for an hour, and parents in "
            "high-visibility vests stood at every crossing.\n\n"
            "The routes are now marked on the group's map, for the children to "
            "use on ordinary days too.",
        ),
        "where": (
            "kazanlak",
            "Кв. „Изток“, Казанлък",
            "The Iztok district, Kazanlak",
        ),
        "topics": ["sport", "youth"],
        "results": {"people-reached": 110, "volunteers": 15},
        "statement": (
            "Четиридесет деца продължиха да идват с велосипед до края на юни.",
            "Forty children kept cycling to school until the end of June.",
        ),
    },
]

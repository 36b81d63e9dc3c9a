"""The demo practice library: a dozen practices the demo members share, some
of them applied by others too. Safe to run again: it updates what it made."""

from datetime import datetime, time, timedelta

from django.utils import timezone

from infrastructure.bilingual import in_both
from members.activity_demo import ACTIVITIES
from members.models import Organisation, Practice, Reuse, Topic

# Each practice: the organisation sharing it (its Bulgarian name), title,
# summary, problem, approach (bg, en each), what it needs (people, money,
# time, partners; bg, en each), what it achieved (bg, en), topics, and the
# members that applied it too, with their notes (bg).
PRACTICES = [
    (
        "Клуб „Отворено общество“ Стара Загора",
        ("Граждански приемни в кварталите", "Civic surgeries in the neighbourhoods"),
        (
            "Веднъж месечно общински съветници приемат граждани в читалище или "
            "училище в техния квартал.",
            "Once a month, municipal councillors meet residents in a community "
            "centre or a school in their own neighbourhood.",
        ),
        (
            "Хората не ходят в общината: не знаят към кого да се обърнат, а "
            "приемните часове са в работно време.",
            "People do not go to the town hall: they do not know whom to ask, "
            "and the office hours are in working time.",
        ),
        (
            "1. Избираме квартал и зала, до която се стига пеша.\n"
            "2. Каним съветниците от всички групи писмено, месец по-рано.\n"
            "3. Разлепяме покани по входовете и ги пускаме във Фейсбук групата "
            "на квартала.\n"
            "4. На срещата водим протокол с въпросите и кой отговаря за тях.\n"
            "5. След месец публикуваме какво е направено по всеки въпрос.",
            "1. Choose a neighbourhood and a hall within walking distance.\n"
            "2. Invite the councillors of every group in writing, a month ahead.\n"
            "3. Put invitations up at the entrances and in the neighbourhood's "
            "Facebook group.\n"
            "4. At the meeting, keep minutes of the questions and who answers "
            "for each.\n"
            "5. A month later, publish what was done about every question.",
        ),
        (
            ("Водещ и двама доброволци", "A host and two volunteers"),
            ("Около 50 € за покани на среща", "About €50 for invitations a meeting"),
            ("Месец подготовка за първата среща", "A month to prepare the first one"),
            (
                "Читалище или училище; общинският съвет",
                "A community centre or a school; the municipal council",
            ),
        ),
        (
            "Девет приемни за една година, 214 граждани, 63 въпроса — по 41 от "
            "тях има отговор или решение.",
            "Nine surgeries in a year, 214 residents, 63 questions — 41 of them "
            "answered or solved.",
        ),
        ["civic-participation", "transparency"],
        [
            (
                "Млади граждани Раднево",
                "Направихме го с кмета на Раднево — "
                "младите зададоха въпроси за спортните площадки.",
            ),
            (
                "Сдружение „Активни родители Гълъбово“",
                "Приемна за родители в двете училища; дойдоха и директорите.",
            ),
        ],
    ),
    (
        "Сдружение „Зелена Стара Загора“",
        ("Осиновена градинка", "Adopt a garden"),
        (
            "Живущите в блока поемат грижата за градинката пред входа, а "
            "общината дава растения и инструменти.",
            "Residents of a block of flats take care of the garden at their "
            "entrance; the municipality provides plants and tools.",
        ),
        (
            "Малките градинки между блоковете запустяват: общинската фирма "
            "коси два пъти в годината и толкова.",
            "The small gardens between blocks go to waste: the municipal "
            "company mows them twice a year and no more.",
        ),
        (
            "1. Събираме подписи на поне половината от входа.\n"
            "2. Подписваме споразумение с общината за една година.\n"
            "3. Заедно с живущите правим план на засаждането.\n"
            "4. Две общи акции годишно — пролет и есен.\n"
            "5. Табелка с името на входа, който се грижи.",
            "1. Collect signatures from at least half of the entrance.\n"
            "2. Sign a one-year agreement with the municipality.\n"
            "3. Plan the planting together with the residents.\n"
            "4. Two joint workdays a year — spring and autumn.\n"
            "5. A sign naming the entrance that looks after it.",
        ),
        (
            ("Поне петима живущи", "At least five residents"),
            (
                "Растенията — от общинския разсадник",
                "Plants from the municipal nursery",
            ),
            ("Два месеца до първото засаждане", "Two months to the first planting"),
            (
                "Общината (отдел „Екология“)",
                "The municipality (environment department)",
            ),
        ),
        (
            "27 осиновени градинки в Стара Загора за три години.",
            "27 gardens adopted in Stara Zagora in three years.",
        ),
        ["environment", "volunteering"],
        [
            ("Доброволци от Мъглиж", "Започнахме с три входа в Мъглиж."),
            ("Опан без отпадъци", "В Опан — с двора на общината."),
        ],
    ),
    (
        "Фондация „Бъдеще за децата“",
        ("Учим заедно след училище", "Learning together after school"),
        (
            "Студенти доброволци помагат на деца от уязвими семейства с "
            "домашните два следобеда седмично.",
            "Student volunteers help children from vulnerable families with "
            "their homework two afternoons a week.",
        ),
        (
            "Децата без подкрепа у дома изостават още в началното училище и "
            "после отпадат.",
            "Children without support at home fall behind in primary school "
            "and drop out later.",
        ),
        (
            "1. Договаряме се с училището за стая и за списък на децата.\n"
            "2. Набираме студенти от Тракийския университет.\n"
            "3. Едно дете — един доброволец, за цялата учебна година.\n"
            "4. Всеки месец — среща с учителите и родителите.",
            "1. Agree a room and a list of children with the school.\n"
            "2. Recruit students from Trakia University.\n"
            "3. One child, one volunteer, for the whole school year.\n"
            "4. A monthly meeting with the teachers and the parents.",
        ),
        (
            (
                "Координатор и по един доброволец на дете",
                "A coordinator and a volunteer for each child",
            ),
            (
                "Около 1 500 € годишно за материали и закуски",
                "About €1,500 a year for materials and snacks",
            ),
            ("Цялата учебна година", "The whole school year"),
            ("Училище; университет", "A school; a university"),
        ),
        (
            "38 деца за две години; 30 от тях подобриха успеха си.",
            "38 children in two years; 30 of them improved their marks.",
        ),
        ["education", "social-inclusion", "youth"],
        [
            (
                "Народно читалище „Пробуда-1898“",
                "В читалището, с ученици от гимназията като доброволци.",
            ),
        ],
    ),
    (
        "Народно читалище „Светлина-1875“",
        ("Живата библиотека", "The living library"),
        (
            "Вместо книги читателите „заемат“ хора с различна съдба и "
            "разговарят с тях по половин час.",
            "Instead of books, readers “borrow” people with different lives "
            "and talk with them for half an hour.",
        ),
        (
            "Предразсъдъците към хората с увреждания, ромите и бежанците "
            "остават, защото никой не е разговарял с тях.",
            "Prejudice against people with disabilities, Roma and refugees "
            "stays because no one has ever talked with them.",
        ),
        (
            "1. Каним 8–10 „живи книги“ и ги подготвяме.\n"
            "2. Правим каталог с кратко описание на всяка.\n"
            "3. В деня на събитието библиотекарите „заемат“ книгите.\n"
            "4. Накрая — общ разговор и анкета.",
            "1. Invite 8–10 “living books” and prepare them.\n"
            "2. Make a catalogue with a short description of each.\n"
            "3. On the day, librarians “lend” the books.\n"
            "4. At the end, a joint conversation and a survey.",
        ),
        (
            (
                "8–10 „живи книги“ и трима библиотекари",
                "8–10 “living books” and three librarians",
            ),
            (
                "Почти нищо — чай и отпечатан каталог",
                "Almost nothing — tea and a printed catalogue",
            ),
            ("Шест седмици подготовка", "Six weeks of preparation"),
            (
                "Организации на хората, които са „книги“",
                "Organisations of the people who are “books”",
            ),
        ),
        (
            "Пет издания, над 400 „заемания“; 9 от 10 читатели казват, че са "
            "променили мнението си.",
            "Five editions, over 400 “loans”; 9 in 10 readers say they changed "
            "their view.",
        ),
        ["culture-heritage", "education"],
        [
            (
                "Сдружение „Розова долина за всички“",
                "В Казанлък с хора с увреждания като „книги“.",
            ),
            ("Народно читалище „Братство-1905“", ""),
        ],
    ),
    (
        "Млади граждани Раднево",
        ("Младежки бюджет", "A youth budget"),
        (
            "Младите предлагат и гласуват за какво да се похарчат 5 000 € от "
            "общинския бюджет.",
            "Young people propose and vote on how to spend €5,000 of the "
            "municipal budget.",
        ),
        (
            "Младите смятат, че общината не ги чува, и не гласуват.",
            "Young people think the municipality does not hear them, and do not vote.",
        ),
        (
            "1. Общинският съвет гласува сумата и правилата.\n"
            "2. Две седмици за предложения онлайн и в училищата.\n"
            "3. Общината проверява дали всяко е изпълнимо.\n"
            "4. Гласуват всички от 14 до 29 години.\n"
            "5. Печелившите проекти се изпълняват до края на годината.",
            "1. The municipal council votes the sum and the rules.\n"
            "2. Two weeks for proposals, online and in schools.\n"
            "3. The municipality checks each one can be done.\n"
            "4. Everyone aged 14 to 29 votes.\n"
            "5. The winning projects are done by the end of the year.",
        ),
        (
            ("Екип от петима младежи", "A team of five young people"),
            ("5 000 € от общинския бюджет", "€5,000 from the municipal budget"),
            ("Половин година", "Half a year"),
            ("Общината; училищата", "The municipality; the schools"),
        ),
        (
            "31 предложения, 1 120 гласували, две изпълнени: фитнес на открито "
            "и стена за графити.",
            "31 proposals, 1,120 voters, two projects done: an outdoor gym and "
            "a graffiti wall.",
        ),
        ["youth", "civic-participation"],
        [
            (
                "Сдружение „Здраве и спорт Николаево“",
                "С по-малка сума, 2 000 €, в Николаево.",
            ),
        ],
    ),
    (
        "Сдружение „Розова долина за всички“",
        ("Карта на достъпността", "An accessibility map"),
        (
            "Доброволци проверяват входовете на обществени сгради и отбелязват "
            "на отворена карта кои са достъпни.",
            "Volunteers check the entrances of public buildings and mark on an "
            "open map which are accessible.",
        ),
        (
            "Хората в инвалидна количка не знаят предварително дали ще влязат "
            "в поликлиниката, пощата или банката.",
            "Wheelchair users cannot know in advance whether they will get into "
            "the clinic, the post office or the bank.",
        ),
        (
            "1. Обучение на доброволците (два часа).\n"
            "2. Проверка по кратък списък: стъпала, рампа, врата, тоалетна.\n"
            "3. Снимки и отбелязване в OpenStreetMap.\n"
            "4. Писмо до собственика на всяка недостъпна сграда.",
            "1. Train the volunteers (two hours).\n"
            "2. Check a short list: steps, ramp, door, toilet.\n"
            "3. Photos, and the result marked in OpenStreetMap.\n"
            "4. A letter to the owner of every inaccessible building.",
        ),
        (
            (
                "10 доброволци, сред тях хора с увреждания",
                "10 volunteers, people with disabilities among them",
            ),
            ("Без разходи", "No cost"),
            ("Два почивни дни за града", "Two weekends for a town"),
            ("Общината за писмата", "The municipality, for the letters"),
        ),
        (
            "180 проверени сгради в Казанлък; 12 вече имат рампа.",
            "180 buildings checked in Kazanlak; 12 now have a ramp.",
        ),
        ["social-inclusion", "health"],
        [
            (
                "Клуб „Отворено общество“ Стара Загора",
                "Картографирахме центъра на Стара Загора с 15 доброволци.",
            ),
        ],
    ),
    (
        "Фондация „Наследство Тракия“",
        ("Семейни истории в училище", "Family stories at school"),
        (
            "Учениците записват спомените на баби и дядовци, а читалището ги "
            "издава като малка книжка.",
            "Pupils record their grandparents' memories; the community centre "
            "publishes them as a small book.",
        ),
        (
            "Местната история изчезва с хората, които я помнят.",
            "Local history disappears with the people who remember it.",
        ),
        (
            "1. Учител и историк обясняват на учениците как се води интервю.\n"
            "2. Всеки ученик записва един близък.\n"
            "3. Преписваме записите и избираме най-интересните.\n"
            "4. Представяне на книжката в читалището.",
            "1. A teacher and a historian show pupils how to interview.\n"
            "2. Each pupil records one relative.\n"
            "3. Transcribe the recordings and choose the best.\n"
            "4. Present the book at the community centre.",
        ),
        (
            ("Учител, историк, 20–30 ученици", "A teacher, a historian, 20–30 pupils"),
            ("Около 600 € за печат", "About €600 for printing"),
            ("Един учебен срок", "One school term"),
            ("Училище; читалище; музей", "A school; a community centre; a museum"),
        ),
        (
            "Три книжки, 74 истории; записите са дарени на музея.",
            "Three books, 74 stories; the recordings were given to the museum.",
        ),
        ["culture-heritage", "local-development"],
        [],
    ),
    (
        "Сдружение „Активни родители Гълъбово“",
        ("Безопасен път до училище", "A safe way to school"),
        (
            "Родители и деца картографират опасните места по пътя и искат от "
            "общината конкретни мерки.",
            "Parents and children map the dangerous spots on the way to school "
            "and ask the municipality for specific measures.",
        ),
        (
            "Децата минават през кръстовища без пешеходна пътека и светофар.",
            "Children cross junctions without a zebra crossing or traffic lights.",
        ),
        (
            "1. Анкета сред родителите: откъде минават децата.\n"
            "2. Обиколка с децата и снимки на опасните места.\n"
            "3. Обща карта и списък с мерки.\n"
            "4. Среща с кмета и пътна полиция.\n"
            "5. Проверка след шест месеца.",
            "1. A survey of parents: which way the children walk.\n"
            "2. A walk with the children, photographing the dangerous spots.\n"
            "3. A joint map and a list of measures.\n"
            "4. A meeting with the mayor and the traffic police.\n"
            "5. A check six months later.",
        ),
        (
            ("Петима родители", "Five parents"),
            ("Без разходи", "No cost"),
            (
                "Три месеца до срещата с кмета",
                "Three months to the meeting with the mayor",
            ),
            (
                "Училището; общината; пътна полиция",
                "The school; the municipality; the traffic police",
            ),
        ),
        (
            "Две нови пешеходни пътеки и легнал полицай пред училището.",
            "Two new zebra crossings and a speed bump in front of the school.",
        ),
        ["education", "civic-participation"],
        [
            (
                "Фондация „Бъдеще за децата“",
                "Приложихме го за две училища в Казанлък.",
            ),
            ("Млади граждани Раднево", ""),
        ],
    ),
    (
        "Доброволци от Мъглиж",
        ("Доброволчески час в събота", "A volunteering hour on Saturday"),
        (
            "Всяка първа събота от месеца — един час доброволчество, обявен "
            "седмица по-рано, с ясна задача.",
            "Every first Saturday of the month, one hour of volunteering, "
            "announced a week ahead, with a clear task.",
        ),
        (
            "Хората искат да помагат, но нямат време за цял ден.",
            "People want to help but have no time for a whole day.",
        ),
        (
            "1. Една задача за един час: боядисваме пейки, чистим поляна.\n"
            "2. Обявяваме я с място и час.\n"
            "3. Инструментите са наши; хората идват с ръкавици.\n"
            "4. Снимка накрая и благодарност в социалните мрежи.",
            "1. One task for one hour: paint benches, clean a meadow.\n"
            "2. Announce it with the place and time.\n"
            "3. We bring the tools; people bring gloves.\n"
            "4. A photo at the end and thanks on social media.",
        ),
        (
            ("Един организатор", "One organiser"),
            (
                "Около 200 € годишно за инструменти и боя",
                "About €200 a year for tools and paint",
            ),
            ("Един час месечно", "One hour a month"),
            ("Кметството", "The town hall"),
        ),
        (
            "22 съботи, средно по 14 души.",
            "22 Saturdays, 14 people on average.",
        ),
        ["volunteering", "environment"],
        [
            (
                "Сдружение „Зелена Стара Загора“",
                "Във втората събота, в парк „Аязмото“.",
            ),
        ],
    ),
    (
        "Сдружение „Здраве и спорт Николаево“",
        ("Утринна гимнастика в парка", "Morning exercise in the park"),
        (
            "Безплатна гимнастика за възрастни хора три сутрини седмично с "
            "треньор доброволец.",
            "Free exercise for older people three mornings a week, led by "
            "a volunteer coach.",
        ),
        (
            "Възрастните хора се движат малко и са самотни.",
            "Older people move little and are lonely.",
        ),
        (
            "1. Треньор доброволец и лекар за първата среща.\n"
            "2. Постоянно място и час.\n"
            "3. Упражнения, подходящи за всички.\n"
            "4. Веднъж месечно — измерване на кръвно налягане.",
            "1. A volunteer coach, and a doctor for the first session.\n"
            "2. A fixed place and time.\n"
            "3. Exercises suitable for everyone.\n"
            "4. Blood pressure measured once a month.",
        ),
        (
            ("Треньор доброволец", "A volunteer coach"),
            ("Без разходи", "No cost"),
            ("Целогодишно, при хубаво време", "All year, in good weather"),
            (
                "Общопрактикуващ лекар; пенсионерски клуб",
                "A general practitioner; the pensioners' club",
            ),
        ),
        (
            "Редовно идват 25 души; откриха се и двама с високо кръвно.",
            "25 people come regularly; two found out they had high blood pressure.",
        ),
        ["sport", "health"],
        [
            ("Сдружение „Розова долина за всички“", "В Казанлък, два пъти седмично."),
        ],
    ),
    (
        "Сдружение „Гурково – живо село“",
        ("Събор на местните производители", "A local producers' fair"),
        (
            "Веднъж в сезона площадът се превръща в пазар на местни храни и "
            "занаяти, без такса за участниците.",
            "Once a season the square becomes a market of local food and crafts, "
            "with no fee for the stallholders.",
        ),
        (
            "Малките производители нямат къде да продават, а хората купуват "
            "внос от веригите.",
            "Small producers have nowhere to sell, and people buy imports from "
            "the chains.",
        ),
        (
            "1. Списък на производителите от общината.\n"
            "2. Разрешение от общината за площада.\n"
            "3. Музика и работилница за деца, за да дойдат семействата.\n"
            "4. Анкета сред производителите след всеки събор.",
            "1. A list of the municipality's producers.\n"
            "2. The municipality's permission for the square.\n"
            "3. Music and a children's workshop, so that families come.\n"
            "4. A survey of the producers after each fair.",
        ),
        (
            ("Четирима организатори", "Four organisers"),
            ("Около 300 € за шатри и музика", "About €300 for tents and music"),
            ("Два месеца подготовка", "Two months to prepare"),
            ("Общината; читалището", "The municipality; the community centre"),
        ),
        (
            "32 производители и около 1 500 посетители на събор.",
            "32 producers and about 1,500 visitors a fair.",
        ),
        ["local-development", "culture-heritage"],
        [
            ("Фондация „Наследство Тракия“", "Съборът беше и за занаятите на региона."),
        ],
    ),
    (
        "Опан без отпадъци",
        ("Поправителна работилница", "A repair café"),
        (
            "Веднъж месечно майстори доброволци поправят безплатно уреди, "
            "дрехи и колела, заедно със собствениците им.",
            "Once a month, volunteer repairers fix appliances, clothes and "
            "bicycles for free, together with their owners.",
        ),
        (
            "Повредените вещи отиват на сметището, а можеше да се поправят.",
            "Broken things go to the landfill when they could be repaired.",
        ),
        (
            "1. Намираме трима-четирима майстори.\n"
            "2. Зала с контакти и маси.\n"
            "3. Собственикът поправя заедно с майстора — и се учи.\n"
            "4. Записваме какво е поправено и колко тежи.",
            "1. Find three or four repairers.\n"
            "2. A hall with sockets and tables.\n"
            "3. The owner repairs with the repairer — and learns.\n"
            "4. Record what was repaired and how much it weighs.",
        ),
        (
            ("Трима-четирима майстори", "Three or four repairers"),
            ("Около 100 € за резервни части", "About €100 for spare parts"),
            ("Една събота месечно", "One Saturday a month"),
            (
                "Читалище или кметство за залата",
                "A community centre or town hall for the room",
            ),
        ),
        (
            "146 поправени вещи за година — около 380 кг по-малко отпадъци.",
            "146 things repaired in a year — about 380 kg less waste.",
        ),
        ["environment"],
        [],
    ),
]


def seed_practices(*, today):
    """The demo practices, published, linked to the activities of their
    organisation that applied them; and the reuses by other members."""
    organisations = {
        organisation.name_bg: organisation
        for organisation in Organisation.objects.exclude(status="applicant")
    }
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    for number, row in enumerate(PRACTICES):
        (
            owner,
            title,
            summary,
            problem,
            approach,
            needs,
            achieved,
            slugs,
            reused_by,
        ) = row
        organisation = organisations.get(owner)
        if organisation is None:
            continue
        people, money, duration, partners = needs
        published_at = timezone.make_aware(
            datetime.combine(today - timedelta(days=20 + number * 23), time(11))
        )
        practice, _ = Practice.objects.update_or_create(
            organisation=organisation,
            title_bg=title[0],
            defaults={
                **in_both(
                    title=title, summary=summary, problem=problem, approach=approach
                ),
                "needs_people_bg": people[0],
                "needs_people_en": people[1],
                "needs_money_bg": money[0],
                "needs_money_en": money[1],
                "needs_time_bg": duration[0],
                "needs_time_en": duration[1],
                "needs_partners_bg": partners[0],
                "needs_partners_en": partners[1],
                "achievements_bg": achieved[0],
                "achievements_en": achieved[1],
                "state": Practice.State.PUBLISHED,
                "published_at": published_at,
            },
        )
        practice.topics.set([topics[slug] for slug in slugs if slug in topics])
        published = organisation.activities.filter(state="published")
        applied = [a["title"][0] for a in ACTIVITIES if a.get("practice") == title[0]]
        # A network loaded before the activities named their practices links
        # its latest activity.
        activities = published.filter(title_bg__in=applied) or published[:1]
        practice.activities.set(activities)
        for name, note in reused_by:
            other = organisations.get(name)
            if other is not None and other != organisation:
                Reuse.objects.update_or_create(
                    practice=practice, organisation=other, defaults={"note": note}
                )

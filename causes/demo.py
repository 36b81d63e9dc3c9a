"""Demo causes in every status, with co-sponsors, supporters, a discussion,
milestones, activities and the institutions they concern; two partner
initiatives with institutions; and the members' proposals to institutions,
answered and not."""

import random
from datetime import datetime, time, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from causes.models import (
    Cause,
    Comment,
    Initiative,
    Proposal,
    Status,
    StatusChange,
)
from infrastructure.bilingual import in_both
from infrastructure.images import set_picture
from members.activity_demo import (
    ACCESSIBLE,
    CHILDREN,
    CLUB,
    GREEN,
    HERITAGE,
    MAGLIZH,
    NIKOLAEVO,
    PARENTS,
    RADNEVO,
    ROSE_VALLEY,
    SAFE_STREETS,
    SVETLINA,
)
from members.demo import PALETTE, demo_photo, editor_of
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

# The institutions whose decision each cause needs (their slugs).
CAUSE_INSTITUTIONS = {
    "Достъпна градска среда": [
        "obshtina-stara-zagora",
        "obshtina-kazanlak",
        "oblastna-administratsia",
    ],
    "Чист въздух в Гълъбово": [
        "obshtina-galabovo",
        "riosv-stara-zagora",
        "oblastna-administratsia",
    ],
    "Младежки съвет във всяка община": [
        "obshtinski-savet-stara-zagora",
        "obshtinski-savet-kazanlak",
        "obshtina-radnevo",
    ],
    "Открит общински бюджет": [
        "obshtina-stara-zagora",
        "obshtinski-savet-stara-zagora",
    ],
    "Читалищата – отворени и през уикенда": [
        "obshtina-chirpan",
        "regionalna-biblioteka",
    ],
    "Зелен коридор по река Бедечка": [
        "obshtina-stara-zagora",
        "riosv-stara-zagora",
    ],
    "Безплатен градски транспорт за ученици": [
        "obshtina-kazanlak",
        "obshtinski-savet-kazanlak",
        "ruo-stara-zagora",
    ],
    "Приют за бездомни животни в Казанлък": [
        "obshtina-kazanlak",
        "obshtinski-savet-kazanlak",
    ],
}

# The members' proposals to institutions. "sent" and the
# answer's day are days before the demo is loaded; the registration number
# has the date sent in place of {date}; "agreed" is a longer time to answer
# the institution agreed to (else the law's, counted by the model); the
# answer is (days ago, outcome, what it says), or no answer at all.
PROPOSALS = [
    {
        "kind": Proposal.Kind.PROPOSAL,
        "to": "ruo-stara-zagora",
        "by": CHILDREN,
        "with": [],
        # The network declined the cause; the member pursued it on its own.
        "cause": None,
        "sent": 145,
        "number": "РУО-01-1873/{date}",
        "title": (
            "Безплатни карти за градския транспорт за учениците в Казанлък",
            "Free town bus passes for pupils in Kazanlak",
        ),
        "summary": (
            "Учениците до 18 години в Казанлък да пътуват безплатно с градския "
            "транспорт до училище и обратно.",
            "Pupils under 18 in Kazanlak should ride the town's buses to and "
            "from school for free.",
        ),
        "text": (
            "Над 1 200 ученици в Казанлък пътуват всеки ден с градския "
            "транспорт, а месечната ученическа карта струва 15 €. За много от "
            "семействата, с които работим, това е причина детето да пропуска "
            "часове.\n\n"
            "Предлагаме:\n\n"
            "- безплатна ученическа карта за всички ученици до 18 години;\n"
            "- средствата да се осигурят заедно от общината и по програмите "
            "на Министерството на образованието и науката.",
            "More than 1,200 pupils in Kazanlak take the town's buses every "
            "day, and a monthly pupil's pass costs €15. For many of the "
            "families we work with, that is why a child misses lessons.\n\n"
            "We propose:\n\n"
            "- a free pass for every pupil under 18;\n"
            "- the money to come from the municipality together with the "
            "Ministry of Education and Science's programmes.",
        ),
        "answer": (
            138,
            Proposal.Outcome.FORWARDED,
            (
                "РУО отговори, че градският транспорт не е в неговата "
                "компетентност, и препрати предложението на Община Казанлък "
                "(чл. 31 от АПК). Общината го заведе под № 94-00-512.",
                "The Regional Department of Education answered that town "
                "buses are not its responsibility and forwarded the proposal "
                "to Kazanlak Municipality (Art. 31 of the Administrative "
                "Procedure Code), which registered it as No 94-00-512.",
            ),
        ),
    },
    {
        "kind": Proposal.Kind.PROPOSAL,
        "to": "obshtinski-savet-stara-zagora",
        "by": CLUB,
        "with": [],
        "cause": "Открит общински бюджет",
        "sent": 158,
        "number": "11-02-318/{date}",
        "title": (
            "Бюджетът и отчетите на общината – като отворени данни",
            "The municipality's budget and reports as open data",
        ),
        "summary": (
            "Общинският съвет да задължи общината да публикува бюджета и "
            "тримесечните отчети като таблици (CSV) на Портала за отворени "
            "данни.",
            "The municipal council should oblige the municipality to publish "
            "its budget and quarterly reports as tables (CSV) on the Open Data "
            "Portal.",
        ),
        "text": (
            "Днес бюджетът на Община Стара Загора се публикува като сканиран "
            "документ от над 300 страници. Никой не може да го търси, да го "
            "сравни с миналогодишния или да направи графика от него.\n\n"
            "Предлагаме Общинският съвет да приеме решение, с което:\n\n"
            "1. бюджетът, актуализациите му и тримесечните отчети за "
            "изпълнението му да се публикуват и като CSV;\n"
            "2. данните да се качват на Портала за отворени данни до 14 дни "
            "след приемането им;\n"
            "3. кметът да определи служител, който отговаря за това.",
            "Today Stara Zagora Municipality publishes its budget as a scanned "
            "document of more than 300 pages. No one can search it, compare it "
            "with last year's or make a chart of it.\n\n"
            "We propose that the municipal council decide that:\n\n"
            "1. the budget, its amendments and the quarterly reports on it are "
            "also published as CSV;\n"
            "2. the data go on the Open Data Portal within 14 days of their "
            "adoption;\n"
            "3. the mayor names an official responsible for it.",
        ),
        "answer": (
            100,
            Proposal.Outcome.ACCEPTED,
            (
                "Общинският съвет прие предложението изцяло с Решение № 1187 "
                "и възложи на кмета да публикува първите данни до 30 дни.",
                "The municipal council adopted the proposal in full by "
                "Decision No 1187 and told the mayor to publish the first data "
                "within 30 days.",
            ),
        ),
    },
    {
        "kind": Proposal.Kind.PETITION,
        "to": "obshtinski-savet-kazanlak",
        "by": CHILDREN,
        "with": [SAFE_STREETS, ROSE_VALLEY],
        # The network declined the cause; the member pursued it on its own.
        "cause": None,
        "sent": 120,
        "number": "ОС-07-412/{date}",
        "title": (
            "Подписка: безплатен градски транспорт за учениците в Казанлък",
            "Petition: free town buses for Kazanlak's pupils",
        ),
        "summary": (
            "2 160 родители, ученици и учители искат Общинският съвет да "
            "въведе безплатна ученическа карта от новата учебна година.",
            "2,160 parents, pupils and teachers ask the municipal council to "
            "bring in a free pupil's pass from the new school year.",
        ),
        "text": (
            "Подписката събирахме шест седмици пред училищата и на пазара. "
            "Подписаха я **2 160 души**: родители, ученици и учители.\n\n"
            "Искаме Общинският съвет:\n\n"
            "- да въведе безплатна ученическа карта за градския транспорт от "
            "15 септември;\n"
            "- да предвиди средствата при следващата актуализация на "
            "бюджета.\n\n"
            "Прилагаме подписката и разчет: картата ще струва на общината "
            "около 180 000 € годишно.",
            "We collected signatures for six weeks outside the schools and at "
            "the market. **2,160 people** signed: parents, pupils and "
            "teachers.\n\n"
            "We ask the municipal council:\n\n"
            "- to bring in a free pupil's pass for the town's buses from "
            "15 September;\n"
            "- to find the money in the next amendment of the budget.\n\n"
            "We enclose the petition and a costing: the pass would cost the "
            "municipality about €180,000 a year.",
        ),
        "answer": (
            52,
            Proposal.Outcome.REJECTED,
            (
                "Общинският съвет не прие предложението: средствата не са "
                "предвидени в бюджета, а превозвачът би поискал компенсация. "
                "Комисията по образование ще обсъди отстъпка за ученици от "
                "многодетни семейства при следващия бюджет.",
                "The municipal council turned the proposal down: the budget "
                "has no money for it, and the bus company would ask for "
                "compensation. The education committee will discuss a discount "
                "for pupils from large families with the next budget.",
            ),
        ),
    },
    {
        "kind": Proposal.Kind.PROPOSAL,
        "to": "obshtina-chirpan",
        "by": SVETLINA,
        "with": [],
        "cause": "Читалищата – отворени и през уикенда",
        "sent": 110,
        "number": "04-00-268/{date}",
        "title": (
            "Библиотекар за съботите и неделите в читалището",
            "A librarian for Saturdays and Sundays at the community centre",
        ),
        "summary": (
            "Общината да осигури от бюджета за следващата година още една "
            "щатна бройка библиотекар, за да работи библиотеката и в събота, "
            "и в неделя.",
            "The municipality should fund one more librarian's post in next "
            "year's budget, so that the library can open on Saturdays and "
            "Sundays.",
        ),
        "text": (
            "От пролетта библиотеката на читалището е отворена в събота с "
            "доброволци. За четири месеца имахме 1 100 посещения, най-вече на "
            "работещи родители и ученици.\n\n"
            "За да продължим и да отворим и в неделя, молим общината:\n\n"
            "- да увеличи субсидията на читалището с една щатна бройка;\n"
            "- да включи събитията на читалищата в общинския календар за "
            "уикендите.",
            "Since the spring the community centre's library has opened on "
            "Saturdays with volunteers. In four months we had 1,100 visits, "
            "mostly of working parents and pupils.\n\n"
            "To go on, and to open on Sundays too, we ask the "
            "municipality:\n\n"
            "- to raise the community centre's grant by one post;\n"
            "- to put the community centres' events in the municipality's "
            "weekend calendar.",
        ),
        "answer": (
            70,
            Proposal.Outcome.PARTLY,
            (
                "Общината ще увеличи субсидията с половин щатна бройка от "
                "1 януари, колкото за съботите, и включва събитията в "
                "календара си. За неделите предлага читалището да кандидатства "
                "по програмата „Българските библиотеки – съвременни центрове за "
                "четене и информираност“.",
                "The municipality will raise the grant by half a post from "
                "1 January, enough for Saturdays, and puts the events in its "
                "calendar. For Sundays it suggests the community centre apply "
                "to the Bulgarian Libraries as Modern Centres for Reading and "
                "Information programme.",
            ),
        ),
    },
    {
        "kind": Proposal.Kind.PROPOSAL,
        "to": "obshtina-stara-zagora",
        "by": ACCESSIBLE,
        "with": [GREEN, ROSE_VALLEY],
        "cause": "Достъпна градска среда",
        "sent": 88,
        "number": "94-00-2417/{date}",
        "title": (
            "Общ обход на спирките и годишен план за достъпност",
            "A joint survey of the stops and a yearly accessibility plan",
        ),
        "summary": (
            "Общината да обходи спирките заедно с организациите на хора с "
            "увреждания и да приеме годишен план за ремонтите им.",
            "The municipality should survey the stops together with the "
            "organisations of people with disabilities and adopt a yearly "
            "plan for their repair.",
        ),
        "text": (
            "Картата ни на достъпността на центъра показа 42 спирки без "
            "рампа или с бордюр над 15 см, 9 подлеза без път за колички и "
            "тротоари, заети от паркирани коли.\n\n"
            "Предлагаме:\n\n"
            "1. общ обход на спирките с общинските експерти до два месеца;\n"
            "2. годишен план за ремонти, обсъден с организациите на хора с "
            "увреждания;\n"
            "3. публичен отчет какво е направено в края на всяка година.",
            "Our accessibility map of the centre found 42 stops with no ramp "
            "or with a kerb higher than 15 cm, 9 underpasses with no way "
            "through for wheelchairs, and pavements taken by parked cars.\n\n"
            "We propose:\n\n"
            "1. a joint survey of the stops with the municipal experts within "
            "two months;\n"
            "2. a yearly plan of repairs discussed with the organisations of "
            "people with disabilities;\n"
            "3. a public report of what was done at the end of every year.",
        ),
        "answer": (
            66,
            Proposal.Outcome.ACCEPTED,
            (
                "Общината приема трите предложения. Обходът е насрочен за "
                "следващия месец, а 12 от спирките влизат в програмата за "
                "ремонти за следващата година.",
                "The municipality accepts all three proposals. The survey is "
                "set for next month, and 12 of the stops go into next year's "
                "programme of repairs.",
            ),
        ),
    },
    {
        "kind": Proposal.Kind.PROPOSAL,
        "to": "obshtina-kazanlak",
        "by": ROSE_VALLEY,
        "with": [ACCESSIBLE],
        "cause": "Достъпна градска среда",
        "sent": 88,
        "number": "94-00-3412/{date}",
        "title": (
            "Спирките и общинските сгради в Казанлък – достъпни за колички",
            "Kazanlak's stops and municipal buildings, open to wheelchairs",
        ),
        "summary": (
            "Общината да включи в ремонтите за следващата година 23-те "
            "недостъпни общински сгради и 20 спирки от картата ни на "
            "достъпността.",
            "The municipality should include in next year's repairs the 23 "
            "inaccessible municipal buildings and 20 stops on our "
            "accessibility map.",
        ),
        "text": (
            "Нашите доброволци, сред тях хора с увреждания, провериха 180 "
            "обществени сгради в Казанлък. 57 се оказаха недостъпни, 23 от "
            "тях са общински. Отбелязахме и 20 спирки без рампа.\n\n"
            "Молим общината:\n\n"
            "- да включи тези места в програмата за ремонти за следващата "
            "година;\n"
            "- да ни покани, когато програмата се обсъжда.\n\n"
            "Картата е приложена и е публична в OpenStreetMap.",
            "Our volunteers, people with disabilities among them, checked 180 "
            "public buildings in Kazanlak. 57 proved inaccessible, 23 of them "
            "the municipality's. We also marked 20 stops with no ramp.\n\n"
            "We ask the municipality:\n\n"
            "- to put these places in next year's programme of repairs;\n"
            "- to invite us when the programme is discussed.\n\n"
            "The map is enclosed, and public in OpenStreetMap.",
        ),
        "answer": None,
    },
    {
        "kind": Proposal.Kind.PROPOSAL,
        "to": "obshtina-kazanlak",
        "by": ROSE_VALLEY,
        "with": [MAGLIZH, SAFE_STREETS],
        "cause": "Приют за бездомни животни в Казанлък",
        "sent": 80,
        "number": "94-00-3266/{date}",
        "title": (
            "Терен за общински приют за животни в Казанлък",
            "A site for a municipal animal shelter in Kazanlak",
        ),
        "summary": (
            "Общината да посочи общински терен за приют за бездомни животни и "
            "да кандидатства за средства за изграждането му.",
            "The municipality should name a municipal site for a shelter for "
            "stray animals and apply for funds to build it.",
        ),
        "text": (
            "В Казанлък и селата около него живеят над 600 бездомни кучета, а "
            "най-близкият приют е в Стара Загора. Доброволците хранят и "
            "лекуват животните със собствени пари.\n\n"
            "Молим общината:\n\n"
            "- да посочи общински терен извън жилищните квартали, с вода и "
            "ток;\n"
            "- да кандидатства за изграждането на приюта пред ПУДООС;\n"
            "- да сключи договор с ветеринарен лекар за кастрациите.",
            "More than 600 stray dogs live in Kazanlak and the villages "
            "around it, and the nearest shelter is in Stara Zagora. Volunteers "
            "feed the animals and pay their vets' bills themselves.\n\n"
            "We ask the municipality:\n\n"
            "- to name a municipal site away from the housing estates, with "
            "water and power;\n"
            "- to apply to the Enterprise for Management of Environmental "
            "Protection Activities (PUDOOS) for the building of the shelter;\n"
            "- to contract a vet for the neutering.",
        ),
        "answer": (None, Proposal.Outcome.NO_ANSWER, None),
    },
    {
        "kind": Proposal.Kind.INFORMATION,
        "to": "obshtina-kazanlak",
        "by": SAFE_STREETS,
        "with": [],
        "cause": None,
        "sent": 75,
        "number": "ЗДОИ-27/{date}",
        "title": (
            "Заявление по ЗДОИ: проверките на детските площадки в Казанлък",
            "Freedom of information request: safety inspections of "
            "Kazanlak's playgrounds",
        ),
        "summary": (
            "Да ни бъдат предоставени протоколите от годишните проверки на "
            "безопасността на детските площадки за последните две години.",
            "To be given the reports of the yearly safety inspections of the "
            "playgrounds for the last two years.",
        ),
        "text": (
            "На основание чл. 24 от Закона за достъп до обществена "
            "информация искаме:\n\n"
            "1. списък на площадките за игра в общината, вписани в регистъра "
            "по Наредба № 1 от 2009 г.;\n"
            "2. протоколите от ежегодните основни проверки за последните две "
            "години;\n"
            "3. какви предписания са дадени и кои от тях са изпълнени.\n\n"
            "Предпочитаме информацията в електронен вид, на посочения имейл.",
            "Under Article 24 of the Access to Public Information Act we "
            "ask for:\n\n"
            "1. a list of the playgrounds in the municipality entered in the "
            "register under Ordinance No 1 of 2009;\n"
            "2. the reports of the yearly main inspections for the last two "
            "years;\n"
            "3. which instructions were given and which of them were carried "
            "out.\n\n"
            "We would rather have the information electronically, at the "
            "e-mail address given.",
        ),
        "answer": (
            64,
            Proposal.Outcome.ACCEPTED,
            (
                "Общината предостави пълен достъп: списък на 46 площадки и "
                "протоколите от проверките. На 17 площадки има предписания, "
                "изпълнени са 9. Отбелязахме останалите на картата си на "
                "опасните места.",
                "The municipality gave full access: a list of 46 playgrounds "
                "and the inspection reports. 17 playgrounds were given "
                "instructions, and 9 have been carried out. We marked the rest "
                "on our map of dangerous spots.",
            ),
        ),
    },
    {
        "kind": Proposal.Kind.SIGNAL,
        "to": "riosv-stara-zagora",
        "by": PARENTS,
        "with": [GREEN],
        "cause": "Чист въздух в Гълъбово",
        "sent": 70,
        "number": "ЖС-84/{date}",
        "title": (
            "Сигнал: фини прахови частици над нормата в Гълъбово",
            "Signal: fine particulate matter above the limit in Galabovo",
        ),
        "summary": (
            "РИОСВ да провери източниците на замърсяването в дните, когато "
            "сензорите ни показаха фини прахови частици над нормата, и да "
            "публикува резултатите.",
            "The inspectorate should check the sources of the pollution on the "
            "days when our sensors showed fine particulate matter above the "
            "limit, and publish what it finds.",
        ),
        "text": (
            "Десетте сензора на „Зелена Стара Загора“ в Гълъбово отчетоха "
            "средноденонощни стойности на ФПЧ₁₀ над 50 µg/m³ в 11 от "
            "последните 30 дни, на места до три пъти над нормата. В същите "
            "вечери жителите усещат задушлива миризма на сяра.\n\n"
            "Молим РИОСВ:\n\n"
            "- да извърши извънредна проверка на големите горивни инсталации "
            "край града;\n"
            "- да сравни данните от сензорите с тези от автоматичната "
            "станция;\n"
            "- да публикува резултатите от проверката.",
            "Green Stara Zagora's ten sensors in Galabovo measured daily "
            "averages of PM₁₀ above 50 µg/m³ on 11 of the last 30 days, in "
            "places three times the limit. On the same evenings residents "
            "notice a choking smell of sulphur.\n\n"
            "We ask the inspectorate:\n\n"
            "- to make an unscheduled inspection of the large combustion "
            "plants near the town;\n"
            "- to compare the sensors' data with the automatic station's;\n"
            "- to publish what the inspection finds.",
        ),
        "answer": (
            33,
            Proposal.Outcome.PARTLY,
            (
                "РИОСВ извърши извънредна проверка, установи превишение при "
                "една от инсталациите и състави акт. Данните от автоматичната "
                "станция вече се публикуват всеки ден. Данните от сензорите не "
                "приема като официални, но ще ги ползва, за да планира "
                "проверките си.",
                "The inspectorate made an unscheduled inspection, found one "
                "plant over its limits and fined it. The automatic station's "
                "data are now published every day. It does not take the "
                "sensors' data as official, but will use them to plan its "
                "inspections.",
            ),
        ),
    },
    {
        "kind": Proposal.Kind.PROPOSAL,
        "to": "obshtinski-savet-stara-zagora",
        "by": CLUB,
        "with": [RADNEVO, NIKOLAEVO],
        "cause": "Младежки съвет във всяка община",
        "sent": 70,
        # The council's committee agreed to answer after a public
        # discussion, within three months.
        "agreed": 90,
        "number": "11-02-405/{date}",
        "title": (
            "Общински младежки съвет на Стара Загора",
            "A youth council for Stara Zagora Municipality",
        ),
        "summary": (
            "Общинският съвет да създаде младежки съвет като консултативен "
            "орган и да приеме правилник за него, обсъден с младите хора.",
            "The municipal council should set up a youth council as an "
            "advisory body and adopt its rules after discussing them with "
            "young people.",
        ),
        "text": (
            "Младите между 15 и 29 години са почти една пета от жителите на "
            "общината, а нямат свой глас в решенията, които ги засягат.\n\n"
            "Предлагаме:\n\n"
            "- Общински младежки съвет от 15 души, избрани от ученическите "
            "съвети, Тракийския университет и младежките организации;\n"
            "- правото му да дава становище по бюджета и по решенията за "
            "младежта;\n"
            "- правилникът да се обсъди публично с младите преди "
            "приемането.\n\n"
            "Председателят на комисията по младежта и спорта се съгласи "
            "предложението да бъде разгледано до три месеца, след "
            "общественото обсъждане.",
            "Young people aged 15 to 29 are almost a fifth of the "
            "municipality's residents, yet they have no voice of their own in "
            "the decisions that concern them.\n\n"
            "We propose:\n\n"
            "- a municipal youth council of 15, chosen by the pupils' "
            "councils, Trakia University and the youth organisations;\n"
            "- its right to give an opinion on the budget and on the "
            "decisions about young people;\n"
            "- its rules to be discussed in public with young people before "
            "they are adopted.\n\n"
            "The chair of the youth and sport committee agreed that the "
            "proposal be considered within three months, after the public "
            "discussion.",
        ),
        "answer": None,
    },
    {
        "kind": Proposal.Kind.PROPOSAL,
        "to": "obshtina-stara-zagora",
        "by": GREEN,
        "with": [HERITAGE, CLUB],
        "cause": "Зелен коридор по река Бедечка",
        "sent": 55,
        "number": "94-00-3051/{date}",
        "title": (
            "Зелен коридор по Бедечка: проект и средства за първия етап",
            "A green corridor along the Bedechka: a design and funds for the "
            "first stage",
        ),
        "summary": (
            "Общината да възложи проект за алея с дървета по бреговете на "
            "Бедечка и да включи първия етап в капиталовата програма за "
            "следващата година.",
            "The municipality should commission a design for a tree-lined "
            "path along the Bedechka and put its first stage in next year's "
            "capital programme.",
        ),
        "text": (
            "Бедечка пресича града, но бреговете ѝ са обрасли, а на места в "
            "тях се изхвърлят отпадъци. Общото събрание на мрежата прие "
            "коридора като обща кауза на членовете.\n\n"
            "Предлагаме:\n\n"
            "- проект за алея за пешеходци и велосипеди с 300 нови дървета;\n"
            "- първи етап от 1,2 км в централната част на града;\n"
            "- доброволците ни да засадят дърветата и да ги поддържат през "
            "първите две години.",
            "The Bedechka runs through the town, but its banks are overgrown "
            "and in places used as a dump. The network's general meeting "
            "adopted the corridor as the members' shared cause.\n\n"
            "We propose:\n\n"
            "- a design for a walking and cycling path with 300 new trees;\n"
            "- a first stage of 1.2 km in the town centre;\n"
            "- our volunteers to plant the trees and look after them for the "
            "first two years.",
        ),
        "answer": None,
    },
    {
        "kind": Proposal.Kind.PROPOSAL,
        "to": "obshtina-radnevo",
        "by": RADNEVO,
        "with": [],
        "cause": "Младежки съвет във всяка община",
        "sent": 9,
        "number": "94-Д-57/{date}",
        "title": (
            "Младежки съвет и в Раднево",
            "A youth council in Radnevo too",
        ),
        "summary": (
            "Кметът да внесе в Общинския съвет предложение за младежки съвет и "
            "да покани младите да напишат правилника му заедно с общината.",
            "The mayor should put a youth council to the municipal council "
            "and invite young people to write its rules together with the "
            "municipality.",
        ),
        "text": (
            "Миналата година направихме младежки бюджет на Раднево: младите "
            "дадоха 31 предложения и гласуваха за тях, а общината изгради "
            "фитнес на открито и стена за графити. Искаме да имаме глас не "
            "веднъж в годината, а постоянно.\n\n"
            "Предлагаме младежки съвет от 11 души, избрани от училищата и "
            "младежките групи, който да дава становище по общинските решения "
            "за младите.",
            "Last year we ran Radnevo's youth budget: young people put "
            "forward 31 proposals and voted on them, and the municipality "
            "built an outdoor gym and a graffiti wall. We want a voice not "
            "once a year, but all the time.\n\n"
            "We propose a youth council of 11, chosen by the schools and the "
            "youth groups, to give its opinion on the municipality's "
            "decisions about young people.",
        ),
        "answer": None,
    },
]


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
    """Create the demo causes once, people support them and talk; and give
    them, each time, the institutions they concern and the proposals sent
    to those."""
    if not Cause.objects.exists():
        create_causes(people=people)
    seed_cause_institutions()
    seed_proposals(people=people)


def create_causes(*, people):
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


def seed_cause_institutions():
    """The institutions each demo cause concerns."""
    for title_bg, slugs in CAUSE_INSTITUTIONS.items():
        cause = Cause.objects.filter(title_bg=title_bg).order_by("pk").first()
        if cause:
            cause.institutions.set(
                Institution.objects.confirmed().filter(slug__in=slugs)
            )


def seed_proposals(*, people):
    """Create or update the members' proposals to institutions, dated from
    today, so that each is in the same state whenever the demo is loaded:
    answered on time or late, awaiting, overdue, never answered. Those of a
    member with no editor the demo coordinator recorded for it."""
    today = timezone.localdate()
    coordinator = next((person for person in people if person.is_staff), None)
    organisations = {o.name_bg: o for o in Organisation.objects.active()}
    institutions = {i.slug: i for i in Institution.objects.confirmed()}
    for spec in PROPOSALS:
        organisation = organisations.get(spec["by"])
        institution = institutions.get(spec["to"])
        if organisation is None or institution is None:
            continue
        sent_on = today - timedelta(days=spec["sent"])
        answered_days, outcome, answer = spec["answer"] or (None, "", None)
        answered_on = today - timedelta(days=answered_days) if answered_days else None
        recorder = editor_of(organisation) or coordinator
        cause = (
            Cause.objects.filter(title_bg=spec["cause"]).order_by("pk").first()
            if spec["cause"]
            else None
        )
        proposal = Proposal.objects.filter(
            title_bg=spec["title"][0]
        ).first() or Proposal(recorded_by=recorder)
        values = in_both(
            title=spec["title"],
            summary=spec["summary"],
            text=spec["text"],
            answer_summary=answer or ("", ""),
        )
        values |= {
            "kind": spec["kind"],
            "institution": institution,
            "organisation": organisation,
            "cause": cause,
            "sent_on": sent_on,
            "registration_number": spec["number"].format(
                date=sent_on.strftime("%d.%m.%Y")
            ),
            # The law's time to answer, counted on saving, unless agreed.
            "due_on": sent_on + timedelta(days=spec["agreed"])
            if "agreed" in spec
            else None,
            "answered_on": answered_on,
            "outcome": outcome,
            "answer_recorded_by": recorder if outcome else None,
        }
        for field, value in values.items():
            setattr(proposal, field, value)
        proposal.save()
        proposal.co_signers.set(
            [organisations[name] for name in spec["with"] if name in organisations]
        )
        # Recorded the day after it was sent.
        Proposal.objects.filter(pk=proposal.pk).update(
            created_at=timezone.make_aware(
                datetime.combine(sent_on + timedelta(days=1), time(10))
            )
        )

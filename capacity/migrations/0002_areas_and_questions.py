"""The self-assessment as the network first asks it: eight areas, three
questions each, every level described in the question's own words (bg, en).
The coordinators reword them in the admin; answers keep their wording."""

from django.db import migrations

# (slug-like key, name bg/en, description bg/en, topics, questions); each
# question: (text bg/en, then levels 1 to 4 as (bg, en)).
AREAS = [
    (
        ("Управление", "Governance"),
        (
            "Как се вземат решенията и кой носи отговорност.",
            "How decisions are taken and who is accountable.",
        ),
        ["transparency"],
        [
            (
                (
                    "Как работи ръководството ви (управителният орган или хората, които вземат решенията в групата)?",
                    "How does your leadership work (the board, or the people who take decisions in a group)?",
                ),
                (
                    "Не се събира; решава един човек.",
                    "It does not meet; one person decides.",
                ),
                (
                    "Събира се от време на време, без протокол.",
                    "It meets now and then, without minutes.",
                ),
                (
                    "Събира се редовно и води протоколи.",
                    "It meets regularly and keeps minutes.",
                ),
                (
                    "Събира се по план, протоколите са достъпни за членовете, а ролите са разпределени.",
                    "It meets to a plan, its minutes are open to the members and roles are shared out.",
                ),
            ),
            (
                (
                    "Имате ли писмени вътрешни правила?",
                    "Do you have written internal rules?",
                ),
                (
                    "Нямаме други освен устава или споразумението на групата.",
                    "None besides our statutes or the group's agreement.",
                ),
                (
                    "Имаме някои, но не ги прилагаме.",
                    "We have some, but we do not follow them.",
                ),
                (
                    "Имаме правила за основните въпроси и ги спазваме.",
                    "We have rules for the essentials and follow them.",
                ),
                (
                    "Правилата обхващат цялата ни работа, известни са на всички и се преглеждат всяка година.",
                    "The rules cover all our work, everyone knows them and they are reviewed every year.",
                ),
            ),
            (
                (
                    "Как участват членовете в решенията?",
                    "How do the members take part in decisions?",
                ),
                ("Не участват.", "They do not."),
                (
                    "Научават за решенията, след като са взети.",
                    "They hear of decisions once they have been taken.",
                ),
                (
                    "Питаме ги за важните решения.",
                    "We consult them on the important decisions.",
                ),
                (
                    "Решават заедно на общото събрание или на срещите на групата, както и между тях.",
                    "They decide together at the general meeting or the group's meetings, and in between.",
                ),
            ),
        ],
    ),
    (
        ("Стратегия и планиране", "Strategy and planning"),
        (
            "Дали знаете накъде вървите и как ще стигнете дотам.",
            "Whether you know where you are going and how to get there.",
        ),
        ["local-development"],
        [
            (
                (
                    "Имате ли стратегия за няколко години напред?",
                    "Do you have a strategy for the next few years?",
                ),
                (
                    "Нямаме; работим от проект на проект или от събитие на събитие.",
                    "No; we go from one project or event to the next.",
                ),
                (
                    "Имаме идеи, но не са записани.",
                    "We have ideas, but they are not written down.",
                ),
                ("Имаме писмена стратегия.", "We have a written strategy."),
                (
                    "Изготвили сме стратегията заедно с членовете и всяка година проверяваме как се изпълнява.",
                    "We drew up the strategy with our members and review our progress on it every year.",
                ),
            ),
            (
                (
                    "Планирате ли работата си за годината?",
                    "Do you plan your work for the year?",
                ),
                ("Не планираме.", "We do not plan."),
                (
                    "Знаем какво ще правим през следващите месеци.",
                    "We know what we will do in the coming months.",
                ),
                (
                    "Имаме годишен план с отговорници.",
                    "We have a yearly plan with named people responsible.",
                ),
                (
                    "Годишният план има срокове и бюджет, а изпълнението му се отчита.",
                    "The yearly plan has deadlines and a budget, and we report on how it was carried out.",
                ),
            ),
            (
                ("Знаете ли какво постигате?", "Do you know what you achieve?"),
                ("Не проследяваме резултатите.", "We do not track results."),
                (
                    "Броим дейностите, не резултатите.",
                    "We count activities, not results.",
                ),
                (
                    "Следим няколко показателя за резултат.",
                    "We track a few result indicators.",
                ),
                (
                    "Измерваме промяната, която постигаме, и според нея коригираме работата си.",
                    "We measure the change we bring about and adjust our work accordingly.",
                ),
            ),
        ],
    ),
    (
        ("Финанси и набиране на средства", "Finances and fundraising"),
        (
            "Откъде идват средствата и как се управляват.",
            "Where the money comes from and how it is managed.",
        ),
        ["local-development"],
        [
            (
                (
                    "Колко сигурни и разнообразни са източниците на средствата ви?",
                    "How secure and varied are your sources of funding?",
                ),
                (
                    "Нямаме средства или зависим от един несигурен източник.",
                    "We have no funds, or depend on a single uncertain source.",
                ),
                (
                    "Един сигурен източник, например държавна субсидия, или два източника, нито един от които не е сигурен.",
                    "One secure source, such as a state subsidy, or two sources, neither secure.",
                ),
                (
                    "Няколко източника, един от които преобладава.",
                    "Several sources, one of them dominant.",
                ),
                (
                    "Много източници, включително дарения и собствени приходи; загубата на един от тях не застрашава работата ни.",
                    "Many sources, donations and earned income among them; losing one would not put our work at risk.",
                ),
            ),
            (
                ("Как управлявате финансите си?", "How do you manage your finances?"),
                (
                    "Нямаме бюджет и не отчитаме приходите и разходите.",
                    "We have no budget and keep no record of income and spending.",
                ),
                (
                    "Приходите и разходите се отчитат (от нас или от счетоводител), но бюджет нямаме.",
                    "Income and spending are recorded (by us or by an accountant), but there is no budget.",
                ),
                (
                    "Имаме годишен бюджет и следим разходите.",
                    "We have a yearly budget and track spending.",
                ),
                (
                    "Бюджетът се приема от органа или хората, които вземат решенията, а финансовият отчет е публичен.",
                    "The budget is approved by the body or the people who take decisions, and the financial report is public.",
                ),
            ),
            (
                ("Кандидатствате ли за финансиране?", "Do you apply for funding?"),
                ("Не сме кандидатствали.", "We have never applied."),
                (
                    "Кандидатствали сме, но без успех.",
                    "We have applied, without success.",
                ),
                (
                    "Печелим финансиране за един-два проекта годишно.",
                    "We win funding for one or two projects a year.",
                ),
                (
                    "Кандидатстваме редовно, включително с партньори, и печелим.",
                    "We apply regularly, with partners too, and win funding.",
                ),
            ),
        ],
    ),
    (
        ("Хора и доброволци", "People and volunteers"),
        (
            "Кой върши работата и как се грижите за тези хора.",
            "Who does the work and how you look after them.",
        ),
        ["volunteering"],
        [
            (
                (
                    "Колко души работят активно за организацията или групата ви?",
                    "How many people actively work for your organisation or group?",
                ),
                ("Един или двама души.", "One or two."),
                (
                    "Малка група, винаги една и съща.",
                    "A small group, always the same people.",
                ),
                (
                    "Основен екип и доброволци за събитията.",
                    "A core team, and volunteers for events.",
                ),
                (
                    "Екип и постоянни доброволци, като всяка година се включват нови хора.",
                    "A team and regular volunteers, with new people joining every year.",
                ),
            ),
            (
                (
                    "Как привличате и задържате доброволци?",
                    "How do you find and keep volunteers?",
                ),
                ("Не търсим доброволци.", "We do not look for volunteers."),
                (
                    "Каним познати, когато има нужда.",
                    "We ask people we know when we need help.",
                ),
                (
                    "Търсим доброволци чрез публични обяви и им благодарим.",
                    "We advertise publicly and thank our volunteers.",
                ),
                (
                    "Имаме програма за подбор, обучение и признание на доброволците.",
                    "We have a programme for recruiting, training and recognising volunteers.",
                ),
            ),
            (
                ("Обучават ли се хората ви?", "Do your people get training?"),
                ("Не участваме в обучения.", "There is no training."),
                (
                    "Понякога някой от нас участва в обучение.",
                    "Sometimes one of us attends a training course.",
                ),
                (
                    "Всяка година няколко души преминават обучение.",
                    "Several people get training every year.",
                ),
                (
                    "Имаме план за развитието на хората си и споделяме наученото.",
                    "We have a plan for developing our people, and we share what we learn.",
                ),
            ),
        ],
    ),
    (
        ("Комуникация и видимост", "Communication and visibility"),
        (
            "Как говорите с общността и дали тя ви чува.",
            "How you speak to the community, and whether it hears you.",
        ),
        ["civic-participation"],
        [
            (
                (
                    "Какви канали за комуникация имате?",
                    "Which communication channels do you have?",
                ),
                ("Нямаме.", "None."),
                (
                    "Страница в социална мрежа, която обновяваме рядко.",
                    "A social media page, seldom updated.",
                ),
                (
                    "Уебсайт или страница, които обновяваме всеки месец.",
                    "A website or page, updated every month.",
                ),
                (
                    "Няколко канала, които обновяваме редовно, и бюлетин.",
                    "Several regularly updated channels and a newsletter.",
                ),
            ),
            (
                ("Пишат ли медиите за вас?", "Do the media cover you?"),
                ("Никога.", "Never."),
                ("Рядко, когато ги поканим.", "Rarely, when we invite them."),
                ("Няколко пъти в годината.", "Several times a year."),
                (
                    "Редовно; журналистите ни търсят за мнение.",
                    "Regularly; journalists ask us for our view.",
                ),
            ),
            (
                ("Имате ли план за комуникация?", "Do you have a communication plan?"),
                ("Нямаме.", "No."),
                (
                    "Публикуваме, когато има повод.",
                    "We post when there is an occasion.",
                ),
                (
                    "Планираме комуникацията на кампаниите си.",
                    "We plan the communication for our campaigns.",
                ),
                (
                    "Имаме годишен план и отговорник и проследяваме резултата.",
                    "We have a yearly plan and someone responsible, and we track the results.",
                ),
            ),
        ],
    ),
    (
        ("Партньорства и мрежи", "Partnerships and networking"),
        (
            "С кого работите и как.",
            "Whom you work with, and how.",
        ),
        ["local-development", "civic-participation"],
        [
            (
                (
                    "Работите ли с други организации и групи?",
                    "Do you work with other organisations and groups?",
                ),
                ("Не.", "No."),
                (
                    "Понякога участваме в събития на други.",
                    "Sometimes we take part in others' events.",
                ),
                (
                    "Провеждаме общи дейности с няколко организации или групи.",
                    "We run joint activities with a few organisations or groups.",
                ),
                (
                    "Имаме постоянни партньори и общи проекти.",
                    "We have long-standing partners and joint projects.",
                ),
            ),
            (
                (
                    "Работите ли с местните институции?",
                    "Do you work with local institutions?",
                ),
                ("Нямаме контакт с тях.", "We have no contact with them."),
                (
                    "Пишем им, когато има проблем.",
                    "We write to them when there is a problem.",
                ),
                (
                    "Поддържаме контакт и имаме общи инициативи.",
                    "We keep in touch and have joint initiatives.",
                ),
                (
                    "Институциите ни канят в работни групи и съвети.",
                    "Institutions invite us to working groups and councils.",
                ),
            ),
            (
                ("Участвате ли в мрежи?", "Do you take part in networks?"),
                ("Не.", "No."),
                (
                    "Членуваме, но не участваме активно.",
                    "We are members, but not active ones.",
                ),
                (
                    "Участваме в срещите и общите дейности.",
                    "We take part in the meetings and joint activities.",
                ),
                (
                    "Водим общи инициативи в рамките на мрежата.",
                    "We lead joint initiatives within the network.",
                ),
            ),
        ],
    ),
    (
        ("Застъпничество", "Advocacy"),
        (
            "Дали успявате да промените политики и решения.",
            "Whether you manage to change policies and decisions.",
        ),
        ["civic-participation", "human-rights"],
        [
            (
                (
                    "Изпращате ли предложения за промени до институциите?",
                    "Do you send proposals for change to institutions?",
                ),
                ("Не сме изпращали.", "We never have."),
                (
                    "Подписваме предложения на други.",
                    "We sign proposals made by others.",
                ),
                (
                    "Внасяме свои предложения и сигнали.",
                    "We submit our own proposals and signals.",
                ),
                (
                    "Внасяме обосновани предложения и ги следим до вземането на решение.",
                    "We submit well-argued proposals and follow them through to a decision.",
                ),
            ),
            (
                (
                    "Използвате ли достъпа до обществена информация и обществените консултации?",
                    "Do you use access to public information and public consultations?",
                ),
                ("Не ги познаваме.", "We do not know about them."),
                (
                    "Знаем за тях, но не ги използваме.",
                    "We know about them but do not use them.",
                ),
                ("Използвали сме ги няколко пъти.", "We have used them a few times."),
                (
                    "Използваме ги редовно и показваме на други как да го правят.",
                    "We use them regularly and show others how.",
                ),
            ),
            (
                ("Постигали ли сте промяна?", "Have you brought about any change?"),
                ("Не.", "No."),
                ("Веднъж, с помощта на други.", "Once, with others' help."),
                (
                    "Няколко пъти през последните години.",
                    "Several times in recent years.",
                ),
                (
                    "Редовно и хората в общността знаят за това.",
                    "Regularly, and people in the community know about it.",
                ),
            ),
        ],
    ),
    (
        ("Прозрачност и отчетност", "Transparency and reporting"),
        (
            "Какво казвате публично за себе си и за средствата си.",
            "What you say in public about yourselves and your money.",
        ),
        ["transparency"],
        [
            (
                ("Публикувате ли годишен отчет?", "Do you publish an annual report?"),
                ("Не.", "No."),
                (
                    "Само задължителния отчет, например в регистъра, или кратко съобщение за дейността.",
                    "Only the report we must file, in a register for instance, or a short note on our activities.",
                ),
                (
                    "Отчет за дейността ни на сайта или на страницата ни.",
                    "A report on our activities, on our website or page.",
                ),
                (
                    "Отчет за дейността и финансите, написан на разбираем език.",
                    "A report on activities and finances, in plain language.",
                ),
            ),
            (
                (
                    "Отчитате ли се пред дарителите, финансиращите институции и общността?",
                    "Do you report to donors, funders and the community?",
                ),
                ("Не се отчитаме.", "We do not."),
                (
                    "Само когато дарител или финансираща институция го изисква.",
                    "Only when a donor or funder requires it.",
                ),
                (
                    "Пред дарителите и финансиращите институции винаги, а понякога и публично.",
                    "To donors and funders always, sometimes publicly too.",
                ),
                (
                    "Публично, с резултатите и с това, което не се е получило.",
                    "Publicly, with our results and with what did not work.",
                ),
            ),
            (
                (
                    "Имате ли правила за конфликт на интереси?",
                    "Do you have rules on conflicts of interest?",
                ),
                ("Нямаме.", "No."),
                (
                    "Обсъждали сме въпроса, но нищо не е записано.",
                    "We have discussed it; nothing is written down.",
                ),
                ("Имаме писмено правило.", "We have a written rule."),
                (
                    "Правилото се прилага, а хората, които вземат решения, всяка година декларират дали имат конфликт на интереси.",
                    "The rule is applied, and those who take decisions declare any conflicts of interest every year.",
                ),
            ),
        ],
    ),
]


def create(apps, schema_editor):
    Area = apps.get_model("capacity", "Area")
    Question = apps.get_model("capacity", "Question")
    Topic = apps.get_model("members", "Topic")
    for position, (name, description, topics, questions) in enumerate(AREAS):
        area, _ = Area.objects.update_or_create(
            name_bg=name[0],
            defaults={
                "name": name[0],
                "name_en": name[1],
                "description": description[0],
                "description_bg": description[0],
                "description_en": description[1],
                "position": position,
            },
        )
        area.topics.set(Topic.objects.filter(slug__in=topics))
        for number, (text, *levels) in enumerate(questions):
            values = {"text": text[0], "text_bg": text[0], "text_en": text[1]}
            for level, (bg, en) in enumerate(levels, start=1):
                values |= {
                    f"level_{level}": bg,
                    f"level_{level}_bg": bg,
                    f"level_{level}_en": en,
                }
            Question.objects.update_or_create(
                area=area, position=number, defaults=values
            )


class Migration(migrations.Migration):
    dependencies = [
        ("capacity", "0001_assessment"),
        ("members", "0003_places_and_topics"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]

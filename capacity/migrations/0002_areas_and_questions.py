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
            "Как организацията взема решения и кой носи отговорност.",
            "How the organisation takes decisions and who is accountable.",
        ),
        ["transparency"],
        [
            (
                ("Как работи управителният орган?", "How does the board work?"),
                ("Не се събира; решава един човек.", "It does not meet; one person decides."),
                ("Събира се от време на време, без протокол.", "It meets now and then, without minutes."),
                ("Събира се редовно и води протоколи.", "It meets regularly and keeps minutes."),
                ("Събира се по план, протоколите са достъпни за членовете, ролите са разпределени.", "It meets to a plan, its minutes are open to the members and roles are shared out."),
            ),
            (
                ("Имате ли писани вътрешни правила?", "Do you have written internal rules?"),
                ("Нямаме, освен устава.", "None besides the statute."),
                ("Има някои, но не ги прилагаме.", "Some exist, but we do not follow them."),
                ("Имаме правила за основните неща и ги спазваме.", "We have rules for the main things and follow them."),
                ("Правилата са пълни, известни на всички и се преглеждат всяка година.", "The rules are complete, known to all and reviewed every year."),
            ),
            (
                ("Как участват членовете в решенията?", "How do the members take part in decisions?"),
                ("Не участват.", "They do not."),
                ("Научават за решенията след това.", "They hear of decisions afterwards."),
                ("Питаме ги за важните решения.", "We ask them about the important ones."),
                ("Решават заедно на общо събрание и между събранията.", "They decide together at the general meeting and between meetings."),
            ),
        ],
    ),
    (
        ("Стратегия и планиране", "Strategy and planning"),
        (
            "Знае ли организацията накъде върви и как ще стигне там.",
            "Whether the organisation knows where it is going and how to get there.",
        ),
        ["local-development"],
        [
            (
                ("Имате ли стратегия за няколко години?", "Do you have a strategy for several years?"),
                ("Нямаме; работим от проект на проект.", "No; we go from project to project."),
                ("Имаме идеи, но не са записани.", "We have ideas, but they are not written down."),
                ("Имаме писана стратегия.", "We have a written strategy."),
                ("Стратегията е писана с членовете и я следим всяка година.", "The strategy was written with the members and we check it every year."),
            ),
            (
                ("Планирате ли годината?", "Do you plan the year?"),
                ("Не планираме.", "We do not plan."),
                ("Знаем какво ще правим в следващите месеци.", "We know what we will do in the coming months."),
                ("Имаме годишен план с отговорници.", "We have a yearly plan with people responsible."),
                ("Годишният план има срокове, бюджет и се отчита.", "The yearly plan has deadlines and a budget and is reported on."),
            ),
            (
                ("Знаете ли какво постигате?", "Do you know what you achieve?"),
                ("Не проследяваме резултати.", "We do not track results."),
                ("Броим дейностите, не резултатите.", "We count activities, not results."),
                ("Следим няколко показателя за резултат.", "We follow a few result indicators."),
                ("Измерваме промяната и променяме работата си според нея.", "We measure the change and adjust our work to it."),
            ),
        ],
    ),
    (
        ("Финанси и набиране на средства", "Finances and fundraising"),
        (
            "Откъде идват парите и как се управляват.",
            "Where the money comes from and how it is managed.",
        ),
        ["local-development"],
        [
            (
                ("От колко източника идват средствата ви?", "How many sources does your money come from?"),
                ("Нямаме средства или само един източник.", "We have no money, or one source only."),
                ("Два източника, несигурни.", "Two sources, uncertain ones."),
                ("Няколко източника, един преобладава.", "Several sources, one of them dominant."),
                ("Много източници, включително дарения и собствени приходи.", "Many sources, donations and earned income among them."),
            ),
            (
                ("Как водите финансите?", "How do you keep your finances?"),
                ("Без бюджет и отчет.", "With no budget and no accounts."),
                ("Счетоводител води отчетността, бюджет няма.", "An accountant keeps the books; there is no budget."),
                ("Имаме годишен бюджет и следим разходите.", "We have a yearly budget and track spending."),
                ("Бюджетът се приема от управителния орган, а отчетът е публичен.", "The board adopts the budget, and the accounts are public."),
            ),
            (
                ("Кандидатствате ли за финансиране?", "Do you apply for funding?"),
                ("Не сме кандидатствали.", "We have never applied."),
                ("Кандидатствали сме, без успех.", "We applied, without success."),
                ("Печелим по един-два проекта годишно.", "We win one or two projects a year."),
                ("Кандидатстваме редовно и с партньори, и печелим.", "We apply regularly, with partners too, and win."),
            ),
        ],
    ),
    (
        ("Хора и доброволци", "People and volunteers"),
        (
            "Кой върши работата и как организацията се грижи за тях.",
            "Who does the work and how the organisation looks after them.",
        ),
        ["volunteering"],
        [
            (
                ("Колко души работят активно за организацията?", "How many people actively work for the organisation?"),
                ("Един или двама.", "One or two."),
                ("Малка група, винаги същата.", "A small group, always the same."),
                ("Екип и доброволци за събитията.", "A team, and volunteers for events."),
                ("Екип и постоянни доброволци, нови идват всяка година.", "A team and regular volunteers; new ones come every year."),
            ),
            (
                ("Как привличате и задържате доброволци?", "How do you find and keep volunteers?"),
                ("Не търсим доброволци.", "We do not look for volunteers."),
                ("Каним познати, когато трябва.", "We ask friends when we need them."),
                ("Търсим публично и благодарим на доброволците.", "We look in public and thank our volunteers."),
                ("Имаме програма: подбор, обучение, признание.", "We have a programme: recruiting, training, recognition."),
            ),
            (
                ("Учат ли се хората ви?", "Do your people learn?"),
                ("Няма обучения.", "There is no training."),
                ("Понякога някой отива на обучение.", "Sometimes someone goes to a training."),
                ("Всяка година няколко души се обучават.", "Several people are trained every year."),
                ("Имаме план за развитие на хората и споделяме наученото.", "We have a plan for our people's growth and share what we learn."),
            ),
        ],
    ),
    (
        ("Комуникация и видимост", "Communication and visibility"),
        (
            "Как организацията говори с общността и дали я чуват.",
            "How the organisation speaks to the community, and whether it is heard.",
        ),
        ["civic-participation"],
        [
            (
                ("Какви канали за комуникация имате?", "Which channels do you have?"),
                ("Нямаме.", "None."),
                ("Страница в социална мрежа, рядко обновявана.", "A social media page, seldom updated."),
                ("Сайт или страница, обновявани всеки месец.", "A website or page, updated every month."),
                ("Няколко канала, обновявани редовно, с бюлетин.", "Several channels, regularly updated, with a newsletter."),
            ),
            (
                ("Пишат ли медиите за вас?", "Do the media cover you?"),
                ("Никога.", "Never."),
                ("Рядко, когато ги поканим.", "Rarely, when we invite them."),
                ("Няколко пъти в годината.", "Several times a year."),
                ("Редовно; журналистите ни търсят за мнение.", "Regularly; journalists ask for our view."),
            ),
            (
                ("Имате ли план за комуникация?", "Do you have a communication plan?"),
                ("Не.", "No."),
                ("Пишем, когато има повод.", "We post when there is a reason."),
                ("Имаме план за кампаниите си.", "We plan for our campaigns."),
                ("Годишен план, отговорник и проследяване на резултата.", "A yearly plan, someone responsible, and its effect tracked."),
            ),
        ],
    ),
    (
        ("Партньорства и мрежи", "Partnerships and networking"),
        (
            "С кого работи организацията и как.",
            "Whom the organisation works with, and how.",
        ),
        ["local-development", "civic-participation"],
        [
            (
                ("Работите ли с други организации?", "Do you work with other organisations?"),
                ("Не.", "No."),
                ("Понякога участваме в чужди събития.", "Sometimes we join others' events."),
                ("Имаме общи дейности с няколко организации.", "We run joint activities with a few organisations."),
                ("Имаме постоянни партньори и общи проекти.", "We have lasting partners and joint projects."),
            ),
            (
                ("Работите ли с местните институции?", "Do you work with local institutions?"),
                ("Нямаме контакт.", "We have no contact."),
                ("Пишем им, когато има проблем.", "We write to them when there is a problem."),
                ("Имаме контакт и общи инициативи.", "We have contacts and joint initiatives."),
                ("Институциите ни канят в работни групи и съвети.", "The institutions invite us to working groups and councils."),
            ),
            (
                ("Участвате ли в мрежи?", "Do you take part in networks?"),
                ("Не.", "No."),
                ("Членуваме, но не участваме активно.", "We are members, but not active."),
                ("Участваме в срещите и общите дейности.", "We take part in the meetings and joint activities."),
                ("Водим общи инициативи в мрежата.", "We lead joint initiatives in the network."),
            ),
        ],
    ),
    (
        ("Застъпничество", "Advocacy"),
        (
            "Дали организацията успява да промени политики и решения.",
            "Whether the organisation manages to change policies and decisions.",
        ),
        ["civic-participation", "human-rights"],
        [
            (
                ("Предлагате ли промени на институциите?", "Do you propose changes to the institutions?"),
                ("Не сме предлагали.", "We never have."),
                ("Подписваме чужди предложения.", "We sign others' proposals."),
                ("Внасяме свои предложения и сигнали.", "We send our own proposals and signals."),
                ("Внасяме обосновани предложения и следим отговора до решение.", "We send well-argued proposals and follow them to a decision."),
            ),
            (
                ("Използвате ли правата за достъп до информация и обществени консултации?", "Do you use access to information and public consultations?"),
                ("Не ги познаваме.", "We do not know them."),
                ("Знаем за тях, но не ги ползваме.", "We know of them but do not use them."),
                ("Ползвали сме ги няколко пъти.", "We have used them a few times."),
                ("Ползваме ги редовно и учим другите.", "We use them regularly and teach others."),
            ),
            (
                ("Постигали ли сте промяна?", "Have you achieved a change?"),
                ("Не.", "No."),
                ("Веднъж, с чужда помощ.", "Once, with others' help."),
                ("Няколко пъти за последните години.", "Several times in recent years."),
                ("Редовно, и хората в общността го знаят.", "Regularly, and the community knows it."),
            ),
        ],
    ),
    (
        ("Прозрачност и отчетност", "Transparency and reporting"),
        (
            "Какво организацията казва публично за себе си и за парите си.",
            "What the organisation says in public about itself and its money.",
        ),
        ["transparency"],
        [
            (
                ("Публикувате ли годишен отчет?", "Do you publish an annual report?"),
                ("Не.", "No."),
                ("Само задължителния в регистъра.", "Only the one the register requires."),
                ("Отчет за дейността на сайта си.", "A report on our activities on our website."),
                ("Отчет за дейността и финансите, на разбираем език.", "A report on activities and finances, in plain words."),
            ),
            (
                ("Отчитате ли се пред дарителите и общността?", "Do you report to donors and the community?"),
                ("Не се отчитаме.", "We do not."),
                ("Само когато дарителят изисква.", "Only when a donor requires it."),
                ("Пред дарителите винаги, понякога и публично.", "To donors always, sometimes in public too."),
                ("Публично, с резултатите и с това, което не се получи.", "In public, with results and with what did not work."),
            ),
            (
                ("Имате ли правила за конфликт на интереси?", "Do you have rules on conflicts of interest?"),
                ("Не.", "No."),
                ("Говорили сме, не са записани.", "We talked of it; nothing is written."),
                ("Имаме писано правило.", "We have a written rule."),
                ("Правилото се прилага и се декларира всяка година.", "The rule is applied and declared every year."),
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

"""Bulgaria's 28 regions (ISO 3166-2:BG), the 11 municipalities of Stara
Zagora region, and the thematic areas the network starts with."""

from django.db import migrations

REGIONS = [
    ("BG-01", "Благоевград", "Blagoevgrad"),
    ("BG-02", "Бургас", "Burgas"),
    ("BG-03", "Варна", "Varna"),
    ("BG-04", "Велико Търново", "Veliko Tarnovo"),
    ("BG-05", "Видин", "Vidin"),
    ("BG-06", "Враца", "Vratsa"),
    ("BG-07", "Габрово", "Gabrovo"),
    ("BG-08", "Добрич", "Dobrich"),
    ("BG-09", "Кърджали", "Kardzhali"),
    ("BG-10", "Кюстендил", "Kyustendil"),
    ("BG-11", "Ловеч", "Lovech"),
    ("BG-12", "Монтана", "Montana"),
    ("BG-13", "Пазарджик", "Pazardzhik"),
    ("BG-14", "Перник", "Pernik"),
    ("BG-15", "Плевен", "Pleven"),
    ("BG-16", "Пловдив", "Plovdiv"),
    ("BG-17", "Разград", "Razgrad"),
    ("BG-18", "Русе", "Ruse"),
    ("BG-19", "Силистра", "Silistra"),
    ("BG-20", "Сливен", "Sliven"),
    ("BG-21", "Смолян", "Smolyan"),
    ("BG-22", "София (столица)", "Sofia City"),
    ("BG-23", "София", "Sofia Province"),
    ("BG-24", "Стара Загора", "Stara Zagora"),
    ("BG-25", "Търговище", "Targovishte"),
    ("BG-26", "Хасково", "Haskovo"),
    ("BG-27", "Шумен", "Shumen"),
    ("BG-28", "Ямбол", "Yambol"),
]

STARA_ZAGORA_MUNICIPALITIES = [
    ("bratya-daskalovi", "Братя Даскалови", "Bratya Daskalovi"),
    ("gurkovo", "Гурково", "Gurkovo"),
    ("galabovo", "Гълъбово", "Galabovo"),
    ("kazanlak", "Казанлък", "Kazanlak"),
    ("maglizh", "Мъглиж", "Maglizh"),
    ("nikolaevo", "Николаево", "Nikolaevo"),
    ("opan", "Опан", "Opan"),
    ("pavel-banya", "Павел баня", "Pavel Banya"),
    ("radnevo", "Раднево", "Radnevo"),
    ("stara-zagora", "Стара Загора", "Stara Zagora"),
    ("chirpan", "Чирпан", "Chirpan"),
]

TOPICS = [
    ("civic-participation", "Гражданско участие", "Civic participation"),
    ("environment", "Околна среда", "Environment"),
    ("education", "Образование", "Education"),
    ("culture-heritage", "Култура и наследство", "Culture and heritage"),
    ("social-inclusion", "Социално включване", "Social inclusion"),
    ("youth", "Младежи", "Youth"),
    ("health", "Здраве", "Health"),
    ("human-rights", "Права на човека", "Human rights"),
    ("local-development", "Местно развитие", "Local development"),
    ("volunteering", "Доброволчество", "Volunteering"),
    ("transparency", "Прозрачност и добро управление", "Transparency and good governance"),
    ("sport", "Спорт и здравословен начин на живот", "Sport and healthy living"),
]


def create(apps, schema_editor):
    Place = apps.get_model("members", "Place")
    Topic = apps.get_model("members", "Topic")
    regions = {}
    for code, name_bg, name_en in REGIONS:
        regions[code], _ = Place.objects.update_or_create(
            slug=f"region-{code.lower()}",
            defaults={
                "kind": "region",
                "code": code,
                "name": name_bg,
                "name_bg": name_bg,
                "name_en": name_en,
            },
        )
    for slug, name_bg, name_en in STARA_ZAGORA_MUNICIPALITIES:
        Place.objects.update_or_create(
            slug=slug,
            defaults={
                "kind": "municipality",
                "region": regions["BG-24"],
                "name": name_bg,
                "name_bg": name_bg,
                "name_en": name_en,
            },
        )
    for position, (slug, name_bg, name_en) in enumerate(TOPICS):
        Topic.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name_bg,
                "name_bg": name_bg,
                "name_en": name_en,
                "position": position,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("members", "0002_registry")]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]

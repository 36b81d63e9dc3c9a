"""The network's texts as the project published them (see DOMAIN.md)."""

from django.db import migrations

TEXTS = {
    "network_name_bg": "Мрежа „Синергия“",
    "network_name_en": "Synergy Network",
    "motto_bg": "Силата на гражданските организации е в тяхното обединение",
    "motto_en": "The strength of civic organisations is in their unification",
    "coordinator_name_bg": "Клуб „Отворено общество“ Стара Загора",
    "coordinator_name_en": "Open Society Club Stara Zagora",
    "address_bg": "Стара Загора",
    "address_en": "Stara Zagora, Bulgaria",
    "project_name_bg": "„Синергия на мрежата“",
    "project_name_en": "“Network Synergy”",
    "donors_bg": "Исландия, Лихтенщайн и Норвегия — Фонд Активни граждани България",
    "donors_en": "Iceland, Liechtenstein and Norway — Active Citizens Fund Bulgaria",
    "funding_statement_bg": (
        "Проектът „Синергия на мрежата“ се изпълнява с финансовата подкрепа "
        "на Исландия, Лихтенщайн и Норвегия по линия на Финансовия механизъм "
        "на Европейското икономическо пространство."
    ),
    "funding_statement_en": (
        "The project “Network Synergy” is carried out with the financial "
        "support of Iceland, Liechtenstein and Norway under the Financial "
        "Mechanism of the European Economic Area."
    ),
    "disclaimer_bg": (
        "Този сайт е създаден с финансовата подкрепа на Исландия, Лихтенщайн "
        "и Норвегия по Фонд Активни граждани България в рамките на Финансовия "
        "механизъм на Европейското икономическо пространство. Цялата "
        "отговорност за съдържанието се носи от Клуб „Отворено общество“ "
        "Стара Загора и при никакви обстоятелства не може да се приема, че "
        "този сайт отразява официалното становище на Финансовия механизъм на "
        "ЕИП и Оператора на Фонд Активни граждани България."
    ),
    "disclaimer_en": (
        "This website was created with the financial support of Iceland, "
        "Liechtenstein and Norway under the Active Citizens Fund Bulgaria "
        "within the EEA Financial Mechanism. The entire responsibility for its "
        "content lies with Open Society Club Stara Zagora; it cannot be "
        "regarded as reflecting the official opinion of the EEA Financial "
        "Mechanism or of the Operator of the Active Citizens Fund Bulgaria."
    ),
}


def create_site_settings(apps, schema_editor):
    SiteSettings = apps.get_model("network_portal", "SiteSettings")
    fields = {name[:-3]: value for name, value in TEXTS.items() if name.endswith("_bg")}
    SiteSettings.objects.update_or_create(
        pk=1,
        defaults={**fields, **TEXTS, "contact_email": "synergy@example.org"},
    )


class Migration(migrations.Migration):
    dependencies = [("network_portal", "0001_initial")]

    operations = [
        migrations.RunPython(create_site_settings, migrations.RunPython.noop),
    ]

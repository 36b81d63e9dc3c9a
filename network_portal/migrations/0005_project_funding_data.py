"""The project's funding as its EEA Grants record gives it (DOMAIN.md)."""

from decimal import Decimal

from django.db import migrations


def fill(apps, schema_editor):
    SiteSettings = apps.get_model("network_portal", "SiteSettings")
    SiteSettings.objects.filter(pk=1).update(
        programme="Фонд Активни граждани България, тематичен приоритет 6 "
        "„Подобряване на капацитета и устойчивостта на гражданския сектор“",
        programme_bg="Фонд Активни граждани България, тематичен приоритет 6 "
        "„Подобряване на капацитета и устойчивостта на гражданския сектор“",
        programme_en="Active Citizens Fund Bulgaria, thematic priority 6 "
        "“Strengthening the capacity and sustainability of civil society”",
        grant_reference="BG-ACTIVECITIZENS-0106",
        grant_amount=Decimal("8396"),
        project_period="12 месеца",
        project_period_bg="12 месеца",
        project_period_en="12 months",
    )


class Migration(migrations.Migration):
    dependencies = [("network_portal", "0004_project_funding")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]

"""The indicators a civic network starts with; coordinators keep the catalogue."""

from django.db import migrations

INDICATORS = [
    # slug, name bg, name en, unit bg, unit en, aggregation
    ("people-reached", "Достигнати хора", "People reached", "души", "people", "sum"),
    ("volunteers", "Включени доброволци", "Volunteers engaged", "души", "people", "sum"),
    ("participants-trained", "Обучени участници", "Participants trained", "души", "people", "sum"),
    ("proposals", "Предложения към институции", "Proposals submitted to institutions", "бр.", "proposals", "sum"),
    ("agreements", "Подписани споразумения за партньорство", "Partnership agreements signed", "бр.", "agreements", "sum"),
    ("media", "Медийни изяви", "Media appearances", "бр.", "appearances", "sum"),
    ("funds-raised", "Набрани средства", "Funds raised", "евро", "euro", "sum"),
]


def create(apps, schema_editor):
    Indicator = apps.get_model("members", "Indicator")
    for position, (slug, name_bg, name_en, unit_bg, unit_en, aggregation) in enumerate(
        INDICATORS
    ):
        Indicator.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name_bg,
                "name_bg": name_bg,
                "name_en": name_en,
                "unit": unit_bg,
                "unit_bg": unit_bg,
                "unit_en": unit_en,
                "aggregation": aggregation,
                "position": position,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("members", "0004_activities")]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]

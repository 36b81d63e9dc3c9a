"""The result indicator of proposals in the glossary's words („до
институции“), and said apart from the proposals recorded on the portal: it
sums what members report with their activities. A name a coordinator
changed is kept."""

from django.db import migrations

BEFORE = ("Предложения към институции", "Proposals submitted to institutions")
AFTER = (
    "Предложения до институции, отчетени в дейности",
    "Proposals to institutions, as reported with activities",
)


def reword(apps, schema_editor):
    Indicator = apps.get_model("members", "Indicator")
    Indicator.objects.filter(
        slug="proposals", name_bg=BEFORE[0], name_en=BEFORE[1]
    ).update(name=AFTER[0], name_bg=AFTER[0], name_en=AFTER[1])


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0014_institution_suggestions"),
    ]

    operations = [migrations.RunPython(reword, migrations.RunPython.noop)]

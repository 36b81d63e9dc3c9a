"""The activities the public sees counted by the year they started, kept as
rows (members.models.activity.recount_years keeps them up to date from now
on), filled here from the activities already published by organisations that
are not applicants."""

from django.db import migrations, models
from django.db.models.functions import ExtractYear


def fill(apps, schema_editor):
    Activity = apps.get_model("members", "Activity")
    ActivityYear = apps.get_model("members", "ActivityYear")
    rows = (
        Activity.objects.filter(state="published")
        .exclude(organisation__status="applicant")
        .annotate(year=ExtractYear("starts_on"))
        .order_by()
        .values_list("year")
        .annotate(n=models.Count("pk"))
    )
    ActivityYear.objects.bulk_create(
        ActivityYear(year=year, activities=n) for year, n in rows
    )


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0016_indicator_totals"),
    ]

    operations = [
        migrations.CreateModel(
            name="ActivityYear",
            fields=[
                (
                    "year",
                    models.PositiveSmallIntegerField(primary_key=True, serialize=False),
                ),
                ("activities", models.PositiveIntegerField(default=0)),
            ],
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]

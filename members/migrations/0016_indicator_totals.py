"""The indicators' totals kept as rows (members.models.activity.recount keeps
them up to date from now on), filled here from the results already reported:
the public ones, of published activities by organisations that are not
applicants; summed, or the highest, as each indicator adds up."""

import django.db.models.deletion
from django.db import migrations, models


def fill(apps, schema_editor):
    Result = apps.get_model("members", "Result")
    IndicatorTotal = apps.get_model("members", "IndicatorTotal")
    verified = models.Q(verified_at__isnull=False)
    reported = models.Q(verified_at__isnull=True)
    rows = (
        Result.objects.filter(indicator__isnull=False, activity__state="published")
        .exclude(activity__organisation__status="applicant")
        .order_by()
        .values("indicator", "indicator__aggregation")
        .annotate(
            verified_sum=models.Sum("value", filter=verified),
            reported_sum=models.Sum("value", filter=reported),
            verified_max=models.Max("value", filter=verified),
            reported_max=models.Max("value", filter=reported),
        )
    )
    IndicatorTotal.objects.bulk_create(
        IndicatorTotal(
            indicator_id=row["indicator"],
            verified=row[f"verified_{row['indicator__aggregation']}"] or 0,
            self_reported=row[f"reported_{row['indicator__aggregation']}"] or 0,
        )
        for row in rows
    )


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0015_proposals_indicator_wording"),
    ]

    operations = [
        migrations.CreateModel(
            name="IndicatorTotal",
            fields=[
                (
                    "indicator",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="total",
                        serialize=False,
                        to="members.indicator",
                    ),
                ),
                (
                    "verified",
                    models.DecimalField(decimal_places=2, default=0, max_digits=16),
                ),
                (
                    "self_reported",
                    models.DecimalField(decimal_places=2, default=0, max_digits=16),
                ),
            ],
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]

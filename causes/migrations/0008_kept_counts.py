"""A cause's supporters and co-sponsors kept as counts on it
(`CauseQuerySet.recount` keeps them from now on, causes/receivers.py), filled
here from the rows already there; an index for the list most supported
first."""

from django.db import migrations, models
from django.db.models.functions import Coalesce


def fill(apps, schema_editor):
    Cause = apps.get_model("causes", "Cause")

    def counted(model_name):
        model = apps.get_model("causes", model_name)
        rows = (
            model.objects.filter(cause=models.OuterRef("pk"))
            .order_by()
            .values("cause")
            .annotate(n=models.Count("pk"))
            .values("n")
        )
        return Coalesce(models.Subquery(rows), 0)

    Cause.objects.update(
        supporter_count=counted("Support"), co_sponsor_count=counted("CoSponsorship")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("causes", "0007_institutions_and_proposals"),
    ]

    operations = [
        migrations.AddField(
            model_name="cause",
            name="co_sponsor_count",
            field=models.PositiveIntegerField(
                default=0, editable=False, verbose_name="co-sponsors"
            ),
        ),
        migrations.AddField(
            model_name="cause",
            name="supporter_count",
            field=models.PositiveIntegerField(
                default=0, editable=False, verbose_name="supporters"
            ),
        ),
        migrations.AddIndex(
            model_name="cause",
            index=models.Index(
                fields=["-supporter_count", "-created_at"], name="cause_most_supported"
            ),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]

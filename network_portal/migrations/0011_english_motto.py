"""The motto in English as someone who writes English well would put it;
a motto a coordinator has changed is left as it is."""

from django.db import migrations

BEFORE = "The strength of civic organisations is in their unification"
AFTER = "The strength of civic organisations lies in their unity"


def reword(apps, schema_editor):
    SiteSettings = apps.get_model("network_portal", "SiteSettings")
    SiteSettings.objects.filter(motto_en=BEFORE).update(motto_en=AFTER)


def back(apps, schema_editor):
    SiteSettings = apps.get_model("network_portal", "SiteSettings")
    SiteSettings.objects.filter(motto_en=AFTER).update(motto_en=BEFORE)


class Migration(migrations.Migration):
    dependencies = [("network_portal", "0010_search_bylines")]

    operations = [migrations.RunPython(reword, back)]

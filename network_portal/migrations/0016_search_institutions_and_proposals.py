from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("network_portal", "0015_search_help"),
    ]

    operations = [
        migrations.AlterField(
            model_name="searchentry",
            name="kind",
            field=models.CharField(
                choices=[
                    ("organisation", "organisations"),
                    ("cause", "causes"),
                    ("meeting", "meetings"),
                    ("activity", "activities"),
                    ("initiative", "partner initiatives"),
                    ("practice", "practices"),
                    ("help", "requests and offers of help"),
                    ("institution", "institutions"),
                    ("proposal", "proposals to institutions"),
                ],
                max_length=20,
            ),
        ),
    ]

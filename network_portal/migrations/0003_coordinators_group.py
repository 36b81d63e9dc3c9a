"""The Coordinators group with the registry permissions coordinators need.

After every migration `network_portal.coordinators` brings the group to the
permissions the code lists; this migration makes it exist from the start."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PERMISSIONS = {
    "network_portal": ["view_sitesettings", "change_sitesettings"],
    "members": [
        "view_organisation",
        "add_organisation",
        "change_organisation",
        "view_historicalorganisation",
        "view_role",
        "add_role",
        "change_role",
        "delete_role",
        "view_historicalrole",
        "view_invitation",
        "add_invitation",
        "view_application",
        "change_application",
        "view_topic",
        "add_topic",
        "change_topic",
        "view_place",
        "view_user",
    ],
}


def create_group(apps, schema_editor):
    # Permissions are made after migrations; make them now to grant them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Coordinators")
    for app_label, codenames in PERMISSIONS.items():
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label=app_label, codename__in=codenames
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("network_portal", "0002_site_settings_texts"),
        ("members", "0003_places_and_topics"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]

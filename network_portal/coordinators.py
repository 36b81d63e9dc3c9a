"""The Coordinators group: network staff with exactly the permissions they need.

Each app lists what its coordinators may do; after every migration the group
is brought to exactly that set, so a permission is granted by code review,
not by hand in the admin.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

GROUP_NAME = "Coordinators"

PERMISSIONS = {
    "network_portal": ["view_sitesettings", "change_sitesettings"],
    "members": ["view_user"],
}


def coordinator_permissions():
    query = Q(pk__in=[])
    for app_label, codenames in PERMISSIONS.items():
        query |= Q(content_type__app_label=app_label, codename__in=codenames)
    return Permission.objects.filter(query)


def sync_coordinators_group(**kwargs):
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    group.permissions.set(coordinator_permissions())
    return group

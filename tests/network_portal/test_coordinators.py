"""Coordinators hold exactly the permissions the apps grant them."""

import pytest
from django.contrib.auth.models import Group

from network_portal.coordinators import PERMISSIONS, sync_coordinators_group

pytestmark = pytest.mark.django_db


def granted(group):
    return {
        (p.content_type.app_label, p.codename)
        for p in group.permissions.select_related("content_type")
    }


def test_migrations_create_the_coordinators_group_with_its_permissions():
    group = Group.objects.get(name="Coordinators")

    expected = {(app, code) for app, codes in PERMISSIONS.items() for code in codes}
    assert granted(group) == expected


def test_a_permission_added_by_hand_is_taken_away_on_the_next_sync():
    group = Group.objects.get(name="Coordinators")
    from django.contrib.auth.models import Permission

    group.permissions.add(Permission.objects.get(codename="delete_user"))

    sync_coordinators_group()

    assert ("members", "delete_user") not in granted(group)

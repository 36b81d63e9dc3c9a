"""The demo network loads once or many times and gives working accounts."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db

User = get_user_model()


def test_seed_demo_creates_the_three_demo_accounts_verified():
    call_command("seed_demo", password="demo-password-1")

    emails = set(User.objects.values_list("email", flat=True))
    assert {
        "coordinator@example.org",
        "editor@example.org",
        "supporter@example.org",
    } <= emails
    for email in emails:
        assert EmailAddress.objects.get(email=email).verified
        assert User.objects.get(email=email).check_password("demo-password-1")


def test_demo_coordinator_is_staff_in_the_group_but_not_superuser():
    call_command("seed_demo", password="demo-password-1")

    coordinator = User.objects.get(email="coordinator@example.org")
    assert coordinator.is_staff
    assert not coordinator.is_superuser
    assert list(coordinator.groups.values_list("name", flat=True)) == ["Coordinators"]


def test_demo_editor_and_supporter_are_not_staff():
    call_command("seed_demo", password="demo-password-1")

    assert not User.objects.get(email="editor@example.org").is_staff
    assert not User.objects.get(email="supporter@example.org").is_staff


def test_seed_demo_is_idempotent():
    call_command("seed_demo", password="first")
    call_command("seed_demo", password="second")

    assert User.objects.filter(email__endswith="@example.org").count() == 3
    assert EmailAddress.objects.count() == 3
    assert User.objects.get(email="editor@example.org").check_password("second")


def test_seed_demo_once_leaves_a_loaded_demo_alone():
    call_command("seed_demo", password="first")

    call_command("seed_demo", "--once", password="second")

    assert User.objects.get(email="editor@example.org").check_password("first")


def test_seed_demo_once_loads_an_empty_database():
    call_command("seed_demo", "--once", password="first")

    assert User.objects.get(email="editor@example.org").check_password("first")

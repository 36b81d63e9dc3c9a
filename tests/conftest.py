"""Fixtures shared by the whole suite: the personas every permission test uses."""

import pytest
from django.core.cache import cache

from network_portal.coordinators import sync_coordinators_group
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _clear_cache():
    # The cache outlives each test's database transaction: start clean.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def owner(db):
    """The person who acts for the organisation under test."""
    return UserFactory(email="owner@example.org")


@pytest.fixture
def other_member(db):
    """A person who acts for another member organisation."""
    return UserFactory(email="other-member@example.org")


@pytest.fixture
def outsider(db):
    """A signed-up supporter with no role in any organisation."""
    return UserFactory(email="outsider@example.org")


@pytest.fixture
def coordinator(db):
    """Network staff: in the Coordinators group, not a superuser."""
    user = UserFactory(email="coordinator@example.org", is_staff=True)
    user.groups.add(sync_coordinators_group())
    return user

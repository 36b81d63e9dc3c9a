"""Who is signed in, read with the page (infrastructure/pagecache/signed_in.py):
the person's row is kept until the data or the row changes, and the session
is read through the page's round trip."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client

from infrastructure.pagecache import store
from members.backends import AuthenticationBackend
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

ENGINE = "infrastructure.pagecache.signed_in"


@pytest.fixture(autouse=True)
def _page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.SESSION_ENGINE = ENGINE


@pytest.fixture
def person(db):
    return UserFactory(email="person@example.org", first_name="Мария")


def signed_in(person):
    client = Client()
    client.force_login(person)
    return client


def test_the_persons_row_is_read_once_until_the_data_changes(
    person, django_assert_num_queries
):
    backend = AuthenticationBackend()
    with django_assert_num_queries(1):
        assert backend.get_user(person.pk) == person

    with django_assert_num_queries(0):
        assert backend.get_user(person.pk) == person


def test_a_saved_row_is_read_again(
    person, django_assert_num_queries, django_capture_on_commit_callbacks
):
    backend = AuthenticationBackend()
    backend.get_user(person.pk)

    with django_capture_on_commit_callbacks(execute=True):
        get_user_model().objects.filter(pk=person.pk).update(first_name="Мара")
        # A save of the last sign-in's time alone changes no page, and still
        # the row is read again.
        person.save(update_fields=["last_login"])

    with django_assert_num_queries(1):
        assert backend.get_user(person.pk).first_name == "Мара"


def test_a_person_made_inactive_is_signed_out_at_once(
    person, django_capture_on_commit_callbacks
):
    client = signed_in(person)
    assert client.get("/dashboard/").status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        person.is_active = False
        person.save()

    assert client.get("/dashboard/").status_code == 302


def test_a_new_password_signs_out_the_persons_other_sessions(
    person, django_capture_on_commit_callbacks
):
    here, elsewhere = signed_in(person), signed_in(person)
    for client in (here, elsewhere):
        assert client.get("/en/dashboard/").status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        changed = here.post(
            "/en/accounts/password/change/",
            {
                "oldpassword": PASSWORD,
                "password1": "a new and long passphrase",
                "password2": "a new and long passphrase",
            },
        )

    assert changed.status_code == 302
    assert here.get("/en/dashboard/").status_code == 200
    assert elsewhere.get("/en/dashboard/").status_code == 302


def test_a_deleted_person_is_forgotten(person, django_capture_on_commit_callbacks):
    client = signed_in(person)
    client.get("/dashboard/")
    remembered = store.value_key(f"user:{person.pk}")
    assert cache.get(remembered) is not None

    with django_capture_on_commit_callbacks(execute=True):
        person.delete()

    assert cache.get(remembered) is None
    assert client.get("/dashboard/").status_code == 302


def test_the_session_is_read_from_what_came_with_the_page(person):
    client = signed_in(person)
    session = client.session
    found = {session.cache_key: {**session.load(), "marked": "with the page"}}

    with store.Prefetched("generation", found, found):
        assert client.session.load()["marked"] == "with the page"
    # Outside a page's round trip: the cache itself.
    assert "marked" not in client.session.load()

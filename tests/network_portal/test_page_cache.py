"""Anonymous visitors get pages from the cache; an edit is seen at once."""

import re
from datetime import timedelta

import pytest
from django.test import Client

from causes.models import Cause
from tests.clock import Clock
from tests.factories import ActivityFactory, UserFactory

pytestmark = pytest.mark.django_db

SESSIONS = "django.contrib.sessions."
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def _page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300


def seen_again(client, person, url):
    """The page as the person sees it the second time, after visitors':
    what their parts keep was kept at the first."""
    Client().get(url)
    client.force_login(person)
    client.get(url)
    return client.get(url)


def test_a_second_anonymous_visit_asks_the_database_nothing(
    client, cause, django_assert_num_queries
):
    first = client.get(cause.get_absolute_url())

    with django_assert_num_queries(0):
        second = Client().get(cause.get_absolute_url())

    assert second.status_code == 200
    assert TOKEN.sub("", second.content.decode()) == TOKEN.sub(
        "", first.content.decode()
    )
    assert second["Content-Type"] == first["Content-Type"]


def test_each_language_and_each_query_is_a_page_of_its_own(client, cause):
    client.get("/causes/")

    english = client.get("/en/causes/").content.decode()
    sorted_ = client.get("/causes/?sort=supported")

    assert "An accessible town" in english
    assert sorted_.context is not None  # rendered, not served from the cache


def test_a_change_is_seen_at_once_by_the_next_visitor(
    client, cause, django_capture_on_commit_callbacks
):
    client.get(cause.get_absolute_url())

    with django_capture_on_commit_callbacks(execute=True):
        cause.title_bg = "Достъпен град за всички"
        cause.save()

    page = Client().get(cause.get_absolute_url()).content.decode()
    assert "Достъпен град за всички" in page


def test_right_after_a_change_one_builds_while_the_others_get_the_page_before(
    client,
    cause,
    django_capture_on_commit_callbacks,
    django_assert_num_queries,
    monkeypatch,
    settings,
):
    from django.test import RequestFactory

    from infrastructure.pagecache import middleware, store

    clock = Clock(1_800_000_000.0)
    monkeypatch.setattr(store, "time", clock)
    url = cause.get_absolute_url()
    client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        cause.title_bg = "Достъпен град за всички"
        cause.save()
    # Another worker is building the page anew: it asked first.
    key = middleware._key(RequestFactory().get(url))
    assert store.kept(key, stale=True)[1] is None

    with django_assert_num_queries(0):
        meanwhile = Client().get(url).content.decode()
    clock.now += settings.PAGE_CACHE_STALE_SECONDS + 1
    later = Client().get(url).content.decode()

    assert "Достъпна градска среда" in meanwhile
    assert "Достъпен град за всички" not in meanwhile
    assert "Достъпен град за всички" in later


def test_support_given_through_the_site_is_counted_on_the_cached_page(
    client, cause, outsider, django_capture_on_commit_callbacks
):
    anonymous = Client()
    assert anonymous.get("/en/causes/").context["causes"][0].supporter_count == 0
    client.force_login(outsider)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/causes/{cause.slug}/support/")

    again = anonymous.get("/en/causes/")
    assert again.context["causes"][0].supporter_count == 1


def test_a_change_rolled_back_keeps_the_pages(
    client, cause, django_capture_on_commit_callbacks, django_assert_num_queries
):
    client.get(cause.get_absolute_url())

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        cause.title_bg = "Никога записано"
        cause.save()

    assert callbacks  # the new generation waits for a commit that never comes
    with django_assert_num_queries(0):
        Client().get(cause.get_absolute_url())


def test_signed_in_people_get_their_own_page(client, cause, outsider):
    Client().get(cause.get_absolute_url())
    client.force_login(outsider)

    page = client.get(cause.get_absolute_url())

    assert page.context["user"] == outsider
    assert "account_logout" not in page.content.decode()
    assert "/accounts/logout/" in page.content.decode()


def test_a_page_seen_signed_in_is_not_given_to_visitors(client, cause, outsider):
    client.force_login(outsider)
    client.get(cause.get_absolute_url())

    page = Client().get(cause.get_absolute_url())

    assert page.context is not None
    assert "/accounts/logout/" not in page.content.decode()


def test_every_visitor_gets_a_csrf_token_of_their_own_that_works(db):
    first = Client(enforce_csrf_checks=True)
    first.get("/members/join/")
    second = Client(enforce_csrf_checks=True)

    page = second.get("/members/join/")

    assert page.context is None  # served from the cache
    (token,) = set(TOKEN.findall(page.content.decode()))
    assert "csrftoken" in page.cookies
    assert "\x00" not in page.content.decode()
    response = second.post("/members/join/", {"csrfmiddlewaretoken": token})
    assert response.status_code == 200  # the form's own errors, not refused
    assert response.context["form"].errors


def test_pages_for_visitors_carry_no_token_and_set_no_cookie(client, cause):
    page = client.get(cause.get_absolute_url())

    assert not TOKEN.search(page.content.decode())
    assert not page.cookies
    assert "/accounts/login/?next=" in page.content.decode()


def test_errors_and_personal_pages_are_not_kept(client, cause):
    client.get("/causes/no-such-cause/")
    assert client.get("/causes/no-such-cause/").context is not None

    user = UserFactory()
    client.force_login(user)
    client.get("/dashboard/")
    client.logout()
    assert Client().get("/dashboard/").status_code == 302


def test_off_when_not_configured(settings, client, cause):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(cause.get_absolute_url())

    assert Client().get(cause.get_absolute_url()).context is not None


def test_figures_are_computed_once_for_signed_in_people_too(
    client, cause, outsider, django_capture_on_commit_callbacks
):
    client.force_login(outsider)
    first = client.get("/transparency/")
    assert first.context["causes_by_status"]  # computed

    with django_capture_on_commit_callbacks() as unchanged:
        again = client.get("/transparency/")
    with django_capture_on_commit_callbacks(execute=True):
        Cause.objects.create(
            proposed_by=cause.proposed_by, title_bg="Втора кауза", summary_bg="x"
        )
    after = client.get("/transparency/")

    assert not unchanged  # reading changed nothing
    assert again.context["causes_by_status"] == first.context["causes_by_status"]
    assert after.context["causes_by_status"] != first.context["causes_by_status"]


def test_open_data_is_the_same_for_everyone_until_a_change(
    client, cause, outsider, organisation, django_assert_max_num_queries
):
    client.force_login(outsider)
    client.get("/open-data/organisations.csv")

    with django_assert_max_num_queries(3):  # the session and the user only
        again = client.get("/open-data/organisations.csv")

    assert organisation.name in again.content.decode()


def test_a_small_dataset_is_kept_whole_like_a_page(
    client, organisation, django_assert_num_queries
):
    first = client.get("/open-data/organisations.csv")

    with django_assert_num_queries(0):
        again = Client().get("/open-data/organisations.csv")

    assert not first.streaming
    assert again.content == first.content


def test_a_large_dataset_is_sent_from_a_file_until_the_data_changes(
    client, organisation, settings, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr("network_portal.views.WHOLE_IN_THE_PAGE_CACHE", 100)
    first = client.get("/open-data/organisations.csv")
    etag = first["ETag"]
    kept, packed = sorted(settings.PAGE_CACHE_FILES.iterdir())
    assert packed.name == f"{kept.name}.gz"

    assert first.streaming
    assert int(first["Content-Length"]) == kept.stat().st_size
    assert organisation.name in b"".join(first.streaming_content).decode()
    assert (
        client.get(
            "/open-data/organisations.csv", headers={"if-none-match": etag}
        ).status_code
        == 304
    )

    with django_capture_on_commit_callbacks(execute=True):
        organisation.name = "Сдружение „Ново име“"
        organisation.save()
    again = client.get("/open-data/organisations.csv", headers={"if-none-match": etag})

    assert again.status_code == 200
    assert again["ETag"] != etag
    assert "Ново име" in b"".join(again.streaming_content).decode()
    assert not kept.exists()  # the old ones are gone
    assert len(list(settings.PAGE_CACHE_FILES.iterdir())) == 2


def test_a_shared_page_is_served_to_signed_in_people_with_their_own_links(
    cause, outsider, django_assert_max_num_queries
):
    Client().get("/en/causes/")  # a visitor's copy
    client = Client(enforce_csrf_checks=True)
    client.force_login(outsider)

    # The session, the user and, once until it changes, their unread count.
    with django_assert_max_num_queries(3):
        client.get("/en/causes/")
    with django_assert_max_num_queries(2):  # the session and the user only
        page = client.get("/en/causes/")

    content = page.content.decode()
    # The visitors' copy, with only the personal parts filled in: the account
    # links were rendered for the person at the first look and kept, and no
    # message waits...
    assert page.templates == []
    assert "An accessible town" in content
    assert "/accounts/logout/" in content  # ...with their own account links
    assert "/accounts/signup/" not in content
    assert "<!--personal" not in content
    (token,) = TOKEN.findall(content)
    # The token on the shared page is the person's own: signing out with it
    # is not refused, and the person is signed out.
    signed_out = client.post("/en/accounts/logout/", {"csrfmiddlewaretoken": token})
    assert signed_out.status_code == 302
    assert signed_out["Location"] == "/en/"
    assert "_auth_user_id" not in client.session
    assert "/accounts/logout/" not in client.get("/en/causes/").content.decode()


def test_the_kept_account_links_show_each_new_notification(cause, outsider):
    from following.models import Notification

    Client().get("/en/causes/")
    client = Client()
    client.force_login(outsider)
    assert "badge--count" not in client.get("/en/causes/").text
    assert "badge--count" not in client.get("/en/causes/").text  # kept

    Notification.objects.create(user=outsider, kind="comment", cause=cause)

    page = client.get("/en/causes/")
    assert 'class="badge badge--count">1' in page.text
    assert "_account_menu.html" in [t.name for t in page.templates]
    # Another person's links are their own.
    other = Client()
    other.force_login(UserFactory(is_staff=True))
    theirs = other.get("/en/causes/").text
    assert "badge--count" not in theirs
    assert ">Administration</a>" in theirs
    assert ">Administration</a>" not in client.get("/en/causes/").text


def test_a_shared_page_carries_the_persons_own_messages(client, cause, outsider):
    Client().get("/en/causes/")
    client.force_login(outsider)
    client.post(f"/en/causes/{cause.slug}/support/")  # "Thank you…", not read

    content = client.get("/en/causes/").content.decode()

    assert "Thank you for supporting this cause." in content
    assert "Thank you" not in Client().get("/en/causes/").content.decode()


def test_a_shared_cause_page_shows_each_person_where_they_stand(
    client, cause, owner, outsider
):
    cause.support(user=outsider)
    url = f"/en{cause.get_absolute_url()}"
    visitor = Client().get(url).content.decode()

    client.force_login(outsider)
    supporter = client.get(url)
    client.force_login(owner)
    editor = client.get(url).content.decode()

    assert "causes/detail.html" not in [t.name for t in supporter.templates]
    assert "You support this cause." in supporter.content.decode()
    assert "You support this cause." not in visitor + editor
    assert "Edit the cause" in editor
    assert "Edit the cause" not in visitor + supporter.content.decode()
    assert "Publish the comment" in editor  # the discussion's own form
    assert "Sign in to take part in the discussion" in visitor


def test_a_page_without_a_visitors_copy_is_rendered_in_full(
    client, organisation, owner
):
    draft = ActivityFactory(organisation=organisation, state="draft")
    client.force_login(owner)

    page = client.get(f"/en{draft.get_absolute_url()}")

    assert page.status_code == 200
    assert "members/activities/detail.html" in [t.name for t in page.templates]


@pytest.mark.parametrize(
    ("person", "sees_the_link"),
    [("owner", True), ("other_member", False), ("outsider", False)],
)
def test_the_shared_profile_and_activity_show_edit_links_to_editors_only(
    client, organisation, request, person, sees_the_link
):
    activity = ActivityFactory(organisation=organisation, state="published")
    pages = {
        organisation.get_absolute_url(): "Edit the profile",
        activity.get_absolute_url(): "Edit the activity",
    }
    for url in pages:
        Client().get(f"/en{url}")
    client.force_login(request.getfixturevalue(person))

    for url, link in pages.items():
        page = client.get(f"/en{url}")
        rendered = [t.name for t in page.templates]
        assert "members/detail.html" not in rendered  # the visitors' copy
        assert "members/activities/detail.html" not in rendered
        assert (link in page.content.decode()) is sees_the_link


def test_a_shared_meeting_page_shows_each_person_their_own_registration(
    client, outsider
):
    from events.models import Registration
    from tests.events.test_meetings import make_meeting

    meeting = make_meeting(
        format="hybrid", online_url="https://meet.example.org/synergy", capacity=5
    )
    Registration.objects.create(
        meeting=meeting, user=outsider, name="Елена", email=outsider.email
    )
    url = f"/en{meeting.get_absolute_url()}"
    visitor = Client().get(url).content.decode()
    client.force_login(outsider)

    mine = client.get(url)
    client.force_login(UserFactory())
    theirs = client.get(url).content.decode()

    assert "events/detail.html" not in [t.name for t in mine.templates]
    assert "You are registered." in mine.content.decode()
    assert "https://meet.example.org/synergy" in mine.content.decode()
    assert "https://meet.example.org/synergy" not in visitor + theirs
    assert 'action="/en/events/' in theirs  # the form to register
    assert "You are registered." not in visitor + theirs


def test_the_kept_parts_of_a_meeting_follow_the_persons_registration(
    client, outsider, django_capture_on_commit_callbacks
):
    from tests.events.test_meetings import make_meeting

    meeting = make_meeting(
        format="hybrid", online_url="https://meet.example.org/synergy", capacity=5
    )
    url = f"/en{meeting.get_absolute_url()}"
    again = seen_again(client, outsider, url)
    # Rendered for the person at the first look, and kept.
    assert "events/_registration.html" not in [t.name for t in again.templates]
    assert "events/_online.html" not in [t.name for t in again.templates]
    assert "5 places left of 5." in again.text

    token = TOKEN.findall(again.text)[0]
    with django_capture_on_commit_callbacks(execute=True):
        registered = client.post(
            f"/en/events/{meeting.slug}/register/", {"csrfmiddlewaretoken": token}
        )

    assert registered.status_code == 302
    page = client.get(url).text
    assert "You are registered." in page
    assert "https://meet.example.org/synergy" in page
    assert "4 places left of 5." in page
    other = Client()
    other.force_login(UserFactory())
    theirs = other.get(url).text
    assert "You are registered." not in theirs
    assert "https://meet.example.org/synergy" not in theirs


def test_a_kept_meeting_part_opens_the_registration_when_it_opens(
    client, outsider, monkeypatch
):
    from django.utils import timezone

    from tests.events.test_meetings import make_meeting

    opens = timezone.now() + timedelta(hours=1)
    meeting = make_meeting(registration_opens_at=opens)
    url = f"/en{meeting.get_absolute_url()}"
    before = seen_again(client, outsider, url)
    assert "events/_registration.html" not in [t.name for t in before.templates]
    assert "Registration opens on" in before.text

    later = opens + timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    after = client.get(url).text

    assert "Registration opens on" not in after
    assert 'action="/en/events/' in after  # the form to register


def test_the_shared_home_page_invites_visitors_only_to_sign_up(client, outsider):
    visitor = Client().get("/en/").content.decode()
    client.force_login(outsider)

    page = client.get("/en/")

    assert "network_portal/home.html" not in [t.name for t in page.templates]
    assert "Become a supporter" in visitor
    assert "Become a supporter" not in page.content.decode()


def test_a_page_whose_object_is_gone_is_left_to_its_view(client, cause, outsider):
    Client().get(f"/en{cause.get_absolute_url()}")
    client.force_login(outsider)
    url = f"/en{cause.get_absolute_url()}"
    cause.delete()  # its transaction is not committed: the copy is still current

    assert client.get(url).status_code == 404


def test_a_signed_in_second_look_asks_only_what_is_the_persons_own(
    client, cause, organisation, outsider, django_assert_num_queries, settings
):
    from tests.events.test_meetings import make_meeting

    activity = ActivityFactory(organisation=organisation, state="published")
    meeting = make_meeting(capacity=5)
    client.force_login(outsider)
    # The session, where it is read from the database (with Redis it comes
    # from the cache, with the page): the person's row, their support of the
    # cause and their registration for the meeting were kept from the first
    # look.
    own = 0 if settings.SESSION_ENGINE == "infrastructure.pagecache.signed_in" else 1
    asked = {
        cause.get_absolute_url(): own,
        meeting.get_absolute_url(): own,
        activity.get_absolute_url(): own,
    }
    for url in asked:
        Client().get(url)  # the visitors' copy
        client.get(url)  # what is kept for them

    for url, queries in asked.items():
        with django_assert_num_queries(queries):
            page = client.get(url)
        assert page.status_code == 200
        rendered = [t.name for t in page.templates]
        assert not any(name.endswith("detail.html") for name in rendered)


def test_the_kept_parts_of_a_cause_follow_the_persons_support(
    client, cause, outsider, django_capture_on_commit_callbacks
):
    url = f"/en{cause.get_absolute_url()}"
    again = seen_again(client, outsider, url)
    # Rendered for the person at the first look, and kept.
    assert "causes/_support.html" not in [t.name for t in again.templates]
    assert "Withdraw your support" not in again.text

    token = TOKEN.findall(again.text)[0]
    with django_capture_on_commit_callbacks(execute=True):
        supported = client.post(
            f"/en/causes/{cause.slug}/support/", {"csrfmiddlewaretoken": token}
        )

    assert supported.status_code == 302
    assert "Withdraw your support" in client.get(url).text
    other = Client()
    other.force_login(UserFactory())
    assert "Withdraw your support" not in other.get(url).text


def test_the_kept_comment_form_is_each_persons_own_until_they_change(
    client, cause, owner, outsider, django_capture_on_commit_callbacks
):
    url = f"/en{cause.get_absolute_url()}"
    Client().get(url)
    client.force_login(owner)
    editors = client.get(url).content.decode()
    client.force_login(outsider)
    client.get(url)

    with django_capture_on_commit_callbacks(execute=True):
        outsider.first_name, outsider.last_name = "Петя", "Колева"
        outsider.save()
    supporters = client.get(url).content.decode()

    assert "Write as" in editors  # the editor may write for their organisation
    assert "Write as" not in supporters
    assert 'value="Петя Колева"' in supporters
    bulgarian = client.get(f"/causes/{cause.slug}/").content.decode()
    assert "Вашият коментар" in bulgarian and "Your comment" not in bulgarian


def test_a_new_editor_sees_the_edit_links_at_once(
    client, organisation, outsider, django_capture_on_commit_callbacks
):
    from members.models import Role
    from tests.factories import RoleFactory

    url = f"/en{organisation.get_absolute_url()}"
    Client().get(url)
    client.force_login(outsider)
    assert "Edit the profile" not in client.get(url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        RoleFactory(user=outsider, organisation=organisation, kind=Role.Kind.EDITOR)

    assert "Edit the profile" in client.get(url).content.decode()


def test_what_a_persons_parts_read_comes_with_the_page_in_one_round_trip(
    client, cause, outsider
):
    from unittest import mock

    from django.core.cache import caches

    Client().get(cause.get_absolute_url())
    client.force_login(outsider)
    client.get(cause.get_absolute_url())  # the parts learn what they read
    backend = caches["default"]

    with (
        mock.patch.object(backend, "get_many", wraps=backend.get_many) as many,
        mock.patch.object(backend, "get", wraps=backend.get) as one,
    ):
        page = client.get(cause.get_absolute_url())

    assert "/accounts/logout/" in page.text
    assert 'action="/follow/cause/' in page.text
    assert many.call_count == 1
    (keys,) = many.call_args.args
    assert any(key.startswith("page-cache:value:cause-personal") for key in keys)
    assert f"followed:{outsider.pk}" in keys
    # The local cache of the tests answers get_many by get: no other read
    # but the session's, where sessions are kept in the cache.
    read = {c.args[0] for c in one.call_args_list}
    assert {key for key in read if not key.startswith(SESSIONS)} <= set(keys)


def test_what_came_with_the_page_is_not_used_once_the_data_changed(
    client, cause, outsider, django_capture_on_commit_callbacks
):
    Client().get(cause.get_absolute_url())
    client.force_login(outsider)
    client.get(cause.get_absolute_url())
    assert "Подкрепете каузата" in client.get(cause.get_absolute_url()).text

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{cause.get_absolute_url()}support/")
    Client().get(cause.get_absolute_url())  # the visitors' copy, anew
    page = client.get(cause.get_absolute_url()).text

    assert "Подкрепяте тази кауза." in page
    assert "Подкрепете каузата" not in page


def test_a_large_dataset_goes_compressed_to_a_client_that_takes_it(
    client, organisation, monkeypatch
):
    import gzip

    monkeypatch.setattr("network_portal.views.WHOLE_IN_THE_PAGE_CACHE", 100)
    plain = client.get("/open-data/organisations.csv")
    text = b"".join(plain.streaming_content)

    packed = client.get(
        "/open-data/organisations.csv", headers={"accept-encoding": "gzip, br"}
    )

    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    assert "Accept-Encoding" in plain["Vary"]
    assert "Content-Encoding" not in plain
    assert gzip.decompress(b"".join(packed.streaming_content)) == text
    assert packed["ETag"] != plain["ETag"]
    again = client.get(
        "/open-data/organisations.csv",
        headers={"accept-encoding": "gzip", "if-none-match": packed["ETag"]},
    )
    assert again.status_code == 304


def test_a_visitors_large_dataset_is_then_sent_by_the_page_cache_itself(
    client, organisation, monkeypatch, settings, django_capture_on_commit_callbacks
):
    import gzip
    from unittest import mock

    from infrastructure import pagecache as page_cache

    monkeypatch.setattr("network_portal.views.WHOLE_IN_THE_PAGE_CACHE", 100)
    url = "/open-data/organisations.csv"
    first = b"".join(client.get(url).streaming_content)

    with mock.patch.object(
        page_cache, "kept_file", side_effect=AssertionError("the view ran")
    ):
        plain = Client().get(url)
        packed = Client().get(url, headers={"accept-encoding": "gzip"})
        unchanged = Client().get(
            url, headers={"accept-encoding": "gzip", "if-none-match": packed["ETag"]}
        )

    assert b"".join(plain.streaming_content) == first
    assert plain["Content-Type"] == "text/csv; charset=utf-8"
    assert plain["Access-Control-Allow-Origin"] == "*"
    assert packed["Content-Encoding"] == "gzip"
    # Read to its end, so that the test client closes it (closed by hand,
    # it would close the test's database connection).
    assert gzip.decompress(b"".join(packed.streaming_content)) == first
    assert unchanged.status_code == 304

    for kept in settings.PAGE_CACHE_FILES.iterdir():
        kept.unlink()  # another server wrote it: this one writes its own
    assert b"".join(Client().get(url).streaming_content) == first

    with django_capture_on_commit_callbacks(execute=True):
        organisation.name = "Сдружение „Ново име“"
        organisation.save()
    assert "Ново име" in b"".join(Client().get(url).streaming_content).decode()

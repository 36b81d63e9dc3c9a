"""Redirects stay on the site whatever `next` says, and every view that takes
a POST refuses one without a CSRF token and changes nothing."""

import html
import itertools
import re
from urllib.parse import urlsplit

import pytest
from allauth.mfa.models import Authenticator
from django.test import Client
from django.urls import NoReverseMatch, URLResolver, get_resolver, resolve, reverse
from django.urls.exceptions import Resolver404
from django.utils import translation

from causes.models import Comment
from events.models import Registration
from tests.events.test_meetings import make_meeting
from tests.factories import PASSWORD, ActivityFactory, UserFactory
from tests.security.hostile import assert_no_raw_markup, snapshot

pytestmark = pytest.mark.django_db

EVIL = [
    "//evil.example",
    "https://evil.example",
    "http://evil.example/",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "///evil.example",
    "////evil.example",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "java\tscript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http:evil.example",
    "https:/evil.example",
    "http:/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    " //evil.example",
    "\t//evil.example",
    "http://testserver@evil.example",
    "https://evil.example\\@testserver",
    "https://evil.example#@testserver",
    "//evil.example/%2F..",
    "\r\nLocation: https://evil.example",
    "//evil。example",
    "//evil\u3002example",
    "\x00//evil.example",
]


def on_site(location):
    """Where a browser would go from this Location stays on the site: tabs,
    newlines and outer whitespace dropped, backslashes read as slashes."""
    cleaned = re.sub(r"[\t\n\r]", "", location).strip("\x00 \x0b\x0c")
    cleaned = cleaned.replace("\\", "/")
    parts = urlsplit(cleaned)
    if parts.scheme:
        return parts.scheme in ("http", "https") and parts.netloc == "testserver"
    return not cleaned.startswith("//") and parts.netloc == ""


def test_the_judge_of_redirects_is_strict():
    assert on_site("/causes/")
    assert on_site("http://testserver/causes/")
    assert on_site("/en/?next=//evil.example")
    for evil in EVIL:
        assert not on_site(evil.replace("\r\nLocation: ", "")), evil


def off_site_links(response):
    """The addresses a page links to, or sends a form to, off the site."""
    page = response.content.decode()
    links = re.findall(r'(?:href|action|src)="([^"]*)"', page)
    return {link for link in links if not on_site(html.unescape(link))}


def assert_stays(response, evil):
    assert response.status_code in (301, 302, 303), (evil, response.status_code)
    location = response["Location"]
    assert on_site(location), (evil, location)
    assert "\n" not in location and "\r" not in location


@pytest.mark.parametrize("evil", EVIL)
def test_signing_in_never_leaves_the_site(client, outsider, evil):
    response = client.post(
        "/accounts/login/",
        {"login": outsider.email, "password": PASSWORD, "next": evil},
    )

    assert_stays(response, evil)
    assert client.session["_auth_user_id"] == str(outsider.pk)


@pytest.mark.parametrize("evil", EVIL)
def test_the_sign_in_page_of_a_signed_in_person_never_leaves_the_site(
    client, outsider, evil
):
    client.force_login(outsider)

    response = client.get("/accounts/login/", {"next": evil})

    assert_stays(response, evil)


@pytest.mark.parametrize("evil", EVIL)
def test_the_sign_in_page_does_not_offer_a_hostile_next(client, evil):
    plain = client.get("/accounts/login/")

    response = client.get("/accounts/login/", {"next": evil})

    assert response.status_code == 200
    assert_no_raw_markup(response.content)
    assert off_site_links(response) <= off_site_links(plain)


@pytest.mark.parametrize("evil", EVIL)
def test_signing_up_never_leaves_the_site(client, evil):
    response = client.post(
        "/accounts/signup/",
        {
            "email": "new.person@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "next": evil,
        },
    )

    assert_stays(response, evil)


@pytest.mark.parametrize("evil", EVIL)
def test_signing_out_never_leaves_the_site(client, outsider, evil):
    client.force_login(outsider)

    response = client.post("/accounts/logout/", {"next": evil})

    assert_stays(response, evil)
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("evil", EVIL)
def test_confirming_the_password_never_leaves_the_site(client, outsider, evil):
    client.force_login(outsider)

    response = client.post(
        "/accounts/reauthenticate/", {"password": PASSWORD, "next": evil}
    )

    assert_stays(response, evil)


@pytest.mark.parametrize("evil", EVIL)
def test_cancelling_a_registration_never_leaves_the_site(client, outsider, evil):
    meeting = make_meeting(capacity=10)
    registration = Registration.objects.create(
        meeting=meeting, user=outsider, name="Иван", email=outsider.email
    )
    client.force_login(outsider)

    response = client.post(
        f"/events/registrations/{registration.pk}/cancel/", {"next": evil}
    )

    assert_stays(response, evil)
    assert response["Location"] == meeting.get_absolute_url()


@pytest.mark.parametrize("evil", EVIL)
def test_signing_out_of_the_admin_never_leaves_the_site(coordinator_client, evil):
    response = coordinator_client.post("/admin/logout/", {"next": evil})

    assert_stays(response, evil)
    assert "_auth_user_id" not in coordinator_client.session


def test_cancelling_returns_to_a_page_of_the_site_when_asked(client, outsider):
    meeting = make_meeting(capacity=10)
    registration = Registration.objects.create(
        meeting=meeting, user=outsider, name="Иван", email=outsider.email
    )
    client.force_login(outsider)

    response = client.post(
        f"/events/registrations/{registration.pk}/cancel/",
        {"next": "/dashboard/meetings/"},
    )

    assert response["Location"] == "/dashboard/meetings/"


def test_there_is_no_language_switch_view_to_misuse(client):
    # The switcher is a pair of links to the page in each language.
    for path in ("/i18n/setlang/", "/setlang/", "/en/i18n/setlang/"):
        with pytest.raises(Resolver404):
            resolve(path)


@pytest.mark.parametrize(
    "path",
    [
        "//evil.example/",
        "///evil.example/",
        "//evil.example/causes/",
        "/\\evil.example/",
        "/\t/evil.example/",
        "/%2F/evil.example/",
        "/en//evil.example/",
    ],
)
def test_a_path_that_looks_like_another_site_is_linked_to_nowhere_else(client, path):
    plain = client.get("/no-such-page/")

    response = client.get("/", PATH_INFO=path)

    assert response.status_code == 404
    assert off_site_links(response) <= off_site_links(plain)


# CSRF


def routes():
    """(name, its named arguments, how many unnamed) of every named URL."""

    def arguments(pattern):
        named = tuple(getattr(pattern.pattern, "converters", {}))
        regex = getattr(pattern.pattern, "regex", None)
        if regex is None:
            return named, 0
        named = named or tuple(regex.groupindex)
        return named, regex.groups - len(regex.groupindex)

    def walk(patterns, namespace="", groups=(), unnamed=0):
        for pattern in patterns:
            own, own_unnamed = arguments(pattern)
            if isinstance(pattern, URLResolver):
                prefix = (
                    f"{namespace}{pattern.namespace}:"
                    if pattern.namespace
                    else namespace
                )
                yield from walk(
                    pattern.url_patterns, prefix, groups + own, unnamed + own_unnamed
                )
            elif pattern.name:
                yield f"{namespace}{pattern.name}", groups + own, unnamed + own_unnamed

    return sorted(set(walk(get_resolver().url_patterns)))


def candidates(name, group, objects):
    slug = {
        "causes": objects["cause"].slug,
        "events": objects["meeting"].slug,
        "activities": objects["activity"].slug,
    }.get(name.split(":")[0], objects["organisation"].slug)
    return {
        "slug": [slug],
        "pk": [str(objects["pk"])],
        "object_id": [str(objects["pk"])],
        "content_type_id": ["1"],
        "app_label": ["members", "causes", "events"],
        "action": ["publish"],
        "dataset": ["organisations"],
        "extension": ["csv"],
        "token": ["x"],
        "key": ["x"],
        "uidb36": ["x"],
    }.get(group, ["x", "1"])


def urls_of(name, groups, unnamed, objects):
    args = ["1"] * unnamed or None
    for values in itertools.product(*(candidates(name, g, objects) for g in groups)):
        kwargs = dict(zip(groups, values, strict=True)) or None
        try:
            found = reverse(name, args=args, kwargs=kwargs)
        except NoReverseMatch:
            continue
        with translation.override("en"):
            return {found, reverse(name, args=args, kwargs=kwargs)}
    return set()


@pytest.fixture
def objects(organisation, owner, cause):
    comment = Comment.objects.create(cause=cause, author=UserFactory(), body="Текст")
    return {
        "organisation": organisation,
        "cause": cause,
        "meeting": make_meeting(capacity=10),
        "activity": ActivityFactory(organisation=organisation),
        "pk": comment.pk,
    }


@pytest.fixture
def strict_client(coordinator, owner):
    """A coordinator who also edits the organisation, in a browser that
    sends no CSRF token unless the page gave one."""
    from members.models import Role

    Role.objects.create(user=coordinator, organisation=owner.roles.get().organisation)
    Authenticator.objects.create(
        user=coordinator, type=Authenticator.Type.TOTP, data={"secret": "x"}
    )
    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator)
    return client


def is_csrf_refusal(response):
    return response.status_code == 403 and b"CSRF" in response.content


def test_every_post_without_a_token_is_refused_and_changes_nothing(
    strict_client, objects
):
    urls = set()
    unresolved = []
    for name, groups, unnamed in routes():
        found = urls_of(name, groups, unnamed, objects)
        if not found:
            unresolved.append(name)
        urls |= found
    before = snapshot()

    answers = {
        url: strict_client.post(url, {"reason": "x", "body": "x"})
        for url in sorted(urls)
    }

    not_refused = {
        url: response.status_code
        for url, response in answers.items()
        if not is_csrf_refusal(response)
    }
    # The exceptions, by design: unsubscribing from the newsletter or the
    # digest with one click (RFC 8058) is a POST from the mail program,
    # without a CSRF token; the secret token is the check (tests/
    # network_portal/test_newsletter.py, tests/following/test_digest.py),
    # and a wrong one changes nothing.
    assert set(not_refused) == {
        "/newsletter/unsubscribe/x/",
        "/en/newsletter/unsubscribe/x/",
        "/digest/unsubscribe/x/",
        "/en/digest/unsubscribe/x/",
    }
    assert not unresolved
    assert snapshot() == before
    # The site's own views, the accounts' and the admin's are all there.
    for expected in (
        "/causes/",
        f"/causes/{objects['cause'].slug}/support/",
        f"/events/{objects['meeting'].slug}/register/",
        "/accounts/login/",
        "/en/accounts/logout/",
        "/admin/members/organisation/add/",
        "/members/join/",
    ):
        assert expected in urls, expected
    assert len(urls) > 150


def test_anonymous_posts_without_a_token_are_refused(objects):
    client = Client(enforce_csrf_checks=True)
    before = snapshot()

    for url in [
        "/members/join/",
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/password/reset/",
        f"/causes/{objects['cause'].slug}/support/",
    ]:
        assert is_csrf_refusal(client.post(url, {"email": "a@example.org"})), url

    assert snapshot() == before


def test_a_post_with_a_wrong_token_is_refused(strict_client, objects):
    cause = objects["cause"]
    strict_client.get(cause.get_absolute_url())

    response = strict_client.post(
        f"{cause.get_absolute_url()}support/", {"csrfmiddlewaretoken": "x" * 64}
    )

    assert is_csrf_refusal(response)
    assert not cause.supports.exists()


def test_the_same_posts_with_the_token_of_the_page_are_taken(strict_client, objects):
    """The refusals above are the token's doing: with it, the views act."""
    cause = objects["cause"]
    strict_client.get(cause.get_absolute_url())
    token = strict_client.cookies["csrftoken"].value

    supported = strict_client.post(
        f"{cause.get_absolute_url()}support/", {"csrfmiddlewaretoken": token}
    )
    commented = strict_client.post(
        f"{cause.get_absolute_url()}comments/",
        {"csrfmiddlewaretoken": token, "body": "Подкрепям."},
    )
    signed_out = strict_client.post("/accounts/logout/", {"csrfmiddlewaretoken": token})

    assert supported.status_code == commented.status_code == 302
    assert cause.supports.count() == 1
    assert Comment.objects.filter(body="Подкрепям.").exists()
    assert signed_out.status_code == 302
    assert "_auth_user_id" not in strict_client.session

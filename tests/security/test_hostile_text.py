"""Hostile text: every public and member form and every query parameter of
the lists answers over-long values, wrong types, NUL bytes, odd Unicode and
markup calmly — a form error or a normal page, never a 500, never the markup
back unescaped, never half a save."""

import html
import itertools
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.utils import translation
from django.utils.translation import gettext, ngettext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from causes.models import Cause, Comment, CommentReport, CoSponsorship, Status
from events.models import Registration
from infrastructure.markup import ALLOWED_TAGS, render_markdown
from members.models import (
    Activity,
    ActivityPhoto,
    Application,
    Invitation,
    Result,
    Topic,
)
from members.models import Organisation as OrganisationModel
from network_portal import search
from tests.events.test_meetings import make_meeting
from tests.factories import (
    ActivityFactory,
    OrganisationFactory,
    UserFactory,
    place,
    topic,
)
from tests.security.hostile import (
    FORM_VALUES,
    LONG,
    MARKUP,
    NUL,
    QUERY_VALUES,
    SCRIPT,
    assert_no_raw_markup,
    counts,
    form_errors,
)

pytestmark = pytest.mark.django_db

HYPOTHESIS_REQUESTS = settings(
    max_examples=15,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
HYPOTHESIS_FUNCTIONS = settings(max_examples=100, deadline=None, database=None)


def bulgarian(message):
    with translation.override("bg"):
        return gettext(message)


NUL_REFUSED = "Null characters are not allowed."


@pytest.fixture
def world(organisation, owner, cause):
    """A little of everything the lists show: a member with an activity, a
    cause, a meeting open for registration."""
    activity = ActivityFactory(
        organisation=organisation, title_bg="Почистване на парка"
    )
    meeting = make_meeting(capacity=100)
    return {"activity": activity, "meeting": meeting}


# Query parameters of the lists and the search

LIST_PAGES = {
    "/members/": ["kind", "topic", "municipality"],
    "/activities/": ["organisation", "topic", "kind", "year"],
    "/causes/": ["status", "topic", "sort"],
    "/initiatives/": ["status"],
    "/events/": ["when", "kind"],
    "/search/": ["q", "type"],
    "/transparency/": ["year"],
}
EACH_ALONE = [NUL[0], SCRIPT, "9" * 30, LONG, "-1"]


def check_calm(response, where, failures, status=200):
    if response.status_code != status:
        failures.append(f"{where}: {response.status_code}")
        return
    try:
        assert_no_raw_markup(response.content, where)
    except AssertionError as error:
        failures.append(str(error))


@pytest.mark.parametrize("path", LIST_PAGES)
def test_list_pages_answer_hostile_query_parameters_with_a_normal_page(
    client, world, path
):
    names = LIST_PAGES[path]
    failures = []
    for value in QUERY_VALUES:
        response = client.get(path, dict.fromkeys(names, value))
        check_calm(response, f"{path} all={value[:30]!r}", failures)
    for name, value in itertools.product(names, EACH_ALONE):
        response = client.get(path, {name: value})
        check_calm(response, f"{path} {name}={value[:30]!r}", failures)
    for name in names:
        response = client.get(path, {name: ["a", "б", "\x00"], f"{name}[]": "x"})
        check_calm(response, f"{path} {name} as an array", failures)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("path", LIST_PAGES)
def test_lone_surrogates_and_broken_utf8_in_the_query_are_replaced(client, world, path):
    names = LIST_PAGES[path]
    query = "&".join(f"{name}=%ED%A0%80%FF%FE%C0%AF{name}" for name in names)

    response = client.get(f"{path}?{query}")

    assert response.status_code == 200
    assert_no_raw_markup(response.content)


def test_too_many_query_parameters_are_a_bad_request(client, world):
    query = "&".join(f"p{number}=1" for number in range(1100))

    response = client.get(f"/causes/?{query}")

    assert response.status_code == 400


PAGINATED = ["/members/", "/activities/", "/causes/", "/initiatives/", "/events/"]


@pytest.mark.parametrize("path", PAGINATED)
@pytest.mark.parametrize(
    ("page", "status"),
    [
        ("1", 200),
        ("last", 200),
        ("", 200),
        ("abc", 404),
        ("-1", 404),
        ("0", 404),
        ("999999", 404),
        ("1.5", 404),
        ("1\x00", 404),
        ("9" * 5000, 404),
        (["1", "abc"], 404),
    ],
    ids=[
        "1",
        "last",
        "empty",
        "letters",
        "negative",
        "zero",
        "far",
        "fraction",
        "nul",
        "5000-digits",
        "array",
    ],
)
def test_a_page_number_that_is_no_page_is_not_found(client, world, path, page, status):
    response = client.get(path, {"page": page})

    assert response.status_code == status
    if status == 404:
        assert "404.html" in [template.name for template in response.templates]


@pytest.mark.parametrize(
    "page", ["abc", "-1", "0", "999999", "1.5", "1\x00", "9" * 5000, ["2", "x"]]
)
def test_search_shows_its_first_page_for_any_page_number(client, world, page):
    response = client.get("/search/", {"q": "парка", "page": page})

    assert response.status_code == 200
    assert response.context["page_obj"].number == 1


@pytest.mark.parametrize("value", [*QUERY_VALUES[:20], "\x00", "EN", "en\x00"])
def test_open_data_in_an_unknown_language_is_not_found(client, world, value):
    response = client.get("/open-data/organisations.csv", {"lang": value})

    assert response.status_code == 404


def test_open_data_in_english_is_found(client, world):
    response = client.get("/open-data/organisations.csv?lang=en")

    assert response.status_code == 200
    assert world["activity"].organisation.name_en in response.content.decode()
    assert world["activity"].organisation.name_bg not in response.content.decode()


@pytest.mark.parametrize(
    "segment", ["\x00", "a\x00b", "<script>", "\u202e", "я" * 300, "../..", "%00"]
)
def test_hostile_path_segments_are_not_found(client, owner, world, segment):
    quoted = quote(segment, safe="")
    client.force_login(owner)
    activity = world["activity"]

    invitation = client.get(f"/members/invitations/{quoted}/")
    action = client.post(
        f"/dashboard/organisations/{activity.organisation.slug}/activities/"
        f"{activity.pk}/{quoted}/"
    )
    organisation = client.get(f"/members/{quoted}/")

    assert invitation.status_code == 404
    assert action.status_code == 404
    assert organisation.status_code == 404
    assert_no_raw_markup(invitation.content)


# The forms, field by field


@dataclass
class FormCase:
    """How to post one form with good data, which of its fields take free
    text and which a format, and what must stay unchanged when it refuses."""

    name: str
    persona: str | None
    url: object  # (world) -> str
    data: object  # (world) -> dict
    text_fields: list = field(default_factory=list)
    format_fields: list = field(default_factory=list)
    watched: object = None  # (world) -> anything comparable
    shown_on: object = None  # (world) -> the public page of what was saved
    refused_status: int = 200


_numbers = itertools.count()


def application(world):
    return {
        "name": "Група „Читатели“",
        "kind": "informal_group",
        "eik": "",
        "municipality": place("kazanlak").pk,
        "settlement": "Казанлък",
        "contact_name": "Петя Колева",
        "contact_email": "petya@example.org",
        "phone": "",
        "website": "",
        "description": "Клуб за четене.",
        "topics": [topic("education").pk],
        "consent": "on",
    }


def profile(world):
    organisation = OrganisationModel.objects.get(pk=world["organisation"].pk)
    return {
        "name_bg": organisation.name_bg,
        "name_en": "Green Bulgaria",
        "short_name_bg": "",
        "short_name_en": "",
        "municipality": organisation.municipality.pk,
        "settlement_bg": "Стара Загора",
        "settlement_en": "Stara Zagora",
        "address_bg": "",
        "address_en": "",
        "email": "green@example.org",
        "phone": "",
        "website": "",
        "facebook": "",
        "instagram": "",
        "youtube": "",
        "linkedin": "",
        "description_bg": "Работим за общността.",
        "description_en": "",
        "mission_bg": "",
        "mission_en": "",
        "topics": [topic("environment").pk],
        "founded_year": "2001",
    }


def activity(world):
    return {
        "title_bg": "Почистване",
        "title_en": "Clean-up",
        "summary_bg": "Почистихме парка.",
        "summary_en": "",
        "body_bg": "",
        "body_en": "",
        "kind": "volunteering",
        "starts_on": "2026-05-10",
        "ends_on": "",
        "place": place("stara-zagora").pk,
        "location_bg": "",
        "location_en": "",
        "topics": [topic("environment").pk],
        "publish": "",
        "photos-TOTAL_FORMS": "1",
        "photos-INITIAL_FORMS": "0",
        "photos-MIN_NUM_FORMS": "0",
        "photos-MAX_NUM_FORMS": "12",
        "results-TOTAL_FORMS": "1",
        "results-INITIAL_FORMS": "0",
        "results-MIN_NUM_FORMS": "0",
        "results-MAX_NUM_FORMS": "20",
        "results-0-statement_bg": "Събрахме 40 чувала.",
        "results-0-statement_en": "",
        "results-0-indicator": "",
        "results-0-value": "",
        "results-0-evidence_url": "",
    }


def cause_proposal(world):
    return {
        "title_bg": "Повече пейки",
        "title_en": "",
        "summary_bg": "Пейки в парка.",
        "summary_en": "",
        "description_bg": "",
        "description_en": "",
        "topics": [topic("environment").pk],
        "image_alt_bg": "",
        "image_alt_en": "",
    }


def latest(model):
    return model.objects.order_by("-pk").first()


def dashboard(world, rest=""):
    # The profile form renames the organisation, and its slug with it.
    slug = OrganisationModel.objects.get(pk=world["organisation"].pk).slug
    return f"/dashboard/organisations/{slug}/{rest}"


FORMS = [
    FormCase(
        "join",
        None,
        url=lambda w: "/members/join/",
        data=application,
        text_fields=["name", "settlement", "contact_name", "phone", "description"],
        format_fields=[
            "kind",
            "eik",
            "municipality",
            "contact_email",
            "website",
            "topics",
            "consent",
        ],
        watched=lambda w: counts(Application),
    ),
    FormCase(
        "profile",
        "owner",
        url=lambda w: dashboard(w),
        data=profile,
        text_fields=[
            "name_bg",
            "name_en",
            "short_name_bg",
            "short_name_en",
            "settlement_bg",
            "settlement_en",
            "address_bg",
            "address_en",
            "phone",
            "description_bg",
            "description_en",
            "mission_bg",
            "mission_en",
        ],
        format_fields=[
            "municipality",
            "email",
            "website",
            "facebook",
            "instagram",
            "youtube",
            "linkedin",
            "topics",
            "founded_year",
        ],
        watched=lambda w: list(
            OrganisationModel.objects.filter(pk=w["organisation"].pk).values_list()
        ),
        shown_on=lambda w: OrganisationModel.objects.get(
            pk=w["organisation"].pk
        ).get_absolute_url(),
    ),
    FormCase(
        "invitation",
        "owner",
        url=lambda w: dashboard(w, "people/"),
        data=lambda w: {"email": f"new{next(_numbers)}@example.org", "role": "editor"},
        format_fields=["email", "role"],
        watched=lambda w: counts(Invitation),
    ),
    FormCase(
        "activity",
        "owner",
        url=lambda w: dashboard(w, "activities/new/"),
        data=activity,
        text_fields=[
            "title_bg",
            "title_en",
            "summary_bg",
            "summary_en",
            "body_bg",
            "body_en",
            "location_bg",
            "location_en",
            "results-0-statement_bg",
            "results-0-statement_en",
        ],
        format_fields=[
            "kind",
            "starts_on",
            "ends_on",
            "place",
            "topics",
            "co_organisers",
            "institutions",
            "causes",
            "results-0-indicator",
            "results-0-value",
            "results-0-evidence_url",
            "photos-TOTAL_FORMS",
            "results-TOTAL_FORMS",
            "results-INITIAL_FORMS",
        ],
        watched=lambda w: counts(Activity, ActivityPhoto, Result),
        shown_on=lambda w: latest(Activity).get_absolute_url(),
    ),
    FormCase(
        "activity photo texts",
        "owner",
        url=lambda w: dashboard(w, "activities/new/"),
        data=activity,
        text_fields=[
            "photos-0-alt_text_bg",
            "photos-0-alt_text_en",
            "photos-0-caption_bg",
        ],
        watched=lambda w: counts(Activity, ActivityPhoto, Result),
    ),
    FormCase(
        "cause",
        "owner",
        url=lambda w: dashboard(w, "causes/new/"),
        data=cause_proposal,
        text_fields=[
            "title_bg",
            "title_en",
            "summary_bg",
            "summary_en",
            "description_bg",
            "description_en",
            "image_alt_bg",
            "image_alt_en",
        ],
        format_fields=["topics"],
        watched=lambda w: counts(Cause),
        shown_on=lambda w: latest(Cause).get_absolute_url(),
    ),
    FormCase(
        "comment",
        "owner",
        url=lambda w: f"{w['cause'].get_absolute_url()}comments/",
        data=lambda w: {"body": "Подкрепям.", "author_name": "", "organisation": ""},
        text_fields=["body", "author_name"],
        format_fields=["organisation"],
        watched=lambda w: counts(Comment),
        shown_on=lambda w: w["cause"].get_absolute_url(),
    ),
    FormCase(
        "colleague",
        "owner",
        url=lambda w: dashboard(w, "meetings/"),
        data=lambda w: {
            "meeting": w["meeting"].pk,
            "name": "Иван Иванов",
            "email": f"colleague{next(_numbers)}@example.org",
        },
        text_fields=["name"],
        format_fields=["meeting", "email"],
        watched=lambda w: counts(Registration),
        shown_on=lambda w: dashboard(w, "meetings/"),
    ),
    FormCase(
        "register",
        "owner",
        url=lambda w: f"{w['meeting'].get_absolute_url()}register/",
        data=lambda w: {"organisation": ""},
        format_fields=["organisation"],
        watched=lambda w: counts(Registration),
        refused_status=403,
    ),
    FormCase(
        "co-sponsor",
        "other_member",
        url=lambda w: f"{w['cause'].get_absolute_url()}co-sponsor/",
        data=lambda w: {"organisation": w["other_organisation"].pk, "action": ""},
        format_fields=["organisation"],
        watched=lambda w: counts(CoSponsorship),
        refused_status=403,
    ),
]


@pytest.fixture
def form_world(world, organisation, other_organisation, cause, settings, monkeypatch):
    # Hostile values are sent far more often than the limits allow.
    settings.RATE_LIMITS = dict.fromkeys(settings.RATE_LIMITS, (100_000, 3600))
    monkeypatch.setattr("members.services.APPLICATIONS_PER_HOUR", 100_000)
    return {
        **world,
        "organisation": organisation,
        "other_organisation": other_organisation,
        "cause": cause,
    }


def size(data):
    values = [
        v
        for value in data.values()
        for v in (value if isinstance(value, list) else [value])
    ]
    return sum(len(str(value).encode()) for value in values)


def post_and_judge(client, case, w, data, where, failures, *, capture, must_refuse):
    before = case.watched(w)
    try:
        # What a saved form sends by e-mail is part of the answer.
        with capture(execute=True):
            response = client.post(case.url(w), data)
    except Exception as error:
        failures.append(f"{where}: {type(error).__name__}: {str(error)[:200]}")
        return
    if (
        response.status_code == 400
        and size(data) > django_settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    ):
        # Over the request's limit: Django refuses it before the view.
        if case.watched(w) != before:
            failures.append(f"{where}: refused as too big but saved")
        return
    if response.status_code == 302:
        if must_refuse:
            failures.append(f"{where}: accepted")
        elif case.shown_on:
            check_calm(client.get(case.shown_on(w)), f"{where} shown", failures)
        return
    if response.status_code != case.refused_status:
        failures.append(f"{where}: {response.status_code}")
        return
    if case.watched(w) != before:
        failures.append(f"{where}: refused but saved")
    if case.refused_status == 200:
        if not form_errors(response):
            failures.append(f"{where}: refused without a form error")
        check_calm(response, where, failures)


@pytest.mark.parametrize("case", FORMS, ids=[case.name for case in FORMS])
def test_forms_refuse_or_save_hostile_text_calmly(
    request, client, form_world, case, django_capture_on_commit_callbacks
):
    if case.persona:
        client.force_login(request.getfixturevalue(case.persona))
    w = form_world
    # The good data is saved: what follows tests the fields, not the case.
    baseline = client.post(case.url(w), case.data(w))
    assert baseline.status_code == 302, form_errors(baseline)
    failures = []
    for value, fields in itertools.product(
        FORM_VALUES, [case.text_fields, case.format_fields]
    ):
        if not fields:
            continue
        post_and_judge(
            client,
            case,
            w,
            {**case.data(w), **dict.fromkeys(fields, value)},
            f"{case.name} {fields[0]}…={value[:30]!r}",
            failures,
            capture=django_capture_on_commit_callbacks,
            must_refuse=value in NUL or (value == LONG and fields == case.text_fields),
        )
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    "case",
    [case for case in FORMS if case.text_fields],
    ids=[case.name for case in FORMS if case.text_fields],
)
def test_a_nul_byte_in_any_text_field_is_a_form_error_in_the_users_language(
    request, client, form_world, case
):
    if case.persona:
        client.force_login(request.getfixturevalue(case.persona))
    w = form_world
    for name in case.text_fields:
        before = case.watched(w)

        response = client.post(case.url(w), {**case.data(w), name: "до\x00бре"})

        assert response.status_code == 200, name
        assert case.watched(w) == before, name
        messages = form_errors(response)
        assert bulgarian(NUL_REFUSED) in messages, (name, messages)
        assert bulgarian(NUL_REFUSED) != NUL_REFUSED


def test_a_nul_byte_in_a_withdrawal_reason_is_refused(client, owner, cause):
    client.force_login(owner)

    response = client.post(f"{cause.get_absolute_url()}withdraw/", {"reason": "a\x00b"})

    cause.refresh_from_db()
    assert response.status_code == 200
    assert cause.status == Status.PROPOSED
    assert bulgarian(NUL_REFUSED) in response.content.decode()


@pytest.mark.parametrize(
    "reason", [*MARKUP, "\u202e\u200b\ufeff👩🏽\u200d🚀", "я" * 999, "\r\nX: y"]
)
def test_a_withdrawal_keeps_any_reason_and_shows_it_escaped(
    client, owner, organisation, reason
):
    cause = Cause.objects.create(
        proposed_by=organisation, title_bg="Кауза", summary_bg="x"
    )
    client.force_login(owner)

    response = client.post(f"{cause.get_absolute_url()}withdraw/", {"reason": reason})

    cause.refresh_from_db()
    assert response.status_code == 302
    assert cause.status == Status.WITHDRAWN
    kept = reason.strip()  # a text field's outer white space is not kept
    assert cause.history.last().reason == kept
    page = client.get(cause.get_absolute_url())
    assert page.status_code == 200
    assert_no_raw_markup(page.content)
    assert html.escape(kept) in page.content.decode()


@pytest.mark.parametrize("reason", [*FORM_VALUES])
def test_a_report_with_any_reason_is_recorded_without_a_nul(
    client, settings, cause, outsider, reason
):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "report": (100_000, 3600)}
    comment = Comment.objects.create(cause=cause, author=UserFactory(), body="Текст")
    client.force_login(outsider)

    response = client.post(f"/causes/comments/{comment.pk}/report/", {"reason": reason})

    assert response.status_code == 302
    report = CommentReport.objects.get(comment=comment)
    assert "\x00" not in report.reason
    assert len(report.reason) <= 300


@pytest.mark.parametrize(
    "url",
    ["/accounts/login/", "/accounts/signup/", "/accounts/password/reset/"],
)
def test_account_forms_answer_hostile_text_with_a_form_error(client, outsider, url):
    failures = []
    for value in FORM_VALUES:
        data = {
            "login": value,
            "email": value,
            "password": value,
            "password1": value,
            "password2": value,
        }
        with translation.override("bg"):
            response = client.post(url, data)
        # A fresh window for each value: the limits have their own tests.
        cache.clear()
        where = f"{url} {value[:30]!r}"
        if response.status_code != 200:
            failures.append(f"{where}: {response.status_code}")
            continue
        if not response.context["form"].errors:
            failures.append(f"{where}: no form error")
        check_calm(response, where, failures)
    assert not failures, "\n".join(failures)


def test_a_form_posted_with_lone_surrogates_saves_replacement_characters(
    client, form_world, owner, cause
):
    client.force_login(owner)
    body = "body=%ED%A0%80%ED%B0%80%FF+%3Cscript%3Ealert(1)%3C%2Fscript%3E"

    response = client.post(
        f"{cause.get_absolute_url()}comments/",
        body,
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 302
    comment = Comment.objects.get()
    assert "\ufffd" in comment.body
    assert_no_raw_markup(client.get(cause.get_absolute_url()).content)


def test_a_body_over_the_request_limit_is_a_bad_request(
    client, form_world, owner, cause
):
    client.force_login(owner)

    response = client.post(
        f"{cause.get_absolute_url()}comments/", {"body": "я" * 2_000_000}
    )

    assert response.status_code == 400
    assert not Comment.objects.exists()


def test_too_many_form_fields_are_a_bad_request(client, form_world, owner, cause):
    client.force_login(owner)
    data = {f"field{number}": "x" for number in range(1100)}

    response = client.post(
        f"{cause.get_absolute_url()}comments/", {"body": "x", **data}
    )

    assert response.status_code == 400
    assert not Comment.objects.exists()


# Hypothesis: the comment box and the search box, end to end

TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=300) | st.sampled_from(
    [*MARKUP, *NUL, LONG[:2001]]
)


@given(body=TEXT)
@HYPOTHESIS_REQUESTS
def test_any_comment_is_saved_as_written_or_refused_with_a_message(
    client, form_world, outsider, cause, body
):
    client.force_login(outsider)
    before = Comment.objects.count()

    response = client.post(f"{cause.get_absolute_url()}comments/", {"body": body})

    cleaned = body.strip()
    if "\x00" in body or not cleaned or len(cleaned) > 2000:
        assert response.status_code == 200
        assert Comment.objects.count() == before
        assert response.context["comment_form"].errors["body"]
    else:
        assert response.status_code == 302
        assert latest(Comment).body == cleaned
    page = client.get(cause.get_absolute_url())
    assert page.status_code == 200
    assert_no_raw_markup(page.content)
    if "\x00" not in body and cleaned and len(cleaned) <= 2000:
        assert html.escape(cleaned.splitlines()[0]) in page.content.decode()


@given(query=TEXT)
@HYPOTHESIS_REQUESTS
def test_any_search_answers_with_a_page_that_echoes_it_escaped(client, world, query):
    response = client.get("/search/", {"q": query})

    assert response.status_code == 200
    assert_no_raw_markup(response.content)
    form = response.context["form"]
    if "\x00" in query or len(query.strip()) > search.MAX_QUERY_LENGTH:
        assert form.errors["q"]
    elif "\r" not in query and "\n" not in query:
        assert html.escape(query) in response.content.decode()


# Hypothesis: the Markdown sanitiser and the search snippet, as functions

FRAGMENTS = [
    "<script>alert(1)</script>",
    "<scr<script>ipt>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "<a href='javascript:alert(1)'>x</a>",
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    "<a href=JaVaScRiPt:alert(1)>x</a>",
    '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    "[x](javascript:alert(1))",
    "[x](JAVASCRIPT:alert(1))",
    "[x](java\tscript:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "![x](javascript:alert(1))",
    '[x](https://example.org "title" onclick=alert(1))',
    "[x]: javascript:alert(1)\n\n[y][x]",
    "<https://example.org>",
    "<javascript:alert(1)>",
    '<p style="color:red" onclick="alert(1)">x</p>',
    "<style>body{display:none}</style>",
    "<iframe src=//evil.example></iframe>",
    "<object data=x></object>",
    "<form action=//evil.example><input name=x></form>",
    "<!-- <script> -->",
    "<![CDATA[<script>]]>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<div onmouseover="alert(1)">x</div>',
    "`<script>`",
    "    <script>alert(1)</script>",
    "```\n<script>\n```",
    "&lt;script&gt;",
    "\x00",
    "\u202e",
    "\ufeff",
    "\n",
    "\n\n",
    "> ",
    "* ",
    "1. ",
    "# ",
    "**",
    "_",
    "[",
    "](",
    ")",
    "<",
    ">",
    '"',
    "'",
    "=",
    " ",
]
MARKDOWN = st.one_of(
    st.text(),
    st.lists(
        st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=25
    ).map("".join),
)
ALLOWED_SCHEMES = {"http", "https", "mailto"}


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, attrs))

    def handle_data(self, data):
        self.text.append(data)


def elements(markup):
    parser = _Elements()
    parser.feed(markup)
    parser.close()
    return parser


def url_scheme(url):
    """The scheme a browser would read (WHATWG URL): tabs and newlines are
    dropped anywhere, control characters and spaces at either end."""
    cleaned = re.sub(r"[\t\n\r]", "", html.unescape(url))
    cleaned = cleaned.strip("".join(map(chr, range(0x21)))).lower()
    match = re.match(r"^([a-z][a-z0-9+.-]*):", cleaned)
    return match.group(1) if match else None


@given(text=MARKDOWN)
@HYPOTHESIS_FUNCTIONS
def test_sanitised_markdown_carries_no_script_event_style_or_javascript(text):
    output = render_markdown(text)

    lowered = output.lower()
    assert "<script" not in lowered
    assert not re.search(r"<[^>]*\son\w+\s*=", lowered)
    assert not re.search(r"<[^>]*\sstyle\s*=", lowered)
    for tag, attrs in elements(output).elements:
        assert tag in ALLOWED_TAGS, tag
        for name, value in attrs:
            assert name in {"href", "title", "rel"} and tag == "a", (tag, name)
            assert not name.startswith("on")
            if name == "href":
                assert url_scheme(value or "") in ALLOWED_SCHEMES | {None}, value


# Words that are also the names of the entities escaping writes.
ENTITY_WORDS = ["lt", "gt", "amp", "quot", "x27", "#x27"]
SNIPPET_TEXT = st.lists(
    st.sampled_from(["<", ">", "&", "'", '"', " ", "\n", "…", *ENTITY_WORDS])
    | st.text(max_size=6),
    max_size=60,
).map("".join)


@given(
    text=st.text(max_size=400) | MARKDOWN | SNIPPET_TEXT,
    query=st.text(max_size=40)
    | st.sampled_from(ENTITY_WORDS)
    | st.lists(st.sampled_from(ENTITY_WORDS), max_size=3).map(" ".join),
)
@HYPOTHESIS_FUNCTIONS
def test_a_search_snippet_shows_the_text_as_it_is_with_only_marks_added(text, query):
    output = search.snippet(text, query)

    parsed = elements(output)
    assert {tag for tag, _attrs in parsed.elements} <= {"mark"}
    shown = "".join(parsed.text).strip("…")
    assert shown in text


# Validation lives in forms: the same refusals without a request


@pytest.mark.parametrize("value", NUL)
def test_the_filters_refuse_a_nul_without_asking_the_database(world, value):
    from members.filters import DirectoryFilterForm

    form = DirectoryFilterForm({"topic": value, "municipality": value})

    assert not form.is_valid()
    assert set(form.errors) == {"topic", "municipality"}


def test_a_new_organisation_with_markup_for_a_name_is_shown_escaped(client):
    organisation = OrganisationFactory(name=SCRIPT, name_bg=SCRIPT, name_en=SCRIPT)

    for url in ["/members/", organisation.get_absolute_url(), "/search/?q=alert"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_no_raw_markup(response.content, url)
        # The search marks the words that match, inside the escaped name.
        shown = re.sub(r"</?mark>", "", response.content.decode())
        assert html.escape(SCRIPT) in shown, url


def test_a_number_no_column_can_hold_matches_nothing_in_a_list(world):
    education = topic("education")
    huge = 10**30

    assert list(Topic.objects.filter(pk__in=[huge, education.pk])) == [education]
    assert not Topic.objects.filter(pk__in=[huge, -huge]).exists()


@pytest.mark.parametrize("total", ["13", "1000", "9" * 30])
def test_a_form_count_past_the_maximum_is_refused_without_building_the_forms(
    client, owner, organisation, total
):
    client.force_login(owner)
    data = activity(None)

    response = client.post(
        f"/dashboard/organisations/{organisation.slug}/activities/new/",
        {**data, "photos-TOTAL_FORMS": total, "results-TOTAL_FORMS": total},
    )

    assert response.status_code == 200
    assert not Activity.objects.exists()
    photos, results = response.context["photos"], response.context["results"]
    assert len(photos.forms) <= 12
    assert len(results.forms) <= 20
    with translation.override("bg"):
        too_many = ngettext(
            "Please submit at most %(num)d form.",
            "Please submit at most %(num)d forms.",
            12,
        ) % {"num": 12}
    assert too_many in photos.non_form_errors()
    assert too_many in response.content.decode()

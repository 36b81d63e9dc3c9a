"""Who may do what on every URL of the site: a matrix, one row a URL name.

The URL names come from the URL configuration itself, so that a view added
without a row here fails `test_every_url_is_in_the_matrix`. Each row builds a
URL to organisation A's objects and says what GET and POST (with an empty or
minimal body) give to each actor:

    anonymous    nobody signed in
    supporter    a signed-up person with no role (`outsider`)
    editor_b     an editor of organisation B, acting on A's objects
    editor_a     an editor of organisation A, on its own objects (`owner`)
    coordinator  network staff, with two-factor authentication on
    superuser    with two-factor authentication on too

Outcomes:

    ok        200
    redirect  301/302/303 to a page that is not the sign-in page
    login     302 to the sign-in page (the site's or the admin's)
    denied    403 or 404
    405       the method is not allowed

The admin (`admin/…`) and allauth (`accounts/…`) are not ours: a few
representative rows cover them, and the tests check that every other URL
there is one the admin or allauth made.

Below the matrix, focused tests: nothing unpublished or hidden is found by
guessing a slug or an id.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from urllib.parse import urlsplit

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.utils import timezone, translation

from causes.models import Cause, Comment, Initiative, Proposal, Status
from events.models import Meeting, Registration
from following.models import Preferences
from members.models import Activity, Institution, Organisation, Role
from mutual_help.models import HelpItem
from network_portal.models import Subscriber
from tests.capacity.factories import submitted
from tests.events.test_meetings import make_meeting
from tests.factories import (
    ActivityFactory,
    HelpItemFactory,
    InvitationFactory,
    OrganisationFactory,
    PracticeFactory,
    ResponseFactory,
    RoleFactory,
    UserFactory,
    totp_authenticator,
)

pytestmark = pytest.mark.django_db

ACTORS = ("anonymous", "supporter", "editor_b", "editor_a", "coordinator", "superuser")
OUTCOMES = {"ok", "redirect", "login", "denied", "405"}


# The objects the URLs point at ------------------------------------------


class World:
    """Organisation A's objects, each made the first time a row asks for
    it, so that a test builds only what its URL needs."""

    def __init__(self, request):
        self._request = request

    def fixture(self, name):
        return self._request.getfixturevalue(name)

    @cached_property
    def a(self):
        return self.fixture("organisation")

    @cached_property
    def b(self):
        return self.fixture("other_organisation")

    @cached_property
    def owner(self):
        return self.fixture("owner")

    @cached_property
    def colleague(self):
        """A second editor of A: the one whose role, comment and
        registration others try to touch."""
        user = UserFactory(email="colleague@example.org", first_name="Мария")
        RoleFactory(user=user, organisation=self.a, kind=Role.Kind.EDITOR)
        return user

    @cached_property
    def colleague_role(self):
        return Role.objects.get(user=self.colleague, organisation=self.a)

    @cached_property
    def cause(self):
        return self.fixture("cause")

    @cached_property
    def comment(self):
        return Comment.objects.create(
            cause=self.cause,
            author=self.colleague,
            author_name="Мария",
            body="Подкрепяме.",
        )

    @cached_property
    def draft(self):
        """A's activity, not yet published."""
        return ActivityFactory(
            organisation=self.a, draft=True, title="Чернова среща с кмета"
        )

    @cached_property
    def practice(self):
        """A's published practice."""
        return PracticeFactory(organisation=self.a, title="Квартални срещи")

    @cached_property
    def draft_practice(self):
        """A's practice, not yet published."""
        return PracticeFactory(
            organisation=self.a, draft=True, title="Чернова на практика"
        )

    @cached_property
    def meeting(self):
        meeting = make_meeting()
        meeting.organisers.add(self.a)
        return meeting

    @cached_property
    def registration(self):
        """A's editor registered their colleague for the organisation."""
        return Registration.objects.create(
            meeting=self.meeting,
            user=self.colleague,
            name="Мария",
            email=self.colleague.email,
            organisation=self.a,
            registered_by=self.owner,
        )

    @cached_property
    def invitation(self):
        return InvitationFactory(
            organisation=self.a, email="invited@example.org", invited_by=self.owner
        )

    @cached_property
    def initiative(self):
        initiative = Initiative.objects.create(
            title_bg="Библиотека за всички",
            title_en="A library for all",
            summary_bg="Заедно с регионалната библиотека.",
            status=Initiative.Status.ACTIVE,
            starts_on=date(2026, 2, 1),
        )
        initiative.organisations.add(self.a)
        initiative.causes.add(self.cause)
        return initiative

    @cached_property
    def institution(self):
        return Institution.objects.create(
            name_bg="Община Тест",
            name="Община Тест",
            slug="obshtina-test",
            kind="municipality",
        )

    @cached_property
    def proposal(self):
        """A's proposal to the institution, for the cause, awaiting an answer."""
        return Proposal.objects.create(
            title_bg="Младежки съвет",
            title="Младежки съвет",
            summary_bg="Да се създаде младежки съвет.",
            summary="Да се създаде младежки съвет.",
            text_bg="Предлагаме…",
            institution=self.institution,
            cause=self.cause,
            organisation=self.a,
            sent_on=date(2026, 11, 2),
        )

    @cached_property
    def help_offer(self):
        """A's open offer of equipment: members answer it, supporters do
        not (they answer requests for volunteers only)."""
        return HelpItemFactory(
            organisation=self.a,
            offer=True,
            kind=HelpItem.Kind.EQUIPMENT,
            title="Проектор за събития",
        )

    @cached_property
    def help_answer(self):
        """B's answer to A's offer."""
        return ResponseFactory(item=self.help_offer, organisation=self.b)

    @cached_property
    def agreed_help(self):
        """A's request, agreed with B: A records what came of it."""
        item = HelpItemFactory(organisation=self.a, title="Доброволци за парка")
        ResponseFactory(item=item, organisation=self.b).accept(by=self.owner)
        item.refresh_from_db()
        return item

    def sign_in(self, actor):
        """The test client, signed in as the actor."""
        client = self.fixture("client")
        if actor == "anonymous":
            return client
        if actor == "coordinator":
            return self.fixture("coordinator_client")
        user = {
            "supporter": lambda: self.fixture("outsider"),
            "editor_b": lambda: self.fixture("other_member"),
            "editor_a": lambda: self.owner,
            "superuser": superuser,
        }[actor]()
        client.force_login(user)
        return client


def superuser():
    user = UserFactory(email="root@example.org", is_staff=True, is_superuser=True)
    totp_authenticator(user)
    return user


@pytest.fixture
def world(request):
    return World(request)


# The matrix ---------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    url: Callable[[World], str]
    get: str
    post: str
    data: Callable[[World], dict] | None = None

    def expected(self, method, actor):
        spec = self.get if method == "GET" else self.post
        return spec.split()[ACTORS.index(actor)]


def to(name, *args):
    """A URL builder: `args` are attribute paths on the world."""

    def build(world):
        values = []
        for path in args:
            value = world
            for attribute in path.split("."):
                value = getattr(value, attribute)
            values.append(value)
        return reverse(name, args=values)

    return build


def newsletter_link(name):
    """A link from a newsletter e-mail, with a pending subscriber's secret."""

    def build(world):
        subscriber = Subscriber.objects.create(email="news@example.org", language="bg")
        return reverse(name, args=[subscriber.token])

    return build


def digest_link(world):
    """The link in a weekly digest, with the owner's secret."""
    prefs, _created = Preferences.objects.get_or_create(user=world.owner)
    return reverse("following:unsubscribe", args=[prefs.digest_token])


# Rules that several rows share. Every rule is six outcomes, one for each
# actor, in the order of ACTORS:
#   anonymous supporter editor_b editor_a coordinator superuser
EVERYONE = "ok       ok       ok       ok       ok       ok"
NO_METHOD = "405      405      405      405      405      405"
SIGNED_IN = "login    ok       ok       ok       ok       ok"
SIGNED_IN_ACT = "login    redirect redirect redirect redirect redirect"
SIGNED_IN_NO_METHOD = "login    405      405      405      405      405"
EDITORS_OF_A = "login    denied   denied   ok       ok       ok"
EDITORS_OF_A_ACT = "login    denied   denied   redirect redirect redirect"
PROPOSERS = "login    denied   denied   ok       denied   denied"
PROPOSERS_ACT = "login    denied   denied   redirect denied   denied"
POSTERS = "login    denied   ok       ok       denied   denied"
STAFF = "login    login    login    login    ok       ok"
SIGNED_OUT = "ok       redirect redirect redirect redirect redirect"

# One row a URL name: the URL for organisation A's objects, then what GET and
# POST give to each of
#   anonymous supporter editor_b editor_a coordinator superuser
MATRIX = {
    # Machines: read only.
    "healthz": Row(to("healthz"), get=EVERYONE, post=NO_METHOD),
    "robots_txt": Row(to("robots_txt"), get=EVERYONE, post=NO_METHOD),
    "favicon": Row(
        to("favicon"),
        get="redirect redirect redirect redirect redirect redirect",
        post=NO_METHOD,
    ),
    "security_txt": Row(to("security_txt"), get=EVERYONE, post=NO_METHOD),
    "open_dataset": Row(
        lambda w: reverse(
            "open_dataset", kwargs={"dataset": "activities", "extension": "json"}
        ),
        get=EVERYONE,
        post=NO_METHOD,
    ),
    # The sitemap, the feeds and the calendars answer any method: they only
    # read, and what they show is public.
    "sitemap": Row(to("sitemap"), get=EVERYONE, post=EVERYONE),
    "news_feed": Row(to("news_feed"), get=EVERYONE, post=EVERYONE),
    "organisation_feed": Row(
        to("organisation_feed", "a.slug"), get=EVERYONE, post=EVERYONE
    ),
    "cause_feed": Row(to("cause_feed", "cause.slug"), get=EVERYONE, post=EVERYONE),
    "events:calendar": Row(to("events:calendar"), get=EVERYONE, post=EVERYONE),
    "events:ics": Row(to("events:ics", "meeting.slug"), get=EVERYONE, post=EVERYONE),
    # Public pages.
    "home": Row(to("home"), get=EVERYONE, post=NO_METHOD),
    "about": Row(to("about"), get=EVERYONE, post=NO_METHOD),
    "transparency": Row(to("transparency"), get=EVERYONE, post=NO_METHOD),
    "transparency_report": Row(to("transparency_report"), get=EVERYONE, post=NO_METHOD),
    "open_data": Row(to("open_data"), get=EVERYONE, post=NO_METHOD),
    "privacy": Row(to("privacy"), get=EVERYONE, post=NO_METHOD),
    # The newsletter: anyone signs up (an empty form comes back with its
    # errors); whoever holds an e-mail's secret link confirms or unsubscribes.
    "newsletter": Row(to("newsletter"), get=EVERYONE, post=EVERYONE),
    "newsletter_confirm": Row(
        newsletter_link("newsletter_confirm"),
        get=EVERYONE,
        post="redirect redirect redirect redirect redirect redirect",
    ),
    "newsletter_unsubscribe": Row(
        newsletter_link("newsletter_unsubscribe"), get=EVERYONE, post=EVERYONE
    ),
    "search": Row(to("search"), get=EVERYONE, post=NO_METHOD),
    "members:list": Row(to("members:list"), get=EVERYONE, post=NO_METHOD),
    "members:detail": Row(to("members:detail", "a.slug"), get=EVERYONE, post=NO_METHOD),
    "activities:list": Row(to("activities:list"), get=EVERYONE, post=NO_METHOD),
    "causes:list": Row(to("causes:list"), get=EVERYONE, post=NO_METHOD),
    "causes:detail": Row(
        to("causes:detail", "cause.slug"), get=EVERYONE, post=NO_METHOD
    ),
    "initiatives:list": Row(to("initiatives:list"), get=EVERYONE, post=NO_METHOD),
    # Institutions and the proposals sent to them: public; A's editors and
    # the coordinators record A's proposals and their answers; editors of any
    # member suggest a missing institution.
    "institutions:list": Row(to("institutions:list"), get=EVERYONE, post=NO_METHOD),
    "institutions:detail": Row(
        to("institutions:detail", "institution.slug"), get=EVERYONE, post=NO_METHOD
    ),
    "institution_feed": Row(
        to("institution_feed", "institution.slug"), get=EVERYONE, post=EVERYONE
    ),
    "proposals:detail": Row(
        to("proposals:detail", "proposal.slug"), get=EVERYONE, post=NO_METHOD
    ),
    "causes_dashboard:proposals": Row(
        to("causes_dashboard:proposals", "a.slug"),
        get=EDITORS_OF_A,
        post="login    denied   denied   405      405      405",
    ),
    "causes_dashboard:proposal_new": Row(
        to("causes_dashboard:proposal_new", "a.slug"),
        get=EDITORS_OF_A,
        post=EDITORS_OF_A,
    ),
    "causes_dashboard:proposal_edit": Row(
        to("causes_dashboard:proposal_edit", "proposal.slug"),
        get=EDITORS_OF_A,
        post=EDITORS_OF_A,
    ),
    "causes_dashboard:proposal_answer": Row(
        to("causes_dashboard:proposal_answer", "proposal.slug"),
        get=EDITORS_OF_A,
        post=EDITORS_OF_A,
    ),
    "causes_dashboard:suggest_institution": Row(
        to("causes_dashboard:suggest_institution"), get=POSTERS, post=POSTERS
    ),
    "initiatives:detail": Row(
        to("initiatives:detail", "initiative.slug"), get=EVERYONE, post=NO_METHOD
    ),
    "events:list": Row(to("events:list"), get=EVERYONE, post=NO_METHOD),
    "events:detail": Row(
        to("events:detail", "meeting.slug"), get=EVERYONE, post=NO_METHOD
    ),
    # A's draft: its editors and the coordinators preview it; no one else
    # learns it exists.
    "activities:detail": Row(
        to("activities:detail", "draft.slug"),
        get="denied   denied   denied   ok       ok       ok",
        post=NO_METHOD,
    ),
    # The practice library; A's draft practice is A's editors' to preview.
    "practices:list": Row(to("practices:list"), get=EVERYONE, post=NO_METHOD),
    "practices:detail": Row(
        to("practices:detail", "draft_practice.slug"),
        get="denied   denied   denied   ok       ok       ok",
        post=NO_METHOD,
    ),
    "practice_feed": Row(to("practice_feed"), get=EVERYONE, post=EVERYONE),
    # Another member says it applied A's practice too; A does not, and
    # neither do people who edit for no member.
    "practices:reuse": Row(
        to("practices:reuse", "practice.slug"),
        get=NO_METHOD,
        post="login    denied   redirect denied   denied   denied",
        data=lambda w: {"organisation": w.b.pk, "note": "И при нас."},
    ),
    # Joining: anyone applies (an empty form comes back with its errors).
    "members:join": Row(to("members:join"), get=EVERYONE, post=EVERYONE),
    "members:join_done": Row(to("members:join_done"), get=EVERYONE, post=NO_METHOD),
    # An invitation is a secret link: whoever holds it sees it, and a
    # signed-in person who posts it takes the role.
    "members:invitation": Row(
        to("members:invitation", "invitation.token"),
        get=EVERYONE,
        post="ok       redirect redirect redirect redirect redirect",
    ),
    # Taking part: signed-up people support, comment, report, register.
    "causes:support": Row(
        to("causes:support", "cause.slug"), get=NO_METHOD, post=SIGNED_IN_ACT
    ),
    "causes:withdraw_support": Row(
        to("causes:withdraw_support", "cause.slug"), get=NO_METHOD, post=SIGNED_IN_ACT
    ),
    "causes:comment": Row(
        to("causes:comment", "cause.slug"),
        get=NO_METHOD,
        post=SIGNED_IN_ACT,
        data=lambda w: {"body": "Да, и в нашия квартал."},
    ),
    "causes:report": Row(
        to("causes:report", "comment.pk"), get=SIGNED_IN, post=SIGNED_IN_ACT
    ),
    "events:register": Row(
        to("events:register", "meeting.slug"), get=NO_METHOD, post=SIGNED_IN_ACT
    ),
    # A registration is cancelled by its person, or by an editor of the
    # organisation it was made for; coordinators do it in the admin.
    "events:cancel": Row(
        to("events:cancel", "registration.pk"),
        get=NO_METHOD,
        post="login    denied   denied   redirect denied   denied",
    ),
    # A cause is A's to edit (while proposed) and withdraw; another member
    # co-sponsors it for its own organisation, A does not.
    "causes:edit": Row(to("causes:edit", "cause.slug"), get=PROPOSERS, post=PROPOSERS),
    "causes:withdraw": Row(
        to("causes:withdraw", "cause.slug"),
        get=PROPOSERS,
        post="login    denied   denied   redirect denied   denied",
    ),
    "causes:co_sponsor": Row(
        to("causes:co_sponsor", "cause.slug"),
        get=SIGNED_IN_NO_METHOD,
        post="login    denied   redirect denied   denied   denied",
        data=lambda w: {"organisation": w.b.pk},
    ),
    "causes_dashboard:propose": Row(
        to("causes_dashboard:propose", "a.slug"), get=PROPOSERS, post=PROPOSERS
    ),
    # Help between members. The public reads the list, an item and the
    # feed of open requests. Any member's editor posts (an empty form comes
    # back with its errors); a supporter or a coordinator, who edits for no
    # member, is told that members post. Another member answers A's offer
    # (a supporter answers requests for volunteers only) and anyone signed
    # in reports it; A's editors edit it, withdraw it, accept an answer and
    # record what came of agreed help.
    "help:list": Row(to("help:list"), get=EVERYONE, post=NO_METHOD),
    "help:detail": Row(
        to("help:detail", "help_offer.slug"), get=EVERYONE, post=NO_METHOD
    ),
    "help_feed": Row(to("help_feed"), get=EVERYONE, post=EVERYONE),
    "help:new": Row(to("help:new"), get=POSTERS, post=POSTERS),
    "help:respond": Row(
        to("help:respond", "help_offer.slug"),
        get=NO_METHOD,
        post="login    denied   redirect denied   denied   denied",
        data=lambda w: {"organisation": w.b.pk, "message": "Ще го вземем в събота."},
    ),
    "help:report": Row(
        to("help:report", "help_offer.slug"),
        get="login    ok       ok       redirect ok       ok",
        post=SIGNED_IN_ACT,
    ),
    "help:edit": Row(to("help:edit", "help_offer.slug"), get=PROPOSERS, post=PROPOSERS),
    "help:withdraw": Row(
        to("help:withdraw", "help_offer.slug"),
        get=SIGNED_IN_NO_METHOD,
        post=PROPOSERS_ACT,
    ),
    "help:accept": Row(
        to("help:accept", "help_answer.pk"),
        get=SIGNED_IN_NO_METHOD,
        post=PROPOSERS_ACT,
    ),
    "help:close": Row(
        to("help:close", "agreed_help.slug"), get=PROPOSERS, post=PROPOSERS
    ),
    "help_dashboard:organisation": Row(
        to("help_dashboard:organisation", "a.slug"),
        get=EDITORS_OF_A,
        post="login    denied   denied   405      405      405",
    ),
    "help_dashboard:mine": Row(
        to("help_dashboard:mine"), get=SIGNED_IN, post=SIGNED_IN_NO_METHOD
    ),
    # The capacity self-assessment: A's editors fill it in (an empty form
    # saves a draft); they and the coordinators read its results.
    "capacity:index": Row(
        to("capacity:index"), get=SIGNED_IN, post=SIGNED_IN_NO_METHOD
    ),
    "capacity:results": Row(
        to("capacity:results", "a.slug"),
        get=EDITORS_OF_A,
        post="login    denied   denied   405      405      405",
    ),
    "capacity:assessment": Row(
        to("capacity:assessment", "a.slug"), get=PROPOSERS, post=PROPOSERS_ACT
    ),
    "capacity:answers": Row(
        lambda w: reverse("capacity:answers", args=[w.a.slug, submitted(w.a).pk]),
        get=EDITORS_OF_A,
        post="login    denied   denied   405      405      405",
    ),
    # The member area: one's own pages for anyone signed in; an
    # organisation's pages for its editors and the coordinators.
    "dashboard": Row(to("dashboard"), get=SIGNED_IN, post=SIGNED_IN_NO_METHOD),
    "events_dashboard:mine": Row(
        to("events_dashboard:mine"), get=SIGNED_IN, post=SIGNED_IN_NO_METHOD
    ),
    # One's own account: the data downloaded, the account deleted (an empty
    # form asks for the password again). No id in these URLs: each person
    # reaches only their own.
    # Following and notifications: one's own, for anyone signed in (an empty
    # form is a valid choice: no topics, nothing sent). Following a public
    # organisation is open to all who signed up. The digest's link works
    # without signing in: its secret is the key.
    "following:index": Row(to("following:index"), get=SIGNED_IN, post=SIGNED_IN_ACT),
    "following:notifications": Row(
        to("following:notifications"), get=SIGNED_IN, post=SIGNED_IN_NO_METHOD
    ),
    "following:settings": Row(
        to("following:settings"), get=SIGNED_IN, post=SIGNED_IN_ACT
    ),
    "following:toggle": Row(
        lambda w: reverse("following:toggle", args=["organisation", w.a.pk]),
        get=SIGNED_IN_NO_METHOD,
        post=SIGNED_IN_ACT,
    ),
    "following:unsubscribe": Row(digest_link, get=EVERYONE, post=EVERYONE),
    "my_account:index": Row(
        to("my_account:index"), get=SIGNED_IN, post=SIGNED_IN_NO_METHOD
    ),
    "my_account:export": Row(to("my_account:export"), get=SIGNED_IN, post=SIGNED_IN),
    "my_account:delete": Row(to("my_account:delete"), get=SIGNED_IN, post=SIGNED_IN),
    "members_dashboard:edit": Row(
        to("members_dashboard:edit", "a.slug"), get=EDITORS_OF_A, post=EDITORS_OF_A
    ),
    "members_dashboard:people": Row(
        to("members_dashboard:people", "a.slug"), get=EDITORS_OF_A, post=EDITORS_OF_A
    ),
    "members_dashboard:remove_role": Row(
        to("members_dashboard:remove_role", "a.slug", "colleague_role.pk"),
        get=SIGNED_IN_NO_METHOD,
        post=EDITORS_OF_A_ACT,
    ),
    "members_dashboard:activities": Row(
        to("members_dashboard:activities", "a.slug"),
        get=EDITORS_OF_A,
        post="login    denied   denied   405      405      405",
    ),
    "members_dashboard:activity_new": Row(
        to("members_dashboard:activity_new", "a.slug"),
        get=EDITORS_OF_A,
        post=EDITORS_OF_A,
    ),
    "members_dashboard:activity_edit": Row(
        to("members_dashboard:activity_edit", "a.slug", "draft.pk"),
        get=EDITORS_OF_A,
        post=EDITORS_OF_A,
    ),
    "members_dashboard:activity_state": Row(
        lambda w: reverse(
            "members_dashboard:activity_state", args=[w.a.slug, w.draft.pk, "publish"]
        ),
        get=SIGNED_IN_NO_METHOD,
        post=EDITORS_OF_A_ACT,
    ),
    "members_dashboard:practices": Row(
        to("members_dashboard:practices", "a.slug"),
        get=EDITORS_OF_A,
        post="login    denied   denied   405      405      405",
    ),
    "members_dashboard:practice_new": Row(
        to("members_dashboard:practice_new", "a.slug"),
        get=EDITORS_OF_A,
        post=EDITORS_OF_A,
    ),
    "members_dashboard:practice_edit": Row(
        to("members_dashboard:practice_edit", "a.slug", "draft_practice.pk"),
        get=EDITORS_OF_A,
        post=EDITORS_OF_A,
    ),
    "members_dashboard:practice_state": Row(
        lambda w: reverse(
            "members_dashboard:practice_state",
            args=[w.a.slug, w.draft_practice.pk, "publish"],
        ),
        get=SIGNED_IN_NO_METHOD,
        post=EDITORS_OF_A_ACT,
    ),
    "events_dashboard:organisation": Row(
        to("events_dashboard:organisation", "a.slug"),
        get=EDITORS_OF_A,
        post=EDITORS_OF_A,
    ),
    # The admin, represented: staff with two-factor only; a coordinator has
    # the model permissions of the Coordinators group, not all of them.
    "admin:index": Row(to("admin:index"), get=STAFF, post=STAFF),
    "admin:members_organisation_changelist": Row(
        to("admin:members_organisation_changelist"), get=STAFF, post=STAFF
    ),
    "admin:members_activity_change": Row(
        to("admin:members_activity_change", "draft.pk"), get=STAFF, post=STAFF
    ),
    "admin:members_practice_change": Row(
        to("admin:members_practice_change", "draft_practice.pk"),
        get=STAFF,
        post=STAFF,
    ),
    "admin:network_portal_subscriber_export": Row(
        to("admin:network_portal_subscriber_export"),
        get=STAFF,
        post="login    login    login    login    405      405",
    ),
    "admin:auth_group_changelist": Row(
        to("admin:auth_group_changelist"),
        get="login    login    login    login    denied   ok",
        post="login    login    login    login    denied   ok",
    ),
    # Accounts (allauth), represented: signing in and up are for the signed
    # out; the account's own pages need signing in.
    "account_login": Row(to("account_login"), get=SIGNED_OUT, post=SIGNED_OUT),
    "account_signup": Row(to("account_signup"), get=SIGNED_OUT, post=SIGNED_OUT),
    "account_logout": Row(
        to("account_logout"),
        get="redirect ok       ok       ok       ok       ok",
        post="redirect redirect redirect redirect redirect redirect",
    ),
    "account_email": Row(to("account_email"), get=SIGNED_IN, post=SIGNED_IN_ACT),
    "account_change_password": Row(
        to("account_change_password"), get=SIGNED_IN, post=SIGNED_IN
    ),
    "account_reauthenticate": Row(
        to("account_reauthenticate"), get=SIGNED_IN, post=SIGNED_IN
    ),
    "mfa_index": Row(to("mfa_index"), get=SIGNED_IN, post=SIGNED_IN_NO_METHOD),
}

ADMIN_REPRESENTATIVES = {name for name in MATRIX if name.startswith("admin:")}
ALLAUTH_REPRESENTATIVES = {
    name for name in MATRIX if name.startswith(("account_", "mfa_"))
}


def login_pages():
    pages = set()
    for language in ("bg", "en"):
        with translation.override(language):
            pages |= {reverse("account_login"), reverse("admin:login")}
    return pages


def outcome(response):
    code = response.status_code
    if code == 200:
        return "ok"
    if code in (403, 404):
        return "denied"
    if code == 405:
        return "405"
    if code in (301, 302, 303):
        path = urlsplit(response["Location"]).path
        return "login" if path in login_pages() else "redirect"
    return str(code)


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("name", sorted(MATRIX))
def test_who_may_do_what(world, name, actor):
    row = MATRIX[name]
    url = row.url(world)
    data = row.data(world) if row.data else {}
    client = world.sign_in(actor)

    got = (outcome(client.get(url)), outcome(client.post(url, data)))

    assert resolve(urlsplit(url).path).view_name == name
    expected = (row.expected("GET", actor), row.expected("POST", actor))
    assert got == expected, f"GET and POST {url} as {actor}"


def test_the_matrix_is_well_formed():
    for name, row in MATRIX.items():
        for spec in (row.get, row.post):
            codes = spec.split()
            assert len(codes) == len(ACTORS), name
            assert set(codes) <= OUTCOMES, name


# Every URL of the site is in the matrix -------------------------------------


def routes(resolver=None, namespaces=(), prefix="", within=None):
    """(name, route, callback, within) of every URL pattern, walking the
    includes; `within` is "admin" or "allauth" under those includes."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            section = within
            if pattern.app_name == "admin":
                section = "admin"
            elif getattr(pattern.urlconf_name, "__name__", pattern.urlconf_name) == (
                "allauth.urls"
            ):
                section = "allauth"
            inner = (
                (*namespaces, pattern.namespace) if pattern.namespace else namespaces
            )
            yield from routes(pattern, inner, route, section)
        elif isinstance(pattern, URLPattern):
            name = (
                ":".join((*namespaces, pattern.name))
                if pattern.name
                else f"<unnamed {route}>"
            )
            yield name, route, pattern.callback, within


def test_every_url_is_in_the_matrix():
    ours = {name for name, _, _, within in routes() if within is None}

    assert ours == set(MATRIX) - ADMIN_REPRESENTATIVES - ALLAUTH_REPRESENTATIVES


def test_the_i18n_urls_are_walked_too():
    """The walk goes into i18n_patterns and every include: the member area,
    the dashboards of three apps, allauth."""
    names = {name for name, _, _, _ in routes()}

    assert {"home", "members_dashboard:edit", "causes_dashboard:propose"} <= names
    assert {"events_dashboard:organisation", "account_login"} <= names


# Only the admin's own views: a custom admin view (say, approving an
# application) gets a row of its own in the matrix.
ADMIN_MADE = re.compile(
    r"admin:(index|login|logout|password_change|password_change_done|autocomplete"
    r"|jsi18n|view_on_site|app_list|auth_user_password_change"
    r"|[a-z_]+_(changelist|add|history|delete|change|simple_history))"
    r"|<unnamed admin/.*>"
)


def test_the_admin_is_only_the_admin():
    admin = {name for name, _, _, within in routes() if within == "admin"}

    assert ADMIN_REPRESENTATIVES - admin == set()
    custom = {name for name in admin if not ADMIN_MADE.fullmatch(name)}
    assert custom - ADMIN_REPRESENTATIVES == set()


def test_the_accounts_are_only_allauth():
    accounts = [
        (name, callback)
        for name, _, callback, within in routes()
        if within == "allauth"
    ]

    assert ALLAUTH_REPRESENTATIVES - {name for name, _ in accounts} == set()
    assert [
        name
        for name, callback in accounts
        if not callback.__module__.startswith("allauth.")
    ] == []


# The admin, followed through --------------------------------------------


@pytest.mark.parametrize("actor", ["anonymous", "supporter", "editor_b", "editor_a"])
@pytest.mark.parametrize(
    "url", ["/admin/", "/admin/members/organisation/", "/admin/causes/comment/"]
)
def test_the_admin_turns_away_everyone_but_staff(world, actor, url):
    response = world.sign_in(actor).get(url, follow=True)

    if actor == "anonymous":
        assert response.status_code == 200
        assert response.request["PATH_INFO"] == reverse("account_login")
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("url", ["/admin/", "/admin/members/organisation/"])
def test_staff_without_two_factor_set_it_up_first(client, coordinator, url):
    client.force_login(coordinator)

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_staff_with_two_factor_open_the_admin(coordinator_client, organisation):
    response = coordinator_client.get("/admin/members/organisation/")

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [organisation]


# English pages, the same rules ------------------------------------------


@pytest.mark.parametrize(
    ("actor", "expected"),
    [("anonymous", "login"), ("editor_b", "denied"), ("editor_a", "ok")],
)
@pytest.mark.parametrize(
    "name", ["members_dashboard:edit", "members_dashboard:activity_edit"]
)
def test_the_english_member_area_has_the_same_rules(world, name, actor, expected):
    MATRIX[name].url(world)  # the objects, made in Bulgarian as always
    with translation.override("en"):
        url = MATRIX[name].url(world)
    assert url.startswith("/en/")

    assert outcome(world.sign_in(actor).get(url)) == expected


# Nothing unpublished is found by guessing -------------------------------

NOT_THE_OWNER = ["anonymous", "supporter", "editor_b"]


def unpublished(world, state):
    if state == "draft":
        return world.draft
    return ActivityFactory(
        organisation=world.a,
        title="Скрита среща с кмета",
        state=Activity.State.HIDDEN,
        hidden_reason="Лични данни на снимките.",
    )


@pytest.mark.parametrize(
    ("actor", "status"),
    [(actor, 404) for actor in NOT_THE_OWNER]
    + [("editor_a", 200), ("coordinator", 200)],
)
@pytest.mark.parametrize("state", ["draft", "hidden"])
def test_an_unpublished_activity_is_found_by_its_editors_only(
    world, state, actor, status
):
    activity = unpublished(world, state)
    client = world.sign_in(actor)

    response = client.get(reverse("activities:detail", args=[activity.slug]))

    assert response.status_code == status
    if status == 200:
        assert activity.title in response.content.decode()


def test_unpublished_activities_stay_off_every_public_list(world, client):
    published = ActivityFactory(organisation=world.a, title="Открита среща с кмета")
    hidden = [unpublished(world, "draft"), unpublished(world, "hidden")]
    pages = [
        (reverse("home"), {}),
        (reverse("activities:list"), {}),
        (reverse("members:detail", args=[world.a.slug]), {}),
        (reverse("news_feed"), {}),
        (reverse("organisation_feed", args=[world.a.slug]), {}),
        (reverse("sitemap"), {}),
        (reverse("open_dataset", args=["activities", "json"]), {}),
        (reverse("search"), {"q": "среща"}),
    ]

    for url, query in pages:
        content = client.get(url, query).content.decode()
        assert published.slug in content, url
        for activity in hidden:
            assert activity.slug not in content, url


@pytest.fixture
def applicant(db):
    """An organisation that has applied and is not yet a member, with an
    editor, a cause, a comment on it and a published activity."""
    organisation = OrganisationFactory(
        name="Сдружение „Кандидат“", status=Organisation.Status.APPLICANT
    )
    editor = UserFactory(email="applicant@example.org")
    RoleFactory(user=editor, organisation=organisation, kind=Role.Kind.EDITOR)
    cause = Cause.objects.create(
        proposed_by=organisation,
        title_bg="Тайна кауза на кандидата",
        summary_bg="Още не е публична.",
    )
    comment = Comment.objects.create(cause=cause, author=editor, body="Първи.")
    activity = ActivityFactory(organisation=organisation, title="Среща на кандидата")
    return {
        "organisation": organisation,
        "editor": editor,
        "cause": cause,
        "comment": comment,
        "activity": activity,
    }


@pytest.mark.parametrize("actor", NOT_THE_OWNER)
def test_an_applicant_is_not_found(world, applicant, actor):
    client = world.sign_in(actor)
    slug = applicant["organisation"].slug

    for url in [
        reverse("members:detail", args=[slug]),
        reverse("organisation_feed", args=[slug]),
        reverse("activities:detail", args=[applicant["activity"].slug]),
    ]:
        assert client.get(url).status_code == 404, url


def test_an_applicants_editor_previews_its_activity(world, client, applicant):
    client.force_login(applicant["editor"])

    response = client.get(
        reverse("activities:detail", args=[applicant["activity"].slug])
    )

    assert response.status_code == 200
    assert response.context["activity"] == applicant["activity"]
    assert "Среща на кандидата" in response.content.decode()


def test_a_cause_does_not_show_an_applicants_activity(world, client, applicant):
    """Linked to a public cause, an applicant's activity stays unseen there
    as everywhere else."""
    shown = ActivityFactory(organisation=world.a, title="Открита среща с кмета")
    world.cause.activities.add(shown, applicant["activity"])

    page = client.get(reverse("causes:detail", args=[world.cause.slug]))

    content = page.content.decode()
    assert shown.slug in content
    assert applicant["activity"].slug not in content
    assert applicant["organisation"].name not in content


@pytest.mark.parametrize("actor", ["supporter", "editor_b"])
def test_an_applicants_cause_is_not_found_nor_acted_on(world, applicant, actor):
    client = world.sign_in(actor)
    cause = applicant["cause"]
    slug = cause.slug

    reads = [
        reverse("causes:detail", args=[slug]),
        reverse("cause_feed", args=[slug]),
        reverse("causes:edit", args=[slug]),
        reverse("causes:withdraw", args=[slug]),
        reverse("causes:report", args=[applicant["comment"].pk]),
    ]
    writes = [
        (reverse("causes:support", args=[slug]), {}),
        (reverse("causes:comment", args=[slug]), {"body": "Здравейте"}),
        (reverse("causes:co_sponsor", args=[slug]), {"organisation": world.b.pk}),
        (reverse("causes:edit", args=[slug]), {"title_bg": "Чужда", "summary_bg": "."}),
        (reverse("causes:withdraw", args=[slug]), {"reason": "Чужда"}),
        (reverse("causes:report", args=[applicant["comment"].pk]), {}),
    ]

    for url in reads:
        assert client.get(url).status_code == 404, url
    for url, data in writes:
        assert client.post(url, data).status_code == 404, url
    cause.refresh_from_db()
    assert cause.title_bg == "Тайна кауза на кандидата"
    assert cause.status == Status.PROPOSED
    assert not cause.co_sponsorships.exists()
    assert not cause.supports.exists()
    assert cause.comments.count() == 1
    assert not applicant["comment"].reports.exists()


def test_the_anonymous_learn_nothing_of_an_applicants_cause(client, applicant):
    slug = applicant["cause"].slug

    for url in [
        reverse("causes:detail", args=[slug]),
        reverse("cause_feed", args=[slug]),
        reverse("causes:report", args=[applicant["comment"].pk]),
    ]:
        assert client.get(url).status_code == 404, url
    for name in ["causes:support", "causes:comment"]:
        assert client.post(reverse(name, args=[slug])).status_code == 404, name
    # The rest ask to sign in first, whatever the slug: that tells nothing.
    for name in ["causes:edit", "causes:withdraw", "causes:co_sponsor"]:
        assert outcome(client.post(reverse(name, args=[slug]))) == "login", name
    cause = applicant["cause"]
    cause.refresh_from_db()
    assert cause.status == Status.PROPOSED
    assert not cause.supports.exists()
    assert cause.comments.count() == 1
    assert not applicant["comment"].reports.exists()


@pytest.mark.parametrize("actor", [*NOT_THE_OWNER, "editor_a"])
@pytest.mark.parametrize("state", [Comment.State.AWAITING, Comment.State.REMOVED])
def test_a_hidden_comment_is_not_found(world, state, actor):
    shown = world.comment
    hidden = Comment.objects.create(
        cause=world.cause,
        author=world.colleague,
        body="Коментар, който чака решение.",
        state=state,
    )
    client = world.sign_in(actor)

    page = client.get(reverse("causes:detail", args=[world.cause.slug]))
    report = reverse("causes:report", args=[hidden.pk])

    assert shown.body in page.content.decode()
    assert hidden.body not in page.content.decode()
    assert client.get(report).status_code == 404
    assert client.post(report).status_code == 404
    assert not hidden.reports.exists()


# Ids guessed across organisations ---------------------------------------


def test_an_editor_cannot_reach_another_organisations_ids_through_their_own(
    world,
):
    """Editor of B, with B's slug in the URL and A's ids after it."""
    client = world.sign_in("editor_b")
    b, draft, role = world.b.slug, world.draft, world.colleague_role

    edit = reverse("members_dashboard:activity_edit", args=[b, draft.pk])
    assert client.get(edit).status_code == 404
    assert client.post(edit, {"title_bg": "Чужда"}).status_code == 404
    for action in ["publish", "unpublish", "delete"]:
        url = reverse("members_dashboard:activity_state", args=[b, draft.pk, action])
        assert client.post(url).status_code == 404, action
    remove = reverse("members_dashboard:remove_role", args=[b, role.pk])
    assert client.post(remove).status_code == 404

    draft.refresh_from_db()
    assert draft.title == "Чернова среща с кмета"
    assert draft.state == Activity.State.DRAFT
    assert Role.objects.filter(pk=role.pk).exists()


def test_a_representative_does_not_edit_the_organisation(world, client):
    representative = UserFactory(email="representative@example.org")
    RoleFactory(
        user=representative, organisation=world.a, kind=Role.Kind.REPRESENTATIVE
    )
    client.force_login(representative)

    for name in ["members_dashboard:edit", "members_dashboard:activities"]:
        assert client.get(reverse(name, args=[world.a.slug])).status_code == 403
    edit = reverse("members_dashboard:edit", args=[world.a.slug])
    name = world.a.name_bg
    assert client.post(edit, {"name_bg": "Чуждо име"}).status_code == 403
    world.a.refresh_from_db()
    assert world.a.name_bg == name


def test_an_editor_cancels_for_their_organisation_only(world, client):
    """Not a supporter's own registration, nor a cancelled one."""
    supporter = world.fixture("outsider")
    own = Registration.objects.create(
        meeting=world.meeting,
        user=supporter,
        name="Иван",
        email=supporter.email,
        registered_by=supporter,
    )
    cancelled = Registration.objects.create(
        meeting=world.meeting,
        name="Петър",
        email="petar@example.org",
        organisation=world.a,
        status=Registration.Status.CANCELLED,
        cancelled_at=timezone.now(),
    )
    client = world.sign_in("editor_a")

    assert client.post(reverse("events:cancel", args=[own.pk])).status_code == 403
    assert client.post(reverse("events:cancel", args=[cancelled.pk])).status_code == 404
    own.refresh_from_db()
    assert own.status == Registration.Status.CONFIRMED


@pytest.mark.parametrize(
    ("state", "status"), [("unknown", 404), ("expired", 410), ("accepted", 410)]
)
def test_a_dead_invitation_gives_no_role(world, state, status):
    invitation = world.invitation
    url = reverse("members:invitation", args=[invitation.token])
    if state == "unknown":
        url = reverse("members:invitation", args=["x" * 43])
    elif state == "expired":
        invitation.expires_at = timezone.now() - timedelta(minutes=1)
        invitation.save()
    else:
        invitation.accepted_at = timezone.now()
        invitation.save()
    client = world.sign_in("supporter")

    assert client.get(url).status_code == status
    assert client.post(url).status_code == status
    assert not Role.objects.filter(user=world.fixture("outsider")).exists()


def test_a_meetings_online_link_is_for_the_registered_only(world, client):
    link = "https://meet.example.org/synergy-room-42"
    meeting = make_meeting(format=Meeting.Format.ONLINE, online_url=link)
    registered = UserFactory(email="registered@example.org")
    Registration.objects.create(
        meeting=meeting, user=registered, name="Ана", email=registered.email
    )
    page = reverse("events:detail", args=[meeting.slug])
    calendars = [
        reverse("events:ics", args=[meeting.slug]),
        reverse("events:calendar"),
    ]

    for actor in NOT_THE_OWNER:
        client = world.sign_in(actor)
        for url in [page, *calendars]:
            assert link not in client.get(url).content.decode(), (actor, url)
        client.logout()
    client.force_login(registered)
    assert link in client.get(page).content.decode()
    for url in calendars:
        assert link not in client.get(url).content.decode(), url


@pytest.mark.parametrize("actor", NOT_THE_OWNER)
def test_hidden_help_and_an_applicants_are_not_found(world, applicant, actor):
    shown = HelpItemFactory(organisation=world.a, title="Открита молба за зала")
    hidden = HelpItemFactory(organisation=world.a, title="Скрита молба за зала")
    hidden.hide(by=None, reason="Лични данни.")
    applicants = HelpItemFactory(
        organisation=applicant["organisation"], title="Молба на кандидата"
    )
    client = world.sign_in(actor)

    for item in (hidden, applicants):
        for url in [
            reverse("help:detail", args=[item.slug]),
            reverse("help:report", args=[item.slug]),
        ]:
            assert client.get(url).status_code == 404, url
        answer = reverse("help:respond", args=[item.slug])
        assert client.post(answer, {"message": "Да."}).status_code == 404
    assert not hidden.responses.exists() and not hidden.reports.exists()
    for url in [
        reverse("help:list"),
        reverse("help_feed"),
        reverse("open_dataset", args=["help", "json"]),
    ]:
        content = client.get(url).content.decode()
        assert shown.slug in content, url
        assert hidden.slug not in content and applicants.slug not in content, url

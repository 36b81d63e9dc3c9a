"""Every list and detail page makes as many database queries for a small
network as for a large one: no query per row."""

import re
from collections import Counter
from datetime import date, timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from causes.models import Cause, Comment, Initiative, Proposal
from events.models import (
    AgendaItem,
    Attendance,
    Decision,
    Document,
    Meeting,
    Registration,
)
from following.models import Notification
from following.services import follow
from members.models import (
    ActivityPhoto,
    Institution,
    PracticeDocument,
    PracticePhoto,
    Role,
)
from network_portal.models import ProjectIndicator
from tests.capacity.factories import round_, submitted
from tests.factories import (
    ActivityFactory,
    ApplicationFactory,
    HelpItemFactory,
    InvitationFactory,
    OrganisationFactory,
    PracticeFactory,
    ResponseFactory,
    ResultFactory,
    RoleFactory,
    UserFactory,
    indicator,
    place,
    topic,
)

pytestmark = pytest.mark.django_db

# Each page to measure: a function of the organisation under test giving its
# URL, and whether its editor must be signed in to see it.
PAGES = {
    "home": (lambda o: "/", False),
    "about": (lambda o: "/en/about/", False),
    "privacy": (lambda o: "/privacy/", False),
    "newsletter": (lambda o: "/newsletter/", False),
    "sitemap": (lambda o: "/sitemap.xml", False),
    "members:list": (lambda o: "/members/", False),
    "members:list filtered": (lambda o: "/en/members/?topic=youth", False),
    "members:detail": (lambda o: o.get_absolute_url(), False),
    "members:join": (lambda o: "/members/join/", False),
    "members:join_done": (lambda o: "/members/join/thanks/", False),
    "dashboard": (lambda o: "/dashboard/", True),
    "my_account:index": (lambda o: "/dashboard/account/", True),
    "following:index": (lambda o: "/dashboard/following/", True),
    "following:notifications": (lambda o: "/en/dashboard/notifications/", True),
    "following:settings": (lambda o: "/dashboard/notifications/settings/", True),
    "my_account:export": (lambda o: "/dashboard/account/my-data.json", True),
    "my_account:delete": (lambda o: "/dashboard/account/delete/", True),
    "members_dashboard:edit": (lambda o: f"/dashboard/organisations/{o.slug}/", True),
    "members_dashboard:people": (
        lambda o: f"/dashboard/organisations/{o.slug}/people/",
        True,
    ),
    "activities:list": (lambda o: "/activities/", False),
    "causes:list": (lambda o: "/causes/?sort=supported", False),
    "cause_feed": (lambda o: f"/feeds/causes/{o.proposed_causes.get().slug}/", False),
    "causes:detail": (lambda o: o.proposed_causes.get().get_absolute_url(), True),
    "causes:edit": (lambda o: f"/causes/{o.proposed_causes.get().slug}/edit/", True),
    "causes:withdraw": (
        lambda o: f"/causes/{o.proposed_causes.get().slug}/withdraw/",
        True,
    ),
    "causes:report": (
        lambda o: (
            f"/causes/comments/{o.proposed_causes.get().comments.earliest('pk').pk}"
            "/report/"
        ),
        True,
    ),
    "initiatives:list": (lambda o: "/initiatives/", False),
    "search": (lambda o: "/search/?q=Среща", False),
    "search by kind": (lambda o: "/en/search/?q=example&type=organisation", False),
    "events:list": (lambda o: "/events/", False),
    "events:list past": (lambda o: "/en/events/?when=past&kind=general", False),
    "events:detail": (lambda o: o.organised_meetings.get().get_absolute_url(), True),
    "events:detail held": (lambda o: held_meeting(o).get_absolute_url(), False),
    "events:ics": (lambda o: f"/events/{o.organised_meetings.get().slug}.ics", False),
    "events:calendar": (lambda o: "/events/calendar.ics", False),
    "events_dashboard:mine": (lambda o: "/dashboard/meetings/", True),
    "events_dashboard:organisation": (
        lambda o: f"/dashboard/organisations/{o.slug}/meetings/",
        True,
    ),
    "initiatives:list filtered": (lambda o: "/en/initiatives/?status=active", False),
    "initiatives:detail": (lambda o: o.initiatives.get().get_absolute_url(), False),
    "causes_dashboard:propose": (
        lambda o: f"/dashboard/organisations/{o.slug}/causes/new/",
        True,
    ),
    "open_data": (lambda o: "/en/open-data/", False),
    "open_dataset organisations": (lambda o: "/open-data/organisations.csv", False),
    "open_dataset activities": (lambda o: "/open-data/activities.json?lang=en", False),
    "open_dataset results": (lambda o: "/open-data/results.csv", False),
    "open_dataset indicators": (lambda o: "/open-data/indicators.csv", False),
    "open_dataset causes": (lambda o: "/open-data/causes.json?lang=en", False),
    "open_dataset meetings": (lambda o: "/open-data/meetings.csv", False),
    "transparency": (lambda o: "/transparency/", False),
    "transparency_report": (
        lambda o: "/transparency/report/?from=2000-01-01&to=2099-12-31",
        False,
    ),
    "transparency_report default": (lambda o: "/en/transparency/report/", False),
    "transparency year": (
        lambda o: (
            f"/en/transparency/?year={o.activities.order_by('pk').first().starts_on.year}"
        ),
        False,
    ),
    "news_feed": (lambda o: "/feeds/news/", False),
    "organisation_feed": (lambda o: f"/en/feeds/members/{o.slug}/", False),
    "activities:list filtered": (
        lambda o: f"/en/activities/?organisation={o.slug}",
        False,
    ),
    "activities:detail": (
        lambda o: o.activities.order_by("pk").first().get_absolute_url(),
        False,
    ),
    "members_dashboard:activities": (
        lambda o: f"/dashboard/organisations/{o.slug}/activities/",
        True,
    ),
    "members_dashboard:activity_new": (
        lambda o: f"/dashboard/organisations/{o.slug}/activities/new/",
        True,
    ),
    "members_dashboard:activity_edit": (
        lambda o: (
            f"/dashboard/organisations/{o.slug}/activities/{o.activities.order_by('pk').first().pk}/"
        ),
        True,
    ),
    "practices:list": (lambda o: "/practices/", False),
    "practices:list filtered": (
        lambda o: "/en/practices/?topic=youth&q=practice",
        False,
    ),
    "practices:detail": (
        lambda o: o.practices.order_by("pk").first().get_absolute_url(),
        True,
    ),
    "practice_feed": (lambda o: "/feeds/practices/", False),
    "members_dashboard:practices": (
        lambda o: f"/dashboard/organisations/{o.slug}/practices/",
        True,
    ),
    "members_dashboard:practice_new": (
        lambda o: f"/dashboard/organisations/{o.slug}/practices/new/",
        True,
    ),
    "members_dashboard:practice_edit": (
        lambda o: (
            f"/dashboard/organisations/{o.slug}/practices/{o.practices.order_by('pk').first().pk}/"
        ),
        True,
    ),
    "help:list": (lambda o: "/help/", False),
    "help:list filtered": (
        lambda o: "/en/help/?show=exchanged&topic=youth&kind=volunteers",
        False,
    ),
    "help:detail": (lambda o: own_help(o, "done").get_absolute_url(), False),
    "help:detail open": (lambda o: own_help(o, "open").get_absolute_url(), True),
    "help:new": (lambda o: "/help/new/", True),
    "help:edit": (lambda o: f"/help/{own_help(o, 'open').slug}/edit/", True),
    "help:close": (lambda o: f"/help/{own_help(o, 'agreed').slug}/done/", True),
    "help:report": (
        lambda o: f"/en/help/{o.help_responses.earliest('pk').item.slug}/report/",
        True,
    ),
    "help_feed": (lambda o: "/feeds/help/", False),
    "open_dataset help": (lambda o: "/open-data/help.csv", False),
    "open_dataset proposals": (lambda o: "/open-data/proposals.json", False),
    "help_dashboard:organisation": (
        lambda o: f"/dashboard/organisations/{o.slug}/help/",
        True,
    ),
    "help_dashboard:mine": (lambda o: "/en/dashboard/help/", True),
    "capacity:index": (lambda o: "/dashboard/capacity/", True),
    "capacity:results": (
        lambda o: f"/dashboard/organisations/{o.slug}/capacity/",
        True,
    ),
    "capacity:assessment": (
        lambda o: f"/en/dashboard/organisations/{o.slug}/capacity/assessment/",
        True,
    ),
    "capacity:answers": (
        lambda o: (
            f"/dashboard/organisations/{o.slug}/capacity/"
            f"{o.capacity_assessments.submitted().latest('submitted_at').pk}/"
        ),
        True,
    ),
    "institutions:list": (lambda o: "/institutions/", False),
    "institutions:list filtered": (
        lambda o: "/en/institutions/?kind=municipality&municipality=stara-zagora",
        False,
    ),
    "institutions:detail": (
        lambda o: own_proposal(o).institution.get_absolute_url(),
        False,
    ),
    "institution_feed": (
        lambda o: f"/feeds/institutions/{own_proposal(o).institution.slug}/",
        False,
    ),
    "proposals:detail": (lambda o: own_proposal(o).get_absolute_url(), False),
    "causes_dashboard:proposals": (
        lambda o: f"/dashboard/organisations/{o.slug}/proposals/",
        True,
    ),
    "causes_dashboard:proposal_new": (
        lambda o: f"/dashboard/organisations/{o.slug}/proposals/new/",
        True,
    ),
    "causes_dashboard:proposal_edit": (
        lambda o: f"/dashboard/proposals/{own_proposal(o).slug}/edit/",
        True,
    ),
    "causes_dashboard:proposal_answer": (
        lambda o: f"/en/dashboard/proposals/{own_proposal(o).slug}/answer/",
        True,
    ),
    "causes_dashboard:suggest_institution": (
        lambda o: "/dashboard/institutions/suggest/",
        True,
    ),
}
# Named URLs that are neither lists nor details: files for machines, and
# one-off actions.
NOT_PAGES = {
    "healthz",
    "robots_txt",
    "security_txt",
    "favicon",
    "members:invitation",
    "members_dashboard:remove_role",
    "members_dashboard:activity_state",
    "members_dashboard:practice_state",
    "practices:reuse",
    "causes:support",
    "causes:withdraw_support",
    "causes:co_sponsor",
    "causes:comment",
    "events:register",
    "events:cancel",
    # The newsletter's secret links, one subscriber each.
    "newsletter_confirm",
    "newsletter_unsubscribe",
    # Following: a button, and the digest's secret link.
    "following:toggle",
    "following:unsubscribe",
    # Help between members: answering, accepting an answer, withdrawing.
    "help:respond",
    "help:accept",
    "help:withdraw",
}
THIRD_PARTY = {"admin", "account", "mfa"}


def named_urls(patterns=None, namespace=""):
    """Every named URL of the portal's own apps, with its namespace."""
    names = set()
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace or namespace
            names |= named_urls(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            if pattern.name.startswith(("account_", "mfa_", "socialaccount_")):
                continue
            names.add(f"{namespace}:{pattern.name}" if namespace else pattern.name)
    return {name for name in names if name.split(":")[0] not in THIRD_PARTY}


def report(organisation):
    """A published activity with a photo, two results and a partner."""
    activity = ActivityFactory(
        organisation=organisation, topics=[topic("youth")], in_project=True
    )
    ActivityPhoto.objects.create(
        activity=activity,
        image="activities/p.jpg",
        image_small="activities/p-400.webp",
        image_medium="activities/p-800.webp",
        alt_text_bg="Снимка",
    )
    ResultFactory(activity=activity)
    ResultFactory(activity=activity, indicator=indicator("volunteers"), value=4)
    activity.co_organisers.add(OrganisationFactory())
    activity.institutions.add(
        Institution.objects.create(name="Община", slug=f"i-{activity.pk}", kind="other")
    )
    return activity


def share(organisation):
    """A published practice with a photo, a document, a linked activity and
    a reuse by another member."""
    practice = PracticeFactory(
        organisation=organisation, topics=[topic("youth")], in_project=True
    )
    PracticePhoto.objects.create(
        practice=practice,
        image="practices/p.jpg",
        image_small="practices/p-400.webp",
        image_medium="practices/p-800.webp",
        alt_text_bg="Снимка",
    )
    PracticeDocument.objects.create(
        practice=practice, title_bg="Наръчник", file="practices/documents/g.pdf"
    )
    practice.activities.add(report(organisation))
    practice.record_reuse(organisation=OrganisationFactory(), note="Да.", by=None)
    return practice


def propose(organisation):
    cause = Cause.objects.create(
        proposed_by=organisation, title="Кауза", title_bg="Кауза", summary_bg="x"
    )
    cause.topics.add(topic("youth"))
    return cause


def join_initiative(organisation, cause):
    initiative = Initiative.objects.create(
        title_bg="Инициатива", summary_bg="x", status="active", starts_on="2026-01-01"
    )
    initiative.organisations.add(organisation)
    initiative.institutions.add(
        Institution.objects.create(
            name="Училище", slug=f"u-{initiative.pk}", kind="school"
        )
    )
    initiative.causes.add(cause)
    return initiative


def discuss(cause):
    Comment.objects.create(
        cause=cause,
        author=UserFactory(),
        organisation=OrganisationFactory(),
        author_name="Име",
        body="Коментар",
    )


def plan_meeting(organisation, editor, *, days=10, **fields):
    starts = timezone.now() + timedelta(days=days)
    meeting = Meeting.objects.create(
        title_bg="Среща",
        summary_bg="x",
        kind="general",
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        venue_bg="Зала",
        place=place("stara-zagora"),
        capacity=100,
        **fields,
    )
    meeting.organisers.add(organisation)
    Registration.objects.create(
        meeting=meeting,
        user=editor,
        name="Редактор",
        email=editor.email,
        organisation=organisation,
    )
    return meeting


def held_meeting(organisation):
    return Meeting.objects.held().filter(attendance__organisation=organisation).first()


def hold_meeting(organisation, cause):
    meeting = Meeting.objects.create(
        title_bg="Проведена среща",
        summary_bg="x",
        kind="general",
        status="held",
        starts_at=timezone.now() - timedelta(days=30),
        ends_at=timezone.now() - timedelta(days=30) + timedelta(hours=2),
        venue_bg="Зала",
        minutes_bg="Протокол.",
        participants=5,
        in_project=True,
    )
    item = AgendaItem.objects.create(meeting=meeting, title_bg="Точка", cause=cause)
    Attendance.objects.create(meeting=meeting, organisation=organisation, people=2)
    Decision.objects.create(
        meeting=meeting, agenda_item=item, text_bg="Решение", cause=cause
    )
    Document.objects.create(meeting=meeting, title_bg="Протокол", file="m/p.pdf")
    return meeting


def own_proposal(organisation):
    """The organisation's first proposal to an institution."""
    return organisation.proposals_sent.earliest("pk")


def send_proposals(organisation, cause, institution=None):
    """A proposal of the organisation's for the cause, answered, co-signed
    by another member, and an overdue one, to an institution the cause
    concerns."""
    institution = institution or Institution.objects.create(
        name="Община",
        name_bg="Община",
        slug=f"obshtina-{Institution.objects.count()}",
        kind="municipality",
        municipality=place("stara-zagora"),
    )
    cause.institutions.add(institution)
    today = timezone.localdate()
    answered = Proposal.objects.create(
        title_bg="Предложение",
        title="Предложение",
        summary_bg="x",
        summary="x",
        text_bg="Текст",
        institution=institution,
        cause=cause,
        organisation=organisation,
        sent_on=today - timedelta(days=40),
        outcome="partly",
        answered_on=today - timedelta(days=5),
    )
    answered.co_signers.add(OrganisationFactory())
    Proposal.objects.create(
        title_bg="Сигнал",
        title="Сигнал",
        summary_bg="x",
        summary="x",
        text_bg="Текст",
        kind="signal",
        institution=institution,
        cause=cause,
        organisation=organisation,
        sent_on=today - timedelta(days=90),
        due_on=today - timedelta(days=20),
    )
    return institution


def own_help(organisation, status):
    """The organisation's first request or offer in a status."""
    return organisation.help_items.filter(status=status).earliest("pk")


def ask_for_help(organisation, status, *, helpers=1):
    """A request of the organisation's for volunteers in a status, on a
    topic: answered by a member and a supporter, and, agreed or done, by
    `helpers` members whose answers were accepted."""
    item = HelpItemFactory(
        organisation=organisation, status=status, topics=[topic("youth")]
    )
    if status == "done":
        item.outcome, item.outcome_figure, item.outcome_measure = (
            "Дойдоха.",
            9,
            "people",
        )
        item.save()
    ResponseFactory(item=item)
    ResponseFactory(item=item, organisation=None, responder=UserFactory())
    if status in ("agreed", "done"):
        for _ in range(helpers):
            ResponseFactory(item=item, accepted=True)
    return item


def help_out(organisation, editor):
    """The organisation's requests and offers, open, agreed and done, with
    their answers; its accepted answer to another member's request, and
    its editor's answer, as a volunteer, to a third's."""
    ask_for_help(organisation, "open")
    ask_for_help(organisation, "done")
    offer = HelpItemFactory(organisation=organisation, offer=True, status="agreed")
    ResponseFactory(item=offer, accepted=True)
    ResponseFactory(
        item=ask_for_help(OrganisationFactory(), "agreed"),
        organisation=organisation,
        accepted=True,
    )
    ResponseFactory(
        item=HelpItemFactory(), organisation=None, responder=editor, accepted=True
    )


def grow(organisation, editor, times):
    """Add rows to everything the pages list."""
    cause = organisation.proposed_causes.get()
    meeting = organisation.organised_meetings.get()
    held = held_meeting(organisation)
    for number in range(times):
        plan_meeting(OrganisationFactory(), UserFactory(), days=20 + number)
        other = OrganisationFactory()
        Registration.objects.create(
            meeting=plan_meeting(other, UserFactory(), days=30 + number),
            user=editor,
            name="Редактор",
            email=editor.email,
            organisation=organisation,
        )
        meeting.organisers.add(OrganisationFactory())
        AgendaItem.objects.create(meeting=held, title_bg="Точка", cause=propose(other))
        Attendance.objects.create(meeting=held, organisation=other, people=3)
        Decision.objects.create(meeting=held, text_bg="Още", cause=propose(other))
        Document.objects.create(meeting=held, title_bg="Документ", file="m/d.pdf")
        hold_meeting(OrganisationFactory(), propose(OrganisationFactory()))
    initiative = organisation.initiatives.get()
    for _ in range(times):
        discuss(cause)
        join_initiative(OrganisationFactory(), propose(OrganisationFactory()))
        initiative.organisations.add(OrganisationFactory())
        initiative.causes.add(propose(OrganisationFactory()))
        initiative.institutions.add(
            Institution.objects.create(
                name="Библиотека",
                slug=f"b-{Institution.objects.count()}",
                kind="library",
            )
        )
        cause.initiatives.add(join_initiative(OrganisationFactory(), cause))
        cause.support(user=UserFactory())
        cause.add_co_sponsor(organisation=OrganisationFactory(), by=None)
        cause.activities.add(report(OrganisationFactory()))
        cause.milestones.create(date="2026-05-01", title_bg="Стъпка", title="Стъпка")
        propose(OrganisationFactory()).support(user=UserFactory())
        other = OrganisationFactory(topics=[topic("youth"), topic("health")])
        RoleFactory(organisation=other, user=editor)
        RoleFactory(organisation=organisation)
        InvitationFactory(organisation=organisation)
        organisation.topics.add(topic("education"), topic("sport"))
        report(organisation)
        report(other)
    practice = organisation.practices.order_by("pk").first()
    for _ in range(times):
        share(organisation)
        share(OrganisationFactory()).record_reuse(
            organisation=organisation, note="И при нас.", by=editor
        )
        practice.record_reuse(organisation=OrganisationFactory(), note="", by=None)
        practice.activities.add(report(organisation))
        practice.topics.add(topic("health"))
        PracticeDocument.objects.create(
            practice=practice, title_bg="Още", file="practices/documents/m.pdf"
        )
    for _ in range(times):
        follow(editor, OrganisationFactory())
        follow(editor, propose(OrganisationFactory()))
        hidden = report(organisation)
        hidden.hide(by=None, reason="Дублира друга.")
        # What only coordinators are told of, to read every kind's text.
        Notification.objects.create(
            user=editor, kind="report", comment=cause.comments.last()
        )
        Notification.objects.create(
            user=editor, kind="application", application=ApplicationFactory()
        )
    promise(times)
    follow(editor, topic("youth") if times == 1 else topic("health"))
    done, open_item = own_help(organisation, "done"), own_help(organisation, "open")
    for _ in range(times):
        help_out(organisation, editor)
        ask_for_help(OrganisationFactory(), "open")
        ask_for_help(OrganisationFactory(), "done", helpers=2)
        ResponseFactory(item=done, accepted=True)
        ResponseFactory(item=open_item)
        ResponseFactory(item=open_item, organisation=None, responder=UserFactory())
        done.topics.add(topic("health"))
        open_item.topics.add(topic("health"))
    institution = own_proposal(organisation).institution
    for _ in range(times):
        send_proposals(organisation, cause, institution)
        send_proposals(OrganisationFactory(), propose(OrganisationFactory()))
        own_proposal(organisation).co_signers.add(OrganisationFactory())
        initiative.institutions.add(institution)
        report(organisation).institutions.add(institution)
    first = organisation.activities.order_by("pk").first()
    for _ in range(times):
        ResultFactory(activity=first, indicator=indicator("media"), value=1)
        first.co_organisers.add(OrganisationFactory())
    assess_capacity(organisation, editor, times)


def queries(client, url):
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200, url
    return [shape(query["sql"]) for query in context.captured_queries]


def shape(sql):
    """A query without its values, so that the same query matches itself."""
    return re.sub(r"'[^']*'|\b\d+\b", "?", sql)


def test_every_page_of_the_portal_is_measured():
    measured = {name.split(" ")[0] for name in PAGES}

    assert named_urls() - measured - NOT_PAGES == set()


def small_network():
    """The gate's small network: one of every row the pages show, around an
    organisation whose editor also edits for another member. Returns the
    organisation and its editor; `grow(organisation, editor, times)` makes
    it the larger one."""
    editor = UserFactory()
    organisation = OrganisationFactory(topics=[topic("youth")])
    Role.objects.create(user=editor, organisation=organisation, kind="editor")
    InvitationFactory(organisation=organisation)
    report(organisation)
    # The editor edits for another member too, which may say it reused A's
    # practice.
    RoleFactory(organisation=OrganisationFactory(), user=editor)
    share(organisation)
    share(OrganisationFactory()).record_reuse(
        organisation=organisation, note="И при нас.", by=editor
    )
    cause = propose(organisation)
    cause.add_co_sponsor(organisation=OrganisationFactory(), by=None)
    cause.activities.add(report(OrganisationFactory()))
    cause.milestones.create(date="2026-04-01", title_bg="Стъпка", title="Стъпка")
    discuss(cause)
    join_initiative(organisation, cause)
    plan_meeting(organisation, editor)
    hold_meeting(organisation, cause)
    promise(1)
    help_out(organisation, editor)
    institution = send_proposals(organisation, cause)
    organisation.initiatives.get().institutions.add(institution)
    report(organisation).institutions.add(institution)
    assess_capacity(organisation, editor, times=1)
    return organisation, editor


def assess_capacity(organisation, editor, times):
    """Capacity self-assessments: the organisation's own, in past rounds
    (its draft for the open one), and other members', strong and willing
    to be suggested, enough for the public figures and the outcome."""
    if not organisation.capacity_assessments.exists():
        submitted(organisation, levels=[1] * 8, by=editor)
        round_("Сега", days_ago=3).assessments.create(organisation=organisation)
        # The first round, which the public figures compare the latest with,
        # over the organisations that answered both.
        first = round_("Начало", days_ago=900)
        submitted(organisation, first, levels=[1] * 8, by=editor)
        for _ in range(5):
            submitted(OrganisationFactory(), first, levels=[3] * 8)
    for number in range(times):
        past = round_(f"Кръг {number}", days_ago=400 + number)
        submitted(organisation, past, levels=[2] * 8, by=editor)
        for _ in range(5):
            other = OrganisationFactory()
            share(other).topics.add(topic("transparency"), topic("volunteering"))
            submitted(other, past, levels=[4] * 8, suggested=True)


def promise(times):
    """Indicators of the project's results framework, of each source: a
    count (the same one for all, asked once), a sum of results and values
    entered by the coordinators."""
    for number in range(times):
        period = {
            "period_start": date(2026, 1, 1),
            "period_end": date(2027, 12, 31),
            "target": 10,
            "level": "output",
            "is_headline": True,
        }
        ProjectIndicator.objects.create(
            name=f"Членове {number}", source="counted", counted="members", **period
        )
        ProjectIndicator.objects.create(
            name=f"Капацитет {number}",
            source="counted",
            counted="capacity_rose",
            **period,
        )
        summed = ProjectIndicator.objects.create(
            name=f"Хора {number}", source="results", **period
        )
        summed.result_indicators.add(indicator("people-reached"), indicator("media"))
        entered = ProjectIndicator.objects.create(
            name=f"Анкета {number}", source="entered", **period
        )
        entered.values.create(value=5, measured_on=date(2026, 3, 1))
        entered.values.create(value=7, measured_on=date(2026, 4, 1))


# How many times `grow` adds to the small network for the larger one.
LARGER = 4


def test_queries_do_not_grow_with_the_rows(client, settings):
    settings.CAUSE_BACKING_THRESHOLD = 100  # the cause stays editable
    organisation, editor = small_network()
    client.force_login(editor)
    small = {
        name: queries(client, url(organisation)) for name, (url, _) in PAGES.items()
    }

    grow(organisation, editor, times=LARGER)
    large = {
        name: queries(client, url(organisation)) for name, (url, _) in PAGES.items()
    }

    grown = {}
    for name in PAGES:
        extra = Counter(large[name]) - Counter(small[name])
        if len(large[name]) != len(small[name]):
            grown[f"{name} {len(small[name])} → {len(large[name])}"] = list(extra)
    assert grown == {}

"""The demo network loads once or many times and gives working accounts."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management import call_command

from causes.models import Cause, Comment, CoSponsorship, Proposal, StatusChange
from events.models import Attendance, Meeting
from members.models import (
    Activity,
    ActivityPhoto,
    IndicatorTotal,
    Organisation,
    Practice,
    Result,
)
from network_portal.models import SearchEntry

pytestmark = pytest.mark.django_db

User = get_user_model()


def test_seed_demo_creates_the_three_demo_accounts_verified():
    call_command("seed_demo", password="demo-password-1")

    accounts = User.objects.filter(email__endswith="@example.org")
    assert set(accounts.values_list("email", flat=True)) == {
        "coordinator@example.org",
        "editor@example.org",
        "supporter@example.org",
    }
    for user in accounts:
        assert EmailAddress.objects.get(email=user.email).verified
        assert user.check_password("demo-password-1")


def test_the_demo_crowd_supports_causes_but_cannot_sign_in():
    call_command("seed_demo", password="demo-password-1")

    crowd = User.objects.filter(email__endswith="@example.net")
    assert crowd.count() == 24
    assert not any(user.has_usable_password() for user in crowd)


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
    assert EmailAddress.objects.count() == 3 + 24  # the accounts, the demo crowd
    assert User.objects.get(email="editor@example.org").check_password("second")


def test_seed_demo_once_leaves_a_loaded_demo_alone():
    call_command("seed_demo", password="first")

    call_command("seed_demo", "--once", password="second")

    assert User.objects.get(email="editor@example.org").check_password("first")


def test_seed_demo_once_loads_an_empty_database():
    call_command("seed_demo", "--once", password="first")

    assert User.objects.get(email="editor@example.org").check_password("first")


def test_the_demo_network_has_sixteen_members_and_two_years_of_reports():
    from datetime import timedelta

    from django.utils import timezone

    from members.models import Activity, Indicator, Organisation, Result

    call_command("seed_demo", password="demo-password-1")

    organisations = Organisation.objects.public()
    # Sixteen members, as the project promised, and a former and a
    # suspended one besides.
    assert organisations.count() == 18
    assert Organisation.objects.active().count() == 16
    assert organisations.filter(is_coordinator=True).get().name_bg == (
        "Клуб „Отворено общество“ Стара Загора"
    )
    assert set(organisations.values_list("kind", flat=True)) == set(
        Organisation.Kind.values
    )
    assert all(o.activities.exists() for o in organisations)
    first = Activity.objects.order_by("starts_on").first().starts_on
    assert first < timezone.localdate() - timedelta(days=365)
    assert Activity.objects.joint().exists()
    assert Activity.objects.filter(institutions__isnull=False).exists()
    assert Activity.objects.filter(photos__isnull=False).exists()
    used = set(Result.objects.values_list("indicator__slug", flat=True))
    assert set(Indicator.objects.values_list("slug", flat=True)) <= used
    assert Result.objects.verified().exists()
    assert Result.objects.self_reported().exists()


def test_seed_bench_grows_the_demo_network_n_fold_once():
    call_command("seed_demo", password="demo-password-1")
    grown = [Organisation, Activity, ActivityPhoto, Result, Practice, Cause]
    grown += [StatusChange, CoSponsorship, Comment, Meeting, Attendance]
    grown += [Proposal, Proposal.co_signers.through]
    grown += [Organisation.topics.through, Practice.topics.through]
    counts = {model: model.objects.count() for model in grown}
    # Neither partner initiatives nor help between members are grown, nor
    # the institutions: more proposals go to the same ones.
    indexed = SearchEntry.objects.exclude(
        kind__in=["initiative", "help", "institution"]
    )
    entries = indexed.count()

    call_command("seed_bench", scale=3)
    call_command("seed_bench", scale=3)  # already grown: nothing more

    for model, count in counts.items():
        assert model.objects.count() == 3 * count, model
    assert indexed.count() == 3 * entries
    copy = Organisation.objects.get(slug="sdruzhenie-zelena-stara-zagora-b3")
    assert copy.name.endswith(" 3")
    assert Cause.objects.filter(slug__endswith="-b2", supports__isnull=False).exists()
    assert not Attendance.objects.filter(meeting__slug__endswith="-b2").exclude(
        organisation__slug__endswith="-b2"
    ), "a copied meeting's attendance is of the copied organisations"
    # The copies' results are in the indicators' kept totals.
    assert [
        (t.indicator.slug, t.verified, t.self_reported)
        for t in IndicatorTotal.objects.as_totals()
    ] == [
        (t.indicator.slug, t.verified, t.self_reported)
        for t in Result.objects.public().totals()
    ]


def test_the_demo_people_follow_and_are_told_but_nobody_is_mailed(
    django_capture_on_commit_callbacks,
):
    from django.core import mail

    from following.models import Follow, Notification

    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", password="demo-password-1")
        call_command("seed_demo", password="demo-password-1")

    supporter = User.objects.get(email="supporter@example.org")
    follows = Follow.objects.filter(user=supporter)
    assert follows.filter(organisation__isnull=False).count() == 2
    assert follows.filter(cause__isnull=False).count() == 2
    assert follows.filter(topic__isnull=False).count() == 2
    told = Notification.objects.filter(user__email="editor@example.org")
    assert {n.kind for n in told} >= {"co_sponsor", "comment"}
    assert told.filter(read_at=None).exists()
    assert Notification.objects.filter(user__email="coordinator@example.org").exists()
    assert (
        Notification.objects.exclude(
            user__email__in=["editor@example.org", "coordinator@example.org"]
        ).count()
        == 0
    )
    assert mail.outbox == []


def test_the_demo_activities_are_written_one_by_one():
    call_command("seed_demo", password="demo-password-1")

    titles = list(Activity.objects.values_list("title_bg", flat=True))
    assert len(set(titles)) == len(titles)
    assert len(set(Activity.objects.values_list("title_en", flat=True))) == len(titles)
    statements = Result.objects.filter(indicator=None).values_list(
        "statement_bg", flat=True
    )
    assert len(set(statements)) == len(statements) == len(titles)
    assert Activity.objects.values("place").distinct().count() == 11  # all of them
    assert not Activity.objects.filter(summary_en="").exists()
    assert not Activity.objects.filter(location_en="").exists()
    linked = Practice.objects.filter(activities__isnull=False).distinct()
    assert linked.count() == Practice.objects.count() == 12
    assert Cause.objects.filter(activities__isnull=False).exists()


def test_the_first_general_meeting_adopts_the_rules_but_votes_on_no_cause():
    from events.models import Decision

    call_command("seed_demo", password="demo-password-1")

    first = Meeting.objects.filter(kind="general").order_by("starts_at").first()
    assert not first.decisions.filter(cause__isnull=False).exists()
    assert not first.agenda.filter(cause__isnull=False).exists()
    assert first.decisions.get().votes_against == 0  # the rules, unanimously
    assert "не гласува по каузите" in first.minutes_bg
    decided = Decision.objects.filter(cause__isnull=False)
    assert decided.exists()
    assert all(d.meeting.starts_at > first.starts_at for d in decided)


def test_the_demo_project_runs_twelve_months_half_run_with_targets_met_and_behind():
    from django.utils import timezone

    from network_portal.models import SiteSettings
    from network_portal.targets import framework, progress

    call_command("seed_demo", password="demo-password-1")

    site = SiteSettings.load()
    today = timezone.localdate()
    assert site.project_starts_on < today < site.project_ends_on
    assert (site.project_ends_on - site.project_starts_on).days in range(364, 366)
    found = {p.indicator.name_en: p for p in progress(framework(), today)}
    assert found["Organisations and informal groups united"].actual == 16
    statuses = {p.status for p in found.values()}
    assert {"met", "behind"} <= statuses
    # What the project counts as its own: its activities, meetings and
    # practices in its period, and nothing of before it.
    for model in (Activity, Meeting, Practice):
        marked = model.objects.filter(in_project=True)
        assert marked.exists()
    assert not Activity.objects.filter(
        in_project=True, starts_on__lt=site.project_starts_on
    ).exists()
    assert Activity.objects.filter(in_project=False).exists()


def test_the_demo_members_help_each_other_in_every_state():
    from mutual_help.models import HelpItem, Response

    call_command("seed_demo", password="demo-password-1")
    items, answers = HelpItem.objects.count(), Response.objects.count()
    call_command("seed_demo", password="demo-password-1")  # updates, adds none

    assert (HelpItem.objects.count(), Response.objects.count()) == (items, answers)
    assert items >= 12
    assert set(HelpItem.objects.values_list("status", flat=True)) == set(
        HelpItem.Status.values
    )
    assert set(HelpItem.objects.values_list("direction", flat=True)) == {
        "request",
        "offer",
    }
    assert set(HelpItem.objects.values_list("kind", flat=True)) == set(
        HelpItem.Kind.values
    )
    assert not HelpItem.objects.filter(title_en="").exists()
    assert not HelpItem.objects.filter(description_en="").exists()
    # Answered, and some answers accepted: by every agreed and done item.
    assert HelpItem.objects.filter(status="open", responses__isnull=False).exists()
    for item in HelpItem.objects.filter(status__in=["agreed", "done"]):
        assert item.responses.accepted().exists(), item
    assert (
        not Response.objects.accepted()
        .filter(item__status__in=["open", "expired", "withdrawn"])
        .exists()
    )
    done = HelpItem.objects.filter(status="done")
    assert not done.filter(outcome_bg="").exists()
    assert done.filter(outcome_figure__isnull=False, outcome_measure="people").exists()
    # The demo supporter answered a request for volunteers, for herself.
    supporter = User.objects.get(email="supporter@example.org")
    own = Response.objects.filter(responder=supporter, organisation=None)
    assert own.exists()
    assert all(
        (r.item.direction, r.item.kind) == ("request", "volunteers") for r in own
    )
    # Nothing open or agreed has a past day: the daily expiry leaves the
    # demo as it is.
    from mutual_help.services import expire

    assert expire() == 0


def test_the_demo_proposals_to_institutions_are_in_every_state():
    from datetime import timedelta

    from django.db.models import F
    from django.utils import timezone

    from members.models import Institution

    call_command("seed_demo", password="demo-password-1")
    counts = Proposal.objects.count(), Institution.objects.count()
    call_command("seed_demo", password="demo-password-1")  # updates, adds none

    today = timezone.localdate()
    proposals = Proposal.objects.all()
    assert (proposals.count(), Institution.objects.count()) == counts
    assert proposals.count() >= 10
    answered = proposals.answered()
    assert answered.filter(outcome="accepted").exists()
    assert answered.filter(answered_on__lte=F("due_on")).exists()
    for outcome in ["partly", "rejected", "forwarded", "no_answer"]:
        assert proposals.filter(outcome=outcome).exists(), outcome
    assert proposals.filter(outcome="no_answer").count() == 1
    assert proposals.get(outcome="no_answer").due_on < today
    assert proposals.awaiting(today).count() >= 2
    assert proposals.overdue(today).filter(outcome="").count() == 1
    information = proposals.get(kind="information")
    assert information.due_on - information.sent_on == timedelta(days=14)
    assert {"proposal", "petition", "signal"} <= set(
        proposals.values_list("kind", flat=True)
    )
    assert not answered.filter(answered_on__gt=today).exists()
    assert not proposals.filter(sent_on__gt=today).exists()
    for field in ["title", "summary", "text"]:
        for language in ["bg", "en"]:
            assert not proposals.filter(**{f"{field}_{language}": ""}).exists()
    for language in ["bg", "en"]:
        assert not answered.filter(**{f"answer_summary_{language}": ""}).exists()
    assert proposals.filter(co_signers__isnull=False).exists()
    assert not proposals.filter(registration_number="").exists()
    assert not proposals.filter(institution__confirmed_at=None).exists()
    # Each recorded by an editor of the sender, or by the coordinator.
    for proposal in proposals:
        assert proposal.recorded_by is not None
        assert (
            proposal.recorded_by.is_staff
            or proposal.organisation.roles.filter(
                user=proposal.recorded_by, kind="editor"
            ).exists()
        )


def test_the_demo_institutions_have_councils_causes_and_a_suggestion():
    from members.models import Institution

    call_command("seed_demo", password="demo-password-1")
    call_command("seed_demo", password="demo-password-1")

    councils = Institution.objects.filter(kind="council")
    assert set(councils.values_list("name_en", flat=True)) >= {
        "Stara Zagora Municipal Council",
        "Kazanlak Municipal Council",
    }
    suggested = Institution.objects.suggested().get()
    assert suggested.suggested_by.email == "editor@example.org"
    assert suggested.suggestion_note
    assert not suggested.causes.exists()
    assert Cause.objects.filter(institutions__isnull=False).distinct().count() >= 6
    assert not Institution.objects.filter(name_en="").exists()

"""The project's own work and its report: the mark "part of the project" on
activities, practices and meetings, who sets it, what it shows, and the
report for a period that counts it."""

from datetime import date, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from causes.models import Cause, Initiative, Status
from events.models import Attendance, Decision, Meeting
from members.models import Activity, Institution, Practice
from network_portal.models import ProjectIndicator, SiteSettings
from tests.factories import (
    ActivityFactory,
    OrganisationFactory,
    PracticeFactory,
    ResultFactory,
    indicator,
)
from tests.markup import parse
from tests.members.test_activities import activity_data
from tests.members.test_practices import practice_form

pytestmark = pytest.mark.django_db

REPORT = "/transparency/report/"
STATEMENT = "се изпълнява с финансовата подкрепа на Исландия"


def project_dates(start, end):
    site = SiteSettings.load()
    site.project_starts_on, site.project_ends_on = start, end
    site.save()


def meeting(day, *, status="held", in_project=False, title="Общо събрание"):
    starts = timezone.make_aware(datetime.combine(day, datetime.min.time())) + (
        timedelta(hours=10)
    )
    return Meeting.objects.create(
        title=title,
        title_bg=title,
        summary_bg="x",
        kind="general",
        status=status,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        participants=12,
        in_project=in_project,
    )


def report_page(client, query=""):
    response = client.get(REPORT + query)
    assert response.status_code == 200
    return response.content.decode()


def section(page, heading_id):
    """The text of one section of the report."""
    [found] = [
        element
        for element in parse(page).find_all("section")
        if element.attrs.get("aria-labelledby") == heading_id
    ]
    return found.text


# The mark and what it shows


@pytest.mark.parametrize(
    "item",
    [
        lambda mark: ActivityFactory(in_project=mark),
        lambda mark: PracticeFactory(in_project=mark),
        lambda mark: meeting(date(2026, 5, 4), in_project=mark),
    ],
    ids=["activity", "practice", "meeting"],
)
def test_an_item_of_the_project_shows_the_funding_statement(client, item):
    of_the_project, other = item(True), item(False)

    page = client.get(of_the_project.get_absolute_url()).content.decode()
    assert STATEMENT in page
    assert "Част от проекта „Синергия на мрежата“" in page
    assert f'href="{REPORT}"' in page
    english = client.get("/en" + of_the_project.get_absolute_url()).content.decode()
    assert "Part of the project “Network Synergy”" in english
    # The footer carries the statement on every page; the item's own section
    # is what tells the project's items apart.
    assert (
        "Част от проекта" not in client.get(other.get_absolute_url()).content.decode()
    )


def test_the_owner_marks_an_activity_and_a_practice_as_part_of_the_project(
    client, owner, organisation
):
    client.force_login(owner)
    base = f"/dashboard/organisations/{organisation.slug}"

    client.post(f"{base}/activities/new/", activity_data(in_project="on", publish="1"))
    client.post(f"{base}/practices/new/", practice_form(in_project="on"))

    assert Activity.objects.get(organisation=organisation).in_project
    practice = Practice.objects.get(organisation=organisation)
    assert practice.in_project
    # And takes the mark off again.
    data = practice_form()
    client.post(f"{base}/practices/{practice.pk}/", data)
    practice.refresh_from_db()
    assert not practice.in_project


@pytest.mark.parametrize("who", ["other_member", "outsider"])
def test_no_one_else_marks_an_organisations_activity(
    client, organisation, request, who
):
    activity = ActivityFactory(organisation=organisation)
    client.force_login(request.getfixturevalue(who))

    response = client.post(
        f"/dashboard/organisations/{organisation.slug}/activities/{activity.pk}/",
        activity_data(in_project="on"),
    )

    assert response.status_code in (403, 404)
    activity.refresh_from_db()
    assert not activity.in_project


def test_a_coordinator_marks_a_meeting_and_filters_the_activities_by_the_mark(
    coordinator_client,
):
    held = meeting(date(2026, 5, 4))
    ActivityFactory(title="Проектна", in_project=True)
    ActivityFactory(title="Друга")

    form = coordinator_client.get(f"/admin/events/meeting/{held.pk}/change/")
    assert 'name="in_project"' in form.content.decode()
    listed = coordinator_client.get("/admin/members/activity/?in_project__exact=1")
    text = listed.content.decode()
    assert "Проектна" in text and "Друга" not in text


def test_the_project_cannot_end_before_it_starts():
    site = SiteSettings.load()
    site.project_starts_on, site.project_ends_on = date(2026, 6, 1), date(2026, 5, 1)

    with pytest.raises(ValidationError) as error:
        site.full_clean()

    assert "project_ends_on" in error.value.message_dict


# The report


@pytest.fixture
def period():
    """A project from March to August 2026, with something of every kind in
    it, and something before it."""
    project_dates(date(2026, 3, 1), date(2026, 8, 31))
    return date(2026, 3, 1), date(2026, 8, 31)


def test_the_report_covers_the_projects_period_by_default(client, period):
    ActivityFactory(title="Вътре", starts_on=date(2026, 4, 2), in_project=True)
    ActivityFactory(title="Преди", starts_on=date(2026, 2, 27), in_project=True)
    ActivityFactory(title="Не е от проекта", starts_on=date(2026, 4, 3))

    page = report_page(client)

    assert "За периода от 1 март 2026 г. до 31 август 2026 г." in page
    activities = section(page, "report-activities")
    assert "Вътре" in activities
    assert "Преди" not in activities and "Не е от проекта" not in activities
    figures = section(page, "report-summary")
    assert "1 дейност по проекта от 2 отчетени от членовете" in figures


def test_without_the_projects_dates_the_report_covers_the_indicators_periods(client):
    ProjectIndicator.objects.create(
        name="Срещи",
        level="output",
        target=4,
        source="counted",
        counted="meetings_held",
        period_start=date(2025, 10, 1),
        period_end=date(2027, 3, 31),
    )

    page = report_page(client, "")

    assert "от 1 октомври 2025 г. до 31 март 2027 г." in page


def test_a_period_asked_for_is_reported(client, period):
    ActivityFactory(title="Майска", starts_on=date(2026, 5, 10), in_project=True)
    ActivityFactory(title="Юлска", starts_on=date(2026, 7, 10), in_project=True)

    page = report_page(client, "?from=2026-07-01&to=2026-07-31")

    assert "Юлска" in page and "Майска" not in page
    form = parse(page).find("form", class_="report__period")
    [start] = [i for i in form.find_all("input") if i.attrs["name"] == "from"]
    assert start.attrs["value"] == "2026-07-01"


@pytest.mark.parametrize(
    "query, message",
    [
        (
            "?from=2026-07-31&to=2026-07-01",
            "Периодът не може да завършва, преди да е започнал.",
        ),
        ("?from=2026-13-45", "Въведете валидна дата."),
    ],
)
def test_a_wrong_period_says_why_in_bulgarian_and_reports_the_projects(
    client, period, query, message
):
    page = report_page(client, query)

    alert = parse(page).find("div", class_="message--error").text
    assert message in alert
    assert "За периода от 1 март 2026 г. до 31 август 2026 г." in page


def test_the_report_shows_the_targets_results_meetings_causes_and_members(
    client, period, coordinator
):
    first, second = OrganisationFactory(name="Първа"), OrganisationFactory(name="Втора")
    OrganisationFactory(name="Мълчалива")
    activity = ActivityFactory(
        organisation=first, title="Панаир", starts_on=date(2026, 6, 1), in_project=True
    )
    activity.co_organisers.add(second)
    ResultFactory(activity=activity, value=250).verify(by=coordinator)
    ResultFactory(activity=activity, indicator=indicator("volunteers"), value=9)
    ProjectIndicator.objects.create(
        name="Достигнати хора",
        level="outcome",
        unit="души",
        target=1000,
        source="results",
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
    ).result_indicators.add(indicator("people-reached"))
    held = meeting(date(2026, 5, 4), in_project=True)
    cause = Cause.objects.create(
        proposed_by=first, title="Кауза", title_bg="Кауза", summary_bg="x"
    )
    Attendance.objects.create(meeting=held, organisation=first, people=2)
    Attendance.objects.create(meeting=held, organisation=second, people=1)
    Decision.objects.create(
        meeting=held, text_bg="Приема плана.", votes_for=2, cause=cause
    )
    meeting(date(2026, 9, 10), title="Есенно събрание")  # after the period
    meeting(date(2026, 6, 10), status="cancelled", title="Отменена")

    page = report_page(client)

    targets = section(page, "report-targets")
    assert "Достигнати хора" in targets and "250" in targets
    activities = section(page, "report-activities")
    assert "Панаир" in activities and "Първа, Втора" in activities
    assert "Достигнати хора: 250 души проверен от координаторите" in activities
    assert "Включени доброволци: 9 души" in activities
    meetings = section(page, "report-meetings")
    assert "Общо събрание" in meetings and "част от проекта" in meetings
    assert "2 организации, 12 души" in meetings
    assert (
        "Кауза" in meetings
        and "Приема плана. (2 за, 0 против, 0 въздържали се)" in meetings
    )
    assert "Есенно" not in meetings and "Отменена" not in meetings
    members = section(page, "report-members")
    assert "Първа 1" in members and "Втора" not in members
    assert "2 активни членове не са отчели дейност за периода." in members


def test_the_report_shows_causes_steps_initiatives_and_practices_in_the_period(
    client, period
):
    member, other = OrganisationFactory(), OrganisationFactory(name="Преизползвала")
    cause = Cause.objects.create(
        proposed_by=member, title="Чист въздух", title_bg="Чист въздух", summary_bg="x"
    )
    cause.history.create(
        to_status=Status.BACKED,
        from_status=Status.PROPOSED,
        changed_at=timezone.make_aware(datetime(2026, 4, 5, 12)),
    )
    cause.milestones.create(
        date=date(2026, 6, 7), title="Писмо до кмета", title_bg="Писмо до кмета"
    )
    cause.milestones.create(date=date(2026, 1, 7), title="Преди", title_bg="Преди")
    initiative = Initiative.objects.create(
        title="Зелен коридор", title_bg="Зелен коридор", summary_bg="x",
        starts_on=date(2026, 2, 1), status="active",
    )  # fmt: skip
    initiative.organisations.add(member)
    initiative.institutions.add(
        Institution.objects.create(name="Община Стара Загора", slug="os", kind="other")
    )
    Initiative.objects.create(
        title="Приключила", title_bg="Приключила", summary_bg="x",
        starts_on=date(2025, 2, 1), ends_on=date(2025, 12, 1), status="completed",
    )  # fmt: skip
    practice = PracticeFactory(
        organisation=member, title="Жива библиотека", in_project=True
    )
    Practice.objects.filter(pk=practice.pk).update(
        published_at=timezone.make_aware(datetime(2026, 4, 1, 12))
    )
    reuse = practice.record_reuse(organisation=other, note="", by=None)
    type(reuse).objects.filter(pk=reuse.pk).update(
        created_at=timezone.make_aware(datetime(2026, 7, 1, 12))
    )

    page = report_page(client)

    causes = section(page, "report-causes")
    assert "Чист въздух" in causes
    assert (
        "05.04.2026 : Подкрепена" in causes and "07.06.2026 : Писмо до кмета" in causes
    )
    assert "Преди" not in causes
    initiatives = section(page, "report-initiatives")
    assert "Зелен коридор" in initiatives and "Община Стара Загора" in initiatives
    assert "Приключила" not in initiatives
    practices = section(page, "report-practices")
    assert "Жива библиотека" in practices and "част от проекта" in practices
    assert "Преизползвана от Преизползвала" in practices
    figures = section(page, "report-summary")
    assert "1 споделена практика, 1 от тях по проекта" in figures


def test_the_report_carries_the_projects_data_the_statement_and_is_in_english(
    client, period
):
    page = report_page(client)
    project = section(page, "report-project")
    assert "BG-ACTIVECITIZENS-0106" in project and STATEMENT in project
    assert "1 март 2026 г. – 31 август 2026 г." in project

    english = client.get("/en" + REPORT).content.decode()
    assert "Project report" in english
    assert "For the period from 1 March 2026 to 31 August 2026" in english


def test_the_report_is_linked_from_the_transparency_page(client):
    page = client.get("/transparency/").content.decode()

    assert f'href="{REPORT}"' in page


def test_the_report_shows_the_donors_logos(client, period, settings, tmp_path):
    site = SiteSettings.load()
    site.donor_logo = "funding/donors.png"
    site.donor_logo_alt, site.donor_logo_alt_bg = "Грантове на ЕИП", "Грантове на ЕИП"
    site.save()

    page = parse(report_page(client))

    header = page.find("header", class_="report__header")
    [logo] = header.find_all("img")
    assert logo.attrs["alt"] == "Грантове на ЕИП"


def test_an_empty_period_says_so_in_every_section(client, period):
    page = report_page(client, "?from=2020-01-01&to=2020-01-31")

    for heading, words in [
        ("report-activities", "Няма дейност по проекта в този период."),
        ("report-meetings", "Няма проведена среща в този период."),
        ("report-causes", "Няма кауза, продължила напред в този период."),
        ("report-members", "Нито един член не е отчел дейност в този период."),
    ]:
        assert words in section(page, heading)


def test_the_report_shows_who_helped_whom_in_the_period(client, period):
    from mutual_help.models import HelpItem
    from tests.factories import HelpItemFactory, ResponseFactory, UserFactory

    def exchanged(day, status="done", **fields):
        item = HelpItemFactory(status=status, **fields)
        HelpItem.objects.filter(pk=item.pk).update(
            status_changed_at=timezone.make_aware(
                datetime.combine(day, datetime.min.time())
            )
            + timedelta(hours=12)
        )
        return item

    club = OrganisationFactory(name_en="The Club")
    green = OrganisationFactory(name_en="Green")
    parents = OrganisationFactory(name_en="Parents")
    planting = exchanged(
        date(2026, 4, 10),
        organisation=green,
        title_en="Volunteers for the planting",
        outcome_en="34 volunteers planted 120 saplings.",
        outcome_figure=34,
        outcome_measure="people",
    )
    ResponseFactory(item=planting, organisation=club, accepted=True)
    ResponseFactory(
        item=planting, organisation=None, responder=UserFactory(last_name="Тайна"),
        accepted=True,
    )  # fmt: skip
    ResponseFactory(item=planting, organisation=parents)  # not accepted
    lawyer = exchanged(
        date(2026, 6, 2),
        "agreed",
        organisation=club,
        offer=True,
        kind="expertise",
        title_en="An hour with a lawyer",
    )
    ResponseFactory(item=lawyer, organisation=parents, accepted=True)
    exchanged(date(2026, 2, 20), title_en="Before the period")
    exchanged(date(2026, 5, 1), "open", title_en="Still open")
    exchanged(date(2026, 5, 1), "withdrawn", title_en="Withdrawn")
    exchanged(date(2026, 5, 2), title_en="Hidden").hide(by=None, reason="x")

    page = client.get("/en" + REPORT).content.decode()

    help_between = section(page, "report-help")
    assert "Volunteers for the planting" in help_between
    assert "The Club, 1 volunteer helped Green" in help_between
    assert "34 volunteers planted 120 saplings. People who came: 34" in help_between
    assert "The Club helped Parents" in help_between
    assert "Agreed, not done yet" in help_between
    for other in ["Before the period", "Still open", "Withdrawn", "Hidden", "Тайна"]:
        assert other not in help_between
    figures = section(page, "report-summary")
    assert "2 requests and offers of help agreed or done between members" in figures

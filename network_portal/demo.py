"""The demo project's results framework: the indicators of „Синергия на
мрежата“ with their targets, some met and some behind, over the project's
twelve months, half run whenever the demo is loaded; and what the project
counts as its own."""

from datetime import date, timedelta

from django.db.models import Q

from events.models import Meeting
from infrastructure.bilingual import in_both
from members.models import Activity, Indicator, Practice
from network_portal.models import ProjectIndicator, SiteSettings

Counted = ProjectIndicator.Counted
OUTPUT = ProjectIndicator.Level.OUTPUT
OUTCOME = ProjectIndicator.Level.OUTCOME

# name, definition, unit (each in Bulgarian and English), level, baseline,
# target, on the home page, and the source: ("counted", what) or
# ("results", result indicators, verified only). Whether the network made
# its members stronger is counted from their capacity self-assessments.
INDICATORS = [
    (
        ("Обединени организации и неформални групи", "Organisations and informal groups united"),
        ("Членовете на мрежата към края на периода.", "The network's members at the end of the period."),
        ("членове", "members"),
        OUTCOME, 0, 16, True,
        ("counted", Counted.MEMBERS),
    ),
    (
        ("Проведени срещи на мрежата", "Network meetings held"),
        ("Общи и работни срещи, обучения и публични събития на мрежата.", "General and working meetings, training sessions and public events of the network."),
        ("срещи", "meetings"),
        OUTPUT, 0, 10, True,
        ("counted", Counted.MEETINGS_HELD),
    ),
    (
        ("Съвместни дейности на два или повече членове", "Joint activities of two or more members"),
        ("Дейности, организирани заедно от поне два члена на мрежата.", "Activities at least two of the network's members organised together."),
        ("дейности", "activities"),
        OUTPUT, 0, 12, True,
        ("counted", Counted.JOINT_ACTIVITIES),
    ),
    (
        ("Участие на членовете в срещите", "The members' participation in meetings"),
        ("Дял на местата на членовете в проведените срещи, които са заели.", "The share of the members' places at the meetings held that they took."),
        ("%", "%"),
        OUTCOME, 40, 75, False,
        ("counted", Counted.PARTICIPATION),
    ),
    (
        ("Каузи в дневния ред на среща", "Causes placed on a meeting's agenda"),
        ("Каузи на членовете, стигнали до дневния ред на среща на мрежата.", "Members' causes that reached the agenda of a network meeting."),
        ("каузи", "causes"),
        OUTCOME, 0, 5, False,
        ("counted", Counted.CAUSES_ON_AGENDA),
    ),
    (
        ("Достигнати хора", "People reached"),
        ("Сбор от отчетените от членовете резултати „достигнати хора“.", "The sum of the members' reported results for people reached."),
        ("души", "people"),
        OUTCOME, 0, 6000, False,
        ("results", ["people-reached"], False),
    ),
    (
        ("Предложения до институции", "Proposals to institutions"),
        ("Предложения, петиции, сигнали и заявления, изпратени от членовете до институции и въведени в портала.", "Proposals, petitions, signals and requests the members sent to institutions, as recorded on the portal."),
        ("предложения", "proposals"),
        OUTPUT, 0, 15, False,
        ("counted", Counted.PROPOSALS_SENT),
    ),
    (
        ("Членове с по-висока самооценка на капацитета", "Members whose self-assessed capacity rose"),
        ("Дял от членовете в последния кръг на самооценката, чийто общ резултат е по-висок от първия им.", "The share of members in the latest round of the self-assessment whose overall score is higher than their first."),
        ("%", "%"),
        OUTCOME, 0, 60, False,
        ("counted", Counted.CAPACITY_ROSE),
    ),
]  # fmt: skip


def project_period(today):
    """Twelve months, as the project's, from the first day of the month six
    months ago: half run whenever the demo is loaded."""
    months = today.year * 12 + today.month - 1 - 6
    start = date(months // 12, months % 12 + 1, 1)
    return start, date(start.year + 1, start.month, 1) - timedelta(days=1)


def seed_project(*, today):
    """Create or update the demo project's indicators, give the project its
    dates and mark what it did: the coordinating club's activities and the
    joint ones, the network's meetings and the practices from them, in the
    project's period."""
    start, end = project_period(today)
    site = SiteSettings.objects.filter(pk=1).first()
    if site:
        site.project_starts_on, site.project_ends_on = start, end
        site.save(update_fields=["project_starts_on", "project_ends_on"])
    mark_project_items(start, end)
    catalogue = {indicator.slug: indicator for indicator in Indicator.objects.all()}
    for position, row in enumerate(INDICATORS):
        name, definition, unit, level, baseline, target, headline, source = row
        indicator, _ = ProjectIndicator.objects.update_or_create(
            name_bg=name[0],
            defaults={
                **in_both(name=name, definition=definition, unit=unit),
                "level": level,
                "baseline": baseline,
                "target": target,
                "period_start": start,
                "period_end": end,
                "source": source[0],
                "counted": source[1] if source[0] == "counted" else "",
                "verified_only": source[0] == "results" and source[2],
                "is_headline": headline,
                "position": position,
            },
        )
        if source[0] == "results":
            indicator.result_indicators.set([catalogue[slug] for slug in source[1]])


def mark_project_items(start, end):
    in_period = Q(starts_on__range=(start, end))
    activities = Activity.objects.filter(
        in_period,
        Q(organisation__is_coordinator=True) | Q(co_organisers__isnull=False),
    )
    Activity.objects.filter(pk__in=activities.values("pk")).update(in_project=True)
    Meeting.objects.filter(starts_at__date__range=(start, end)).update(in_project=True)
    Practice.objects.filter(
        Q(organisation__is_coordinator=True) | Q(activities__isnull=False),
        published_at__date__range=(start, end),
    ).update(in_project=True)

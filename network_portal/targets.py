"""The results framework: for each indicator of the project, its actual
value and how far it has come from its baseline to its target, on track or
behind for the time its period has run.

An actual value comes one of three ways (ProjectIndicator.Source):

- counted by the portal, from the rows of the apps below: the rows to count
  (ROWS, one function per ProjectIndicator.Counted, that selects them) or,
  for a figure that is not a number of rows, the function that computes it
  (COMPUTED);
- summed from the results members report against the chosen result
  indicators, the verified part and the self-reported part apart;
- entered by the coordinators: the latest value measured in the period.

`progress(framework(), today, within=None)` answers for a list of
indicators at once. The rows are counted all in one query, each count once
per window however many indicators ask for it; results are read in one
query per window and entered values in one query: a page of indicators
costs the same few queries whether it shows one or many of a kind.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Q, Sum
from django.utils.translation import gettext_lazy as _

from capacity.results import share_whose_score_rose
from causes.models import (
    Cause,
    Initiative,
    Proposal,
    Status,
    StatusChange,
    Support,
)
from events.models import Attendance, Meeting
from infrastructure.counts import count_together
from infrastructure.days import on_days
from members.models import Activity, Organisation, Practice, Result, Reuse
from network_portal.models import IndicatorValue, ProjectIndicator, Subscriber

Counted = ProjectIndicator.Counted

# A cause that reached one of these steps got at least as far as being
# backed; the ones after ON_AGENDA, at least as far as the agenda.
BACKED_OR_FURTHER = [
    Status.BACKED,
    Status.ON_AGENDA,
    Status.ADOPTED,
    Status.IN_PROGRESS,
    Status.ACHIEVED,
]


def members_on(day):
    """The active members that had joined by a day."""
    return Organisation.objects.active().filter(
        Q(joined_on__isnull=True) | Q(joined_on__lte=day)
    )


def meetings_held(start, end):
    return Meeting.objects.held().filter(on_days("starts_at", start, end))


def participation(start, end):
    """Of the places the members had at the meetings held (each meeting
    times the members then), the share they took, in per cent."""
    held = meetings_held(start, end)
    members = members_on(end)
    counts = count_together(
        {
            "held": held,
            "members": members,
            "taken": Attendance.objects.filter(
                meeting__in=held, organisation__in=members
            ),
        }
    )
    places = counts["held"] * counts["members"]
    if not places:
        return Decimal(0)
    return Decimal(round(counts["taken"] * 100 / places))


def causes_reached(steps):
    def reached(start, end):
        # A subquery rather than a join: each cause once, without making
        # whole rows distinct.
        changes = StatusChange.objects.filter(
            on_days("changed_at", start, end), to_status__in=steps
        )
        return Cause.objects.public().filter(pk__in=changes.values("cause"))

    return reached


ROWS = {
    Counted.MEMBERS: lambda start, end: members_on(end),
    Counted.INFORMAL_GROUPS: lambda start, end: members_on(end).filter(
        kind=Organisation.Kind.INFORMAL_GROUP
    ),
    Counted.MEETINGS_HELD: meetings_held,
    Counted.CAUSES_BACKED: causes_reached(BACKED_OR_FURTHER),
    Counted.CAUSES_ON_AGENDA: causes_reached(BACKED_OR_FURTHER[1:]),
    Counted.INITIATIVES: lambda start, end: Initiative.objects.filter(
        starts_on__range=(start, end)
    ),
    Counted.ACTIVITIES: lambda start, end: Activity.objects.for_public().filter(
        starts_on__range=(start, end)
    ),
    Counted.JOINT_ACTIVITIES: lambda start, end: (
        Activity.objects.for_public().filter(starts_on__range=(start, end)).joint()
    ),
    Counted.PRACTICES_SHARED: lambda start, end: Practice.objects.for_public().filter(
        on_days("published_at", start, end)
    ),
    Counted.PRACTICES_REUSED: lambda start, end: Reuse.objects.filter(
        on_days("created_at", start, end),
        practice__in=Practice.objects.for_public(),
    ),
    # Each person once, however many causes they support.
    Counted.SUPPORTERS: lambda start, end: (
        Support.objects.filter(on_days("created_at", start, end))
        .values("user")
        .distinct()
    ),
    Counted.SUBSCRIBERS: lambda start, end: Subscriber.objects.filter(
        on_days("confirmed_at", end=end)
    ),
    Counted.PROPOSALS_SENT: lambda start, end: Proposal.objects.public().filter(
        sent_on__range=(start, end)
    ),
    Counted.PROPOSALS_ANSWERED: lambda start, end: (
        Proposal.objects.public().answered().filter(answered_on__range=(start, end))
    ),
}

COMPUTED = {
    Counted.PARTICIPATION: participation,
    # None (no value yet) until five members can be compared: fewer could be
    # told apart.
    Counted.CAPACITY_ROSE: lambda start, end: share_whose_score_rose(end),
}


@dataclass(frozen=True)
class Progress:
    indicator: ProjectIndicator
    # The window the value is for: the indicator's period, cut to the chosen
    # one and to today.
    start: date
    end: date
    today: date
    actual: Decimal | None
    # Summed from results: the part the coordinators checked, and the part
    # the members reported themselves (none when only the verified count).
    verified: Decimal | None = None
    reported: Decimal | None = None

    @property
    def share(self):
        """How far from the baseline to the target, in per cent."""
        if self.actual is None:
            return None
        indicator = self.indicator
        way = indicator.target - indicator.baseline
        if not way:  # refused by the model's validation, but not by the database
            return 100
        return max(0, round((self.actual - indicator.baseline) * 100 / way))

    @property
    def elapsed(self):
        """How much of the indicator's period has run, in per cent."""
        indicator = self.indicator
        days = (indicator.period_end - indicator.period_start).days
        run = (min(self.today, indicator.period_end) - indicator.period_start).days
        return max(0, min(100, round(run * 100 / days)))

    @property
    def bar(self):
        """The share as drawn: a full bar at the target."""
        return min(100, self.share or 0)

    @property
    def status(self):
        if self.today < self.indicator.period_start:
            return "not_started"
        if self.actual is None:
            return "unknown"
        if self.share >= 100:
            return "met"
        return "on_track" if self.share >= self.elapsed else "behind"

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]


STATUS_LABELS = {
    "met": _("target met"),
    "on_track": _("on track"),
    "behind": _("behind"),
    "not_started": _("not started"),
    "unknown": _("no value yet"),
}


def framework():
    """The project's indicators in their order, with what they sum."""
    return ProjectIndicator.objects.prefetch_related("result_indicators")


def window(indicator, today, within):
    """The days an indicator's actual value counts: its period, cut to the
    chosen period (a year of the transparency page, a report's dates) and
    to today."""
    start, end = indicator.period_start, min(indicator.period_end, today)
    if within:
        start, end = max(start, within[0]), min(end, within[1])
    return start, end


def progress(indicators, today, within=None):
    """Each indicator's Progress, in the order given."""
    indicators = list(indicators)
    windows = {i.pk: window(i, today, within) for i in indicators}
    counted = [
        (indicator.counted, *windows[indicator.pk])
        for indicator in indicators
        if indicator.source == ProjectIndicator.Source.COUNTED
    ]
    counts = count_together(
        {
            (kind, start, end): ROWS[kind](start, end)
            for kind, start, end in counted
            if kind in ROWS and start <= end
        }
    )
    sums = summed(
        [i for i in indicators if i.source == ProjectIndicator.Source.RESULTS],
        windows,
    )
    entered = latest_values(
        [i for i in indicators if i.source == ProjectIndicator.Source.ENTERED],
        windows,
    )
    found = []
    for indicator in indicators:
        start, end = windows[indicator.pk]
        values = {}
        if end < start:
            values["actual"] = None
        elif indicator.source == ProjectIndicator.Source.COUNTED:
            key = (indicator.counted, start, end)
            if key not in counts:
                counts[key] = COMPUTED[indicator.counted](start, end)
            # A figure may have no value yet (too few to show).
            values["actual"] = None if counts[key] is None else Decimal(counts[key])
        elif indicator.source == ProjectIndicator.Source.RESULTS:
            values = sums[indicator.pk]
        else:
            values["actual"] = entered.get(indicator.pk)
        found.append(Progress(indicator, start, end, today, **values))
    return found


def summed(indicators, windows):
    """For indicators summed from results, the verified and the
    self-reported sums of their result indicators in their windows, one
    query per window."""
    by_window = {}
    for indicator in indicators:
        by_window.setdefault(windows[indicator.pk], []).append(indicator)
    sums = {}
    for (start, end), group in by_window.items():
        rows = (
            Result.objects.public()
            .filter(activity__starts_on__range=(start, end))
            .order_by()
            .values("indicator")
            .annotate(
                verified=Sum("value", filter=Q(verified_at__isnull=False)),
                reported=Sum("value", filter=Q(verified_at__isnull=True)),
            )
        )
        totals = {row["indicator"]: row for row in rows}
        for indicator in group:
            # Prefetched with the indicators (`framework`).
            chosen = [
                totals[chosen.pk]
                for chosen in indicator.result_indicators.all()
                if chosen.pk in totals
            ]
            verified = sum((row["verified"] or 0 for row in chosen), Decimal(0))
            reported = sum((row["reported"] or 0 for row in chosen), Decimal(0))
            if indicator.verified_only:
                sums[indicator.pk] = {"actual": verified, "verified": verified}
            else:
                sums[indicator.pk] = {
                    "actual": verified + reported,
                    "verified": verified,
                    "reported": reported,
                }
    return sums


def latest_values(indicators, windows):
    """For indicators entered by the coordinators, the latest value measured
    in each one's window, in one query."""
    if not indicators:
        return {}
    latest = {}
    for value in IndicatorValue.objects.filter(indicator__in=indicators).order_by(
        "-measured_on", "-pk"
    ):
        start, end = windows[value.indicator_id]
        if value.indicator_id not in latest and start <= value.measured_on <= end:
            latest[value.indicator_id] = value.value
    return latest

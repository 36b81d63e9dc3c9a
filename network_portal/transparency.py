"""The transparency report: what the network does and achieves, for a year or
for all time, in figures that the page draws as charts with their tables."""

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from django.db.models import Count, FilteredRelation, Max, Q, Sum
from django.db.models.functions import ExtractMonth
from django.utils import formats, timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from causes.models import ANSWERS, Cause, Outcome, Proposal, Status
from causes.models.proposal import figures as proposal_figures
from events.models import Attendance, Meeting
from infrastructure.bilingual import both_languages
from infrastructure.counts import count_together
from members.models import (
    Activity,
    ActivityYear,
    IndicatorTotal,
    Institution,
    Organisation,
    Result,
)
from mutual_help.models import Direction, HelpItem, Kind, Measure, Response


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    share: int  # of the longest bar, in per cent
    second: float = 0  # a second series stacked on the first
    second_share: int = 0
    unit: str = ""  # written after the number, a space between


def bars(rows, second=None, units=None):
    """Bars scaled to the largest total, from (label, value) rows; each with
    its unit where `units` gives them."""
    rows = list(rows)
    seconds = second or [0] * len(rows)
    longest = (
        max(
            (value + extra for (_, value), extra in zip(rows, seconds, strict=True)),
            default=0,
        )
        or 1
    )
    units = units or [""] * len(rows)
    return [
        Bar(
            label=str(label),
            value=value,
            share=round(value * 100 / longest),
            second=extra,
            second_share=round(extra * 100 / longest),
            unit=str(unit),
        )
        for (label, value), extra, unit in zip(rows, seconds, units, strict=True)
    ]


# Lists of members stop here: the page stays readable, and as quick, however
# many members the network has.
SHOWN = 20

# The way of a cause, from proposed to achieved.
WAY = [
    Status.PROPOSED,
    Status.BACKED,
    Status.ON_AGENDA,
    Status.ADOPTED,
    Status.IN_PROGRESS,
    Status.ACHIEVED,
]


@dataclass
class Report:
    year: int | None
    # How many activities each year has, newest first: the years to choose
    # from, the chart of all time and the totals, read once.
    per_year: dict[int, int] = field(default_factory=dict)

    @property
    def years(self):
        return list(self.per_year)

    def __post_init__(self):
        self.activities = Activity.objects.for_public()
        if self.year:
            self.activities = self.activities.filter(starts_on__year=self.year)
        self.members = Organisation.objects.active()

    @classmethod
    def for_year(cls, year):
        per_year = ActivityYear.objects.per_year()
        return cls(year=year if year in per_year else None, per_year=per_year)

    @cached_property
    def member_counts(self):
        """How many members of each kind in each municipality: both charts
        of members from one small query."""
        return list(
            self.members.order_by()
            .values_list("kind", "municipality")
            .annotate(n=Count("pk"))
        )

    def members_by_kind(self):
        counts = Counter()
        for kind, _municipality, n in self.member_counts:
            counts[kind] += n
        return bars(
            (label, counts[kind])
            for kind, label in Organisation.Kind.choices
            if counts.get(kind)
        )

    def members_by_municipality(self):
        counts = Counter()
        for _kind, municipality, n in self.member_counts:
            if municipality is not None:
                counts[municipality] += n
        names = {
            place.pk: place.name
            for place in Organisation.municipality.field.related_model.objects.filter(
                pk__in=list(counts)
            )
        }
        return bars(
            sorted(
                ((names[pk], n) for pk, n in counts.items()),
                key=lambda pair: (-pair[1], pair[0]),
            )
        )

    def activities_over_time(self):
        """Per month of the chosen year, or per year for all time."""
        if self.year:
            counts = dict(
                self.activities.annotate(month=ExtractMonth("starts_on"))
                .order_by()
                .values_list("month")
                .annotate(n=Count("pk"))
            )
            return bars(
                (
                    formats.date_format(date(self.year, month, 1), "F"),
                    counts.get(month, 0),
                )
                for month in range(1, 13)
            )
        return bars((str(year), n) for year, n in sorted(self.per_year.items()))

    def results_by_unit(self):
        """Per unit (people, euro, …), a caption and the indicators' totals as
        bars: only like units share a scale. Verified first, self-reported
        stacked on; each bar with its indicator's unit."""
        # All time, from the totals kept as results change; a year's, added up.
        totals = (
            Result.objects.public().filter(activity__starts_on__year=self.year).totals()
            if self.year
            else IndicatorTotal.objects.as_totals()
        )
        groups = {}
        for total in totals:
            # Grouped by the Bulgarian unit: English may name one unit ("бр.")
            # after each indicator's things (proposals, agreements).
            groups.setdefault(total.indicator.unit_bg, []).append(total)
        charts = []
        for totals in groups.values():
            units = [str(t.unit) for t in totals]
            charts.append(
                (
                    _("Results in %(unit)s") % {"unit": units[0]}
                    if len(set(units)) == 1 and units[0]
                    else _("Results counted"),
                    bars(
                        [(t.indicator.name, float(t.verified)) for t in totals],
                        second=[float(t.self_reported) for t in totals],
                        units=units,
                    ),
                )
            )
        return charts

    @cached_property
    def cause_counts(self):
        """How many causes stand at each status, and how many got at least as
        far as each step of the way (from their history): both charts of
        causes from one query."""
        return Cause.objects.public().aggregate(
            **{
                f"at_{status}": Count("pk", distinct=True, filter=Q(status=status))
                for status in Status.values
            },
            **{
                f"reached_{step}": Count(
                    "pk", distinct=True, filter=Q(history__to_status__in=WAY[index:])
                )
                for index, step in enumerate(WAY)
            },
        )

    def causes_by_status(self):
        """How many causes stand where on the way from proposed to achieved."""
        return bars(
            (capfirst(label), self.cause_counts[f"at_{status}"])
            for status, label in Status.choices
        )

    def causes_way(self):
        """How many causes got at least as far as each step of the way from
        proposed to achieved."""
        return [
            (str(capfirst(step.label)), self.cause_counts[f"reached_{step}"])
            for step in WAY
        ]

    def meetings(self):
        """Meetings held, the people at them, and how often each member
        organisation took part in those held since it joined."""
        held_meetings = Meeting.objects.held()
        if self.year:
            held_meetings = held_meetings.filter(starts_at__year=self.year)
        # When each was held and how many people came, read once.
        held = {
            pk: (starts, participants)
            for pk, starts, participants in held_meetings.values_list(
                "pk", "starts_at", "participants"
            )
        }
        # The days of the meetings held, in order, and of those each member
        # attended: how many were held since a member joined is then a
        # bisection, not a walk over every meeting for every member.
        days = sorted(
            timezone.localdate(starts) for starts, _participants in held.values()
        )
        attended = defaultdict(list)
        # Unordered: by the organisations' names, as attendance lists are,
        # it would join and sort every row for nothing.
        for organisation, meeting in (
            Attendance.objects.filter(meeting__in=held_meetings)
            .order_by()
            .values_list("organisation", "meeting")
        ):
            attended[organisation].append(timezone.localdate(held[meeting][0]))
        rates = []
        for pk, name, joined_on in self.members.order_by("name").values_list(
            "pk", "name", "joined_on"
        ):
            since = len(days) - bisect_left(days, joined_on) if joined_on else len(days)
            if since:
                taken = sum(
                    not joined_on or day >= joined_on for day in attended.get(pk, ())
                )
                rates.append((name, round(taken * 100 / since)))
        rates.sort(key=lambda row: -row[1])
        return {
            "held": len(held),
            "participants": sum(n or 0 for _starts, n in held.values()),
            "rates": bars(rates[:SHOWN]),
            "members": len(rates),
        }

    def synergy(self):
        """Activities of two or more members, and who works with whom."""
        total = (
            self.per_year.get(self.year, 0)
            if self.year
            else sum(self.per_year.values())
        )
        counts = count_together(
            {
                "joint": self.activities.joint(),
                "with_institutions": self.activities.filter(
                    pk__in=Activity.institutions.through.objects.values("activity")
                ),
            }
        )
        joint = counts["joint"]
        # Who led and who joined does not matter: A with B is B with A.
        together = Counter(
            tuple(sorted(pair))
            for pair in Activity.co_organisers.through.objects.filter(
                activity__in=self.activities
            ).values_list("activity__organisation", "organisation")
        )
        top = sorted(together.items(), key=lambda item: (-item[1], item[0]))[:10]
        ids = {pk for pair, _ in top for pk in pair}
        # One query whether there are pairs or not (an empty IN would skip
        # it), so that the page costs the same whatever the data.
        names = {o.pk: o.name for o in Organisation.objects.filter(pk__in=ids or [0])}
        pairs = [(names[first], names[second], n) for (first, second), n in top]
        return {
            "total": total,
            "joint": joint,
            "share": round(joint * 100 / total) if total else 0,
            "with_institutions": counts["with_institutions"],
            "pairs": pairs,
        }

    def help_exchanged(self):
        """Help exchanged between members: the requests met and the offers
        taken (agreed or done), what their posters recorded came of them,
        by kind, and who helped whom. For a year, the items that reached
        their status (agreed, or done) in it: help counts when it was
        exchanged, not when it was asked for."""
        items = HelpItem.objects.public().exchanged()
        if self.year:
            items = items.filter(status_changed_at__year=self.year)

        def measured(measure):
            return Sum("outcome_figure", filter=Q(outcome_measure=measure))

        # Counted and measured by kind and direction; the totals are those
        # added up, from the same query.
        rows = list(
            items.order_by()
            .values("kind", "direction")
            .annotate(
                n=Count("pk"),
                people=measured(Measure.PEOPLE),
                hours=measured(Measure.HOURS),
                euro=measured(Measure.EURO),
            )
        )
        counts = defaultdict(Counter)
        for row in rows:
            counts[row["kind"]][row["direction"]] = row["n"]
        totals = {
            "requests": sum(c[Direction.REQUEST] for c in counts.values()),
            "offers": sum(c[Direction.OFFER] for c in counts.values()),
            **{
                measure: sum(row[measure] or 0 for row in rows)
                for measure in ("people", "hours", "euro")
            },
        }
        shown = [(kind, label) for kind, label in Kind.choices if counts.get(kind)]
        by_kind = bars(
            [
                (capfirst(label), counts[kind][Direction.REQUEST])
                for kind, label in shown
            ],
            second=[counts[kind][Direction.OFFER] for kind, _label in shown],
        )
        return {
            **totals,
            "by_kind": by_kind,
            "pairs": self.helped_whom(items),
        }

    @staticmethod
    def helped_whom(items):
        """The organisations that helped others most, each with whom, from
        the accepted answers: a request's answer helped its poster; an
        offer's poster helped the member that answered. Supporters who came
        for themselves are counted in the figures, never named."""
        helped = Counter()
        for answering, poster, direction, n in (
            Response.objects.accepted()
            .filter(item__in=items, organisation__isnull=False)
            .exclude(organisation__status=Organisation.Status.APPLICANT)
            .order_by()
            .values_list("organisation", "item__organisation", "item__direction")
            .annotate(n=Count("pk"))
        ):
            pair = (
                (answering, poster)
                if direction == Direction.REQUEST
                else (poster, answering)
            )
            helped[pair] += n
        top = sorted(helped.items(), key=lambda item: (-item[1], item[0]))[:10]
        ids = {pk for pair, _ in top for pk in pair}
        # One query whether there are pairs or not, as for synergy.
        names = {o.pk: o.name for o in Organisation.objects.filter(pk__in=ids or [0])}
        return [(names[helper], names[other], n) for (helper, other), n in top]

    def proposals(self, today):
        """Proposals to institutions sent (in the year, or ever): how many
        were answered, answered on time and are overdue today, the outcomes,
        the same per institution, and the overdue ones, longest overdue
        first. A fixed number of queries, whatever the rows."""
        sent = Proposal.objects.public()
        if self.year:
            sent = sent.filter(sent_on__year=self.year)
        counted = {
            **proposal_figures(today),
            **{
                f"outcome_{outcome.value}": Count("pk", filter=Q(outcome=outcome))
                for outcome in Outcome
            },
        }
        # Counted per institution; the network's figures are theirs added
        # up, from the same query.
        rows = list(sent.order_by().values("institution").annotate(**counted))
        figures = {name: sum(row[name] for row in rows) for name in counted}
        figures["on_time_share"] = (
            round(figures["on_time"] * 100 / figures["answered"])
            if figures["answered"]
            else None
        )
        # The answers only: "no answer" is counted with the overdue.
        outcomes = bars(
            (capfirst(outcome.label), figures[f"outcome_{outcome.value}"])
            for outcome in Outcome
            if outcome in ANSWERS
        )
        # One query whether there are rows or not, as for synergy.
        institutions = Institution.objects.filter(
            pk__in=[row["institution"] for row in rows] or [0]
        ).in_bulk()
        by_institution = sorted(
            ({**row, "institution": institutions[row["institution"]]} for row in rows),
            key=lambda row: (-row["sent"], str(row["institution"].name)),
        )
        late = (
            sent.overdue(today)
            .select_related("institution")
            .order_by("due_on", "pk")[:SHOWN]
        )
        return {
            **figures,
            "outcomes": outcomes,
            "by_institution": by_institution,
            "overdue_list": [
                {"proposal": proposal, "days": (today - proposal.due_on).days}
                for proposal in late
            ],
        }

    def reporting(self):
        """Each member's reports, the quietest first, so that silence shows:
        how many activities it published (that started in the year) and
        when it last published one."""
        # Every member's published activities joined in one pass over the
        # index of published activities by member, and grouped with only
        # the columns shown, rather than counted member by member.
        return (
            self.members.annotate(
                published=FilteredRelation(
                    "activities",
                    condition=Q(activities__state=Activity.State.PUBLISHED),
                )
            )
            .annotate(
                reported=Count(
                    "published",
                    filter=Q(published__starts_on__year=self.year)
                    if self.year
                    else None,
                ),
                last_report=Max("published__published_at"),
            )
            .only("slug", *both_languages("name"))
            .order_by("reported", "last_report", "name_bg")
        )

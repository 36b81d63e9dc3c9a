"""The project's report for a period: what the coordinators send the donor,
one printable document the public reads too. The indicators against their
targets; the activities, meetings and practices of the project; every
meeting held with its participation and decisions; the causes' steps, the
partner initiatives, the practices shared and reused, the help exchanged
between members, the proposals sent to institutions and the members who
reported, in the period.

Each part is read in a fixed number of queries, whatever the period holds.
"""

from dataclasses import dataclass
from datetime import date

from django import forms
from django.db.models import Count, F, Max, Min, Prefetch, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from causes.models import Cause, Initiative, Milestone, Proposal, StatusChange
from events.models import Decision, Meeting
from infrastructure.days import on_days
from members.models import Activity, Organisation, Practice, Result, Reuse
from mutual_help.models import HelpItem, Response
from network_portal.models import ProjectIndicator, SiteSettings
from network_portal.targets import framework, progress


class PeriodForm(forms.Form):
    """The report's period, from the query string (`?from=&to=`)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        self.fields["from"] = forms.DateField(label=_("From"), widget=widget)
        self.fields["to"] = forms.DateField(label=_("To"), widget=widget)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("from"), cleaned.get("to")
        if start and end and end < start:
            self.add_error("to", _("The period cannot end before it starts."))
        return cleaned


def project_period(today):
    """The project's period as the site settings give it; else the span of
    its indicators' periods; else this year up to today."""
    site = SiteSettings.load()
    if site.project_starts_on and site.project_ends_on:
        return site.project_starts_on, site.project_ends_on
    span = ProjectIndicator.objects.aggregate(
        start=Min("period_start"), end=Max("period_end")
    )
    if span["start"]:
        return span["start"], span["end"]
    return date(today.year, 1, 1), today


def period_from(query, today):
    """The period a query string asks for, each day it lacks taken from the
    project's; with the form, which says what was wrong."""
    default = project_period(today)
    form = PeriodForm(
        {
            "from": query.get("from") or default[0].isoformat(),
            "to": query.get("to") or default[1].isoformat(),
        }
    )
    if form.is_valid():
        return (form.cleaned_data["from"], form.cleaned_data["to"]), form
    return default, form


@dataclass
class GrantReport:
    start: date
    end: date
    today: date

    def days(self):
        return {"starts_on__range": (self.start, self.end)}

    def targets(self):
        return progress(framework(), self.today, within=(self.start, self.end))

    def activities(self):
        """The project's activities, with their results and who did them."""
        return list(
            Activity.objects.for_public()
            .filter(in_project=True, **self.days())
            .select_related("organisation")
            .prefetch_related(
                "co_organisers",
                Prefetch(
                    "results",
                    # Numbers first, in the catalogue's order; then words.
                    queryset=Result.objects.select_related("indicator").order_by(
                        F("indicator__position").asc(nulls_last=True), "pk"
                    ),
                ),
            )
            .order_by("starts_on", "pk")
        )

    def meetings(self):
        """The meetings held, with the organisations present and the
        decisions taken."""
        return list(
            Meeting.objects.held()
            .filter(on_days("starts_at", self.start, self.end))
            .annotate(organisations_present=Count("attendance"))
            .prefetch_related(
                Prefetch("decisions", queryset=Decision.objects.select_related("cause"))
            )
            .order_by("starts_at", "pk")
        )

    def causes(self):
        """Each cause that moved in the period, with its steps (changes of
        status and milestones) in order of date."""
        public = Cause.objects.public()
        steps = {}
        for change in (
            StatusChange.objects.filter(
                on_days("changed_at", self.start, self.end), cause__in=public
            )
            .select_related("cause")
            .order_by("changed_at", "pk")
        ):
            steps.setdefault(change.cause, []).append(
                (change.changed_at.date(), change.get_to_status_display())
            )
        for milestone in (
            Milestone.objects.filter(
                cause__in=public, date__range=(self.start, self.end)
            )
            .select_related("cause")
            .order_by("date", "pk")
        ):
            steps.setdefault(milestone.cause, []).append(
                (milestone.date, milestone.title)
            )
        return sorted(
            (
                (cause, sorted(found, key=lambda step: step[0]))
                for cause, found in steps.items()
            ),
            key=lambda row: (row[1][0][0], row[0].pk),
        )

    def initiatives(self):
        """The partner initiatives under way at some time in the period."""
        return list(
            Initiative.objects.filter(starts_on__lte=self.end)
            .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=self.start))
            .prefetch_related("institutions", "organisations")
            .order_by("starts_on", "pk")
        )

    def practices(self):
        """The practices shared in the period, and the reuses recorded."""
        return {
            "shared": list(
                Practice.objects.for_public()
                .filter(on_days("published_at", self.start, self.end))
                .select_related("organisation")
                .order_by("published_at", "pk")
            ),
            "reused": list(
                Reuse.objects.filter(
                    on_days("created_at", self.start, self.end),
                    practice__in=Practice.objects.for_public(),
                )
                .select_related("practice", "organisation")
                .order_by("created_at", "pk")
            ),
        }

    def help_exchanged(self):
        """The requests met and offers taken between members in the period
        (agreed or done on one of its days): each with who helped whom and
        what its poster recorded came of it. A request's accepted answers
        helped its poster; an offer's poster helped those who answered.
        Supporters who came are counted, never named."""
        items = (
            HelpItem.objects.public()
            .exchanged()
            .filter(on_days("status_changed_at", self.start, self.end))
            .select_related("organisation")
            .prefetch_related(
                Prefetch(
                    "responses",
                    queryset=Response.objects.accepted()
                    .exclude(organisation__status=Organisation.Status.APPLICANT)
                    .select_related("organisation")
                    .order_by("accepted_at", "pk"),
                    to_attr="accepted",
                )
            )
            .order_by("status_changed_at", "pk")
        )
        rows = []
        for item in items:
            members = [r.organisation for r in item.accepted if r.organisation_id]
            volunteers = len(item.accepted) - len(members)
            answered = [organisation.name for organisation in members]
            if volunteers:
                answered.append(
                    ngettext("%(count)s volunteer", "%(count)s volunteers", volunteers)
                    % {"count": volunteers}
                )
            poster = [item.organisation.name]
            helpers, helped = (
                (answered, poster) if item.is_request else (poster, answered)
            )
            rows.append({"item": item, "helpers": helpers, "helped": helped})
        return rows

    def proposals(self):
        """The proposals sent to institutions in the period, with who sent
        and co-signed them and where each stands today."""
        return list(
            Proposal.objects.public()
            .filter(sent_on__range=(self.start, self.end))
            .for_lists()
            .order_by("sent_on", "pk")
        )

    def reporting(self):
        """The members who reported activities in the period, with how many,
        the most first; and how many active members did not."""
        counts = dict(
            Activity.objects.for_public()
            .filter(**self.days())
            .order_by()
            .values_list("organisation")
            .annotate(n=Count("pk"))
        )
        reported = sorted(
            (
                (organisation, counts[organisation.pk])
                for organisation in Organisation.objects.filter(pk__in=list(counts))
            ),
            key=lambda row: (-row[1], str(row[0].name)),
        )
        silent = Organisation.objects.active().exclude(pk__in=list(counts)).count()
        return {"reported": reported, "silent": silent}

    def in_project(self, activities, meetings, practices):
        """How many items of each kind the project counts as its own."""
        return {
            "activities": len(activities),
            "all_activities": Activity.objects.for_public()
            .filter(**self.days())
            .count(),
            "meetings": sum(meeting.in_project for meeting in meetings),
            "all_meetings": len(meetings),
            "practices": sum(practice.in_project for practice in practices),
            "all_practices": len(practices),
        }

    def build(self):
        """Every part of the report, as the page shows it."""
        activities = self.activities()
        meetings = self.meetings()
        practices = self.practices()
        return {
            "start": self.start,
            "end": self.end,
            "targets": self.targets(),
            "activities": activities,
            "meetings": meetings,
            "causes": self.causes(),
            "initiatives": self.initiatives(),
            "practices": practices,
            "help_exchanged": self.help_exchanged(),
            "proposals": self.proposals(),
            "reporting": self.reporting(),
            "counts": self.in_project(activities, meetings, practices["shared"]),
        }

"""What waits for the coordinators, counted, each with the filtered list
where they deal with it: the administration's home starts with it."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import ngettext_lazy

from causes.models import Comment
from events.admin import AgendaFilter
from events.models import Meeting
from members.admin import SilentFilter
from members.models import Activity, Application, Institution, Organisation, Practice
from mutual_help.admin import ReportedFilter
from mutual_help.models import HelpItem


@dataclass
class Waiting:
    label: str
    count: int
    url: str


def having(model, field, value):
    """The rows whose field holds a value, and the changelist's filter that
    lists the same rows."""
    return lambda: model.objects.filter(**{field: value}), {f"{field}__exact": value}


# What waits: its name, the rows, and the changelist's filter that lists them.
QUEUE = [
    (
        ngettext_lazy(
            "application awaiting a decision",
            "applications awaiting a decision",
            "count",
        ),
        *having(Application, "status", Application.Status.PENDING),
    ),
    (
        ngettext_lazy(
            "reported comment hidden until you decide",
            "reported comments hidden until you decide",
            "count",
        ),
        *having(Comment, "state", Comment.State.AWAITING),
    ),
    (
        ngettext_lazy(
            "reported request or offer of help, still public",
            "reported requests and offers of help, still public",
            "count",
        ),
        HelpItem.objects.reported,
        {ReportedFilter.parameter_name: "yes"},
    ),
    (
        ngettext_lazy("hidden activity", "hidden activities", "count"),
        *having(Activity, "state", Activity.State.HIDDEN),
    ),
    (
        ngettext_lazy("hidden practice", "hidden practices", "count"),
        *having(Practice, "state", Practice.State.HIDDEN),
    ),
    (
        ngettext_lazy(
            "member with no activity published in 90 days",
            "members with no activity published in 90 days",
            "count",
        ),
        lambda: Organisation.objects.silent_for(SilentFilter.DAYS),
        {SilentFilter.parameter_name: SilentFilter.DAYS},
    ),
    (
        ngettext_lazy(
            "meeting within a week without an agenda",
            "meetings within a week without an agenda",
            "count",
        ),
        lambda: Meeting.objects.without_agenda_within(AgendaFilter.DAYS),
        {AgendaFilter.parameter_name: AgendaFilter.DAYS},
    ),
    (
        ngettext_lazy(
            "institution suggested by editors",
            "institutions suggested by editors",
            "count",
        ),
        lambda: Institution.objects.suggested(),
        # The changelist's filter on confirmed: "not confirmed".
        {"confirmed_at__isnull": "True"},
    ),
]


def work_queue():
    queue = []
    for label, rows, filters in QUEUE:
        found = rows()
        meta = found.model._meta
        url = reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
        count = found.count()
        queue.append(
            Waiting(str(label % {"count": count}), count, f"{url}?{urlencode(filters)}")
        )
    return queue

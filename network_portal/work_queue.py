"""What waits for the coordinators, counted, each with the filtered list
where they deal with it: the administration's home starts with it."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import ngettext

from causes.models import Comment
from events.admin import AgendaFilter
from events.models import Meeting
from members.admin import SilentFilter
from members.models import Activity, Application, Organisation, Practice


@dataclass
class Waiting:
    label: str
    count: int
    url: str


def changelist(model, **filters):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    return f"{url}?{urlencode(filters)}"


def work_queue():
    applications = Application.objects.filter(status=Application.Status.PENDING)
    comments = Comment.objects.filter(state=Comment.State.AWAITING)
    activities = Activity.objects.filter(state=Activity.State.HIDDEN)
    practices = Practice.objects.filter(state=Practice.State.HIDDEN)
    silent = Organisation.objects.silent_for(SilentFilter.DAYS)
    meetings = Meeting.objects.without_agenda_within(AgendaFilter.DAYS)
    counts = [
        applications.count(),
        comments.count(),
        activities.count(),
        practices.count(),
        silent.count(),
        meetings.count(),
    ]
    a, c, h, p, s, m = counts
    return [
        Waiting(
            ngettext("application to decide", "applications to decide", a),
            a,
            changelist(Application, status__exact=Application.Status.PENDING),
        ),
        Waiting(
            ngettext(
                "reported comment hidden until you decide",
                "reported comments hidden until you decide",
                c,
            ),
            c,
            changelist(Comment, state__exact=Comment.State.AWAITING),
        ),
        Waiting(
            ngettext("hidden activity", "hidden activities", h),
            h,
            changelist(Activity, state__exact=Activity.State.HIDDEN),
        ),
        Waiting(
            ngettext("hidden practice", "hidden practices", p),
            p,
            changelist(Practice, state__exact=Practice.State.HIDDEN),
        ),
        Waiting(
            ngettext(
                "member with no activity published in 90 days",
                "members with no activity published in 90 days",
                s,
            ),
            s,
            changelist(
                Organisation, **{SilentFilter.parameter_name: SilentFilter.DAYS}
            ),
        ),
        Waiting(
            ngettext(
                "meeting within a week without an agenda",
                "meetings within a week without an agenda",
                m,
            ),
            m,
            changelist(Meeting, **{AgendaFilter.parameter_name: AgendaFilter.DAYS}),
        ),
    ]

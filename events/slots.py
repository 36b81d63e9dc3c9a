"""What meetings add to the pages of the apps below: an organisation's part
in the network's meetings, on its page."""

from django.db.models import Count, Q

from events.models import Attendance, Meeting
from infrastructure import slots
from infrastructure.bilingual import both_languages
from infrastructure.days import on_days


def organisation_meetings(request, organisation):
    """How often an organisation took part in the meetings held since it
    joined, and the last ones it attended."""
    held = Meeting.objects.held()
    if organisation.joined_on:
        held = held.filter(on_days("starts_at", start=organisation.joined_on))
    # The meetings it attended by their ids, from the index of its
    # attendance: no meeting joined to every row of attendance.
    attended = held.filter(
        pk__in=Attendance.objects.filter(organisation=organisation).values("meeting")
    )
    counts = held.aggregate(
        held=Count("pk"), attended=Count("pk", filter=Q(pk__in=attended))
    )
    recent = attended.only("slug", "starts_at", *both_languages("title"))
    return {"meetings": {**counts, "recent": list(recent.order_by("-starts_at")[:5])}}


def fill():
    slots.fill(
        "organisation-sections",
        "events/_organisation_meetings.html",
        context=organisation_meetings,
        order=20,
    )

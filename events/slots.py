"""What meetings add to the pages of the apps below: an organisation's part
in the network's meetings, on its page."""

from django.db.models import Count, Q

from events.models import Meeting
from infrastructure import slots


def organisation_meetings(request, organisation):
    """How often an organisation took part in the meetings held since it
    joined, and the last ones it attended."""
    held = Meeting.objects.held()
    if organisation.joined_on:
        held = held.filter(starts_at__date__gte=organisation.joined_on)
    attended = held.filter(attendance__organisation=organisation)
    # Both counts in one query: a meeting is counted once however many rows
    # of attendance join it.
    counts = held.aggregate(
        held=Count("pk", distinct=True),
        attended=Count(
            "pk", filter=Q(attendance__organisation=organisation), distinct=True
        ),
    )
    return {"meetings": {**counts, "recent": list(attended.order_by("-starts_at")[:5])}}


def fill():
    slots.fill(
        "organisation-sections",
        "events/_organisation_meetings.html",
        context=organisation_meetings,
        order=20,
    )

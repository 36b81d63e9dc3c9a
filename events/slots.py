"""What meetings add to the pages of the apps below: an organisation's part
in the network's meetings, on its page."""

from events.models import Meeting
from infrastructure import slots
from infrastructure.bilingual import both_languages
from infrastructure.counts import count_together
from infrastructure.days import on_days


def organisation_meetings(request, organisation):
    """How often an organisation took part in the meetings held since it
    joined, and the last ones it attended."""
    held = Meeting.objects.held()
    if organisation.joined_on:
        held = held.filter(on_days("starts_at", start=organisation.joined_on))
    # Joined to its attendance, which names each meeting once (attend_once).
    attended = held.filter(attendance__organisation=organisation)
    counts = count_together({"held": held, "attended": attended})
    recent = attended.only("slug", "starts_at", *both_languages("title"))
    return {"meetings": {**counts, "recent": list(recent.order_by("-starts_at")[:5])}}


def fill():
    slots.fill(
        "organisation-sections",
        "events/_organisation_meetings.html",
        context=organisation_meetings,
        order=20,
        kept=True,
    )

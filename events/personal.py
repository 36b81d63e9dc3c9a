"""The personal parts of a meeting's page served from the page cache: the
person's registration and the online link it opens."""

from django.db import models

from events.forms import RegisterForm
from events.models import Meeting, Registration
from events.permissions import organisations_to_register_for
from infrastructure.pagecache import KeptForm, personal_template, remember


def own_registration(meeting, user):
    """The person's registration for the meeting, if they have one: kept
    until the data changes, like the rest of the person's standing."""
    if not user.is_authenticated:
        return None
    return remember(
        f"registration:{meeting.pk}:{user.pk}",
        lambda: meeting.registrations.active().filter(user=user).first(),
    )


def places(meeting):
    """The meeting's confirmed and waiting registrations, counted."""
    return meeting.registrations.aggregate(
        confirmed=models.Count(
            "pk", filter=models.Q(status=Registration.Status.CONFIRMED)
        ),
        waiting=models.Count("pk", filter=models.Q(status=Registration.Status.WAITING)),
    )


def registration_context(meeting, user):
    """The places, and the person's own registration and form: the personal
    part of a meeting's page."""
    counts = remember(f"meeting-places:{meeting.pk}", lambda: places(meeting))
    return {
        "meeting": meeting,
        "confirmed": counts["confirmed"],
        "waiting": counts["waiting"],
        "places_left": meeting.places_left(confirmed=counts["confirmed"]),
        "registration": own_registration(meeting, user),
        "register_form": KeptForm(
            "register",
            user,
            lambda: RegisterForm(organisations=organisations_to_register_for(user)),
        )
        if user.is_authenticated
        else None,
    }


def _meeting(pk):
    """The meeting itself is kept until the data changes."""
    return remember(f"meeting:{pk}", lambda: Meeting.objects.get(pk=pk))


def context(request, pk):
    return registration_context(_meeting(pk), request.user)


def moment(request, pk):
    """What the parts show of the time: whether the meeting is past, and its
    registration open, or opening later."""
    meeting = _meeting(pk)
    return "".join(
        "1" if now else "0"
        for now in (
            meeting.is_past,
            meeting.registration_is_open,
            meeting.registration_opens_later,
        )
    )


# Rendered once for each person and moment until the data changes.
personal_template(
    "meeting-registration",
    "events/_registration.html",
    context,
    kept=True,
    state=moment,
)
personal_template(
    "meeting-online", "events/_online.html", context, kept=True, state=moment
)

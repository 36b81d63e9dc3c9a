"""The personal parts of a meeting's page served from the page cache: the
person's registration and the online link it opens."""

from events.models import Meeting
from events.views import registration_context
from infrastructure.pagecache import personal, remember, render_personal


def context(request, pk):
    """Computed once per request, for both of the page's personal parts;
    the meeting itself is kept until the data changes."""
    memo = request.__dict__.setdefault("_meeting_personal", {})
    if pk not in memo:
        meeting = remember(f"meeting:{pk}", lambda: Meeting.objects.get(pk=pk))
        memo[pk] = registration_context(meeting, request.user)
    return memo[pk]


@personal("meeting-registration")
def registration(request, pk):
    return render_personal("events/_registration.html", request, context(request, pk))


@personal("meeting-online")
def online(request, pk):
    return render_personal("events/_online.html", request, context(request, pk))

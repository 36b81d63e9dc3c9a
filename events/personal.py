"""The personal parts of a meeting's page served from the page cache: the
person's registration and the online link it opens."""

from events.models import Meeting
from events.views import own_registration, registration_context
from network_portal.page_cache import personal, render_personal


@personal("meeting-registration")
def registration(request, pk):
    context = registration_context(Meeting.objects.get(pk=pk), request.user)
    return render_personal("events/_registration.html", request, context)


@personal("meeting-online")
def online(request, pk):
    meeting = Meeting.objects.get(pk=pk)
    return render_personal(
        "events/_online.html",
        request,
        {"meeting": meeting, "registration": own_registration(meeting, request.user)},
    )

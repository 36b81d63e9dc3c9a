"""schema.org Event descriptions of meetings, for search engines (JSON-LD)."""

from django.utils import timezone

from events.models import Meeting
from infrastructure.linkeddata import description, reference

EVENT_STATUS = {
    Meeting.Status.SCHEDULED: "EventScheduled",
    Meeting.Status.HELD: "EventScheduled",
    Meeting.Status.POSTPONED: "EventPostponed",
    Meeting.Status.CANCELLED: "EventCancelled",
}
ATTENDANCE_MODE = {
    Meeting.Format.IN_PERSON: "OfflineEventAttendanceMode",
    Meeting.Format.ONLINE: "OnlineEventAttendanceMode",
    Meeting.Format.HYBRID: "MixedEventAttendanceMode",
}


def meeting_json_ld(meeting, *, request, network_name):
    """An Event with what search engines require: name, startDate with its
    offset, and a location (a Place with an address, or a VirtualLocation)."""
    url = request.build_absolute_uri(meeting.get_absolute_url())
    locations = []
    if meeting.is_in_person:
        locations.append(
            {
                "@type": "Place",
                "name": meeting.venue,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": meeting.address,
                    "addressLocality": meeting.place.name if meeting.place else "",
                    "addressCountry": "BG",
                },
            }
        )
    if meeting.is_online:
        # The link itself is for the registered: the public sees the page.
        locations.append({"@type": "VirtualLocation", "url": url})
    organisers = [
        reference("NGO", organisation, request)
        for organisation in meeting.organisers.all()
    ] or [
        {
            "@type": "Organization",
            "name": network_name,
            "url": request.build_absolute_uri("/"),
        }
    ]
    return description("Event", url) | {
        "name": meeting.title,
        "description": meeting.summary,
        # In Sofia's time, with its offset from UTC.
        "startDate": timezone.localtime(meeting.starts_at).isoformat(),
        "endDate": timezone.localtime(meeting.ends_at).isoformat(),
        "eventStatus": f"https://schema.org/{EVENT_STATUS[meeting.status]}",
        "eventAttendanceMode": f"https://schema.org/{ATTENDANCE_MODE[meeting.format]}",
        "location": locations[0] if len(locations) == 1 else locations,
        "organizer": organisers[0] if len(organisers) == 1 else organisers,
        "inLanguage": "bg",
        "isAccessibleForFree": True,
    }

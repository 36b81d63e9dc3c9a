"""Meetings as iCalendar (RFC 5545), and links that add one to Google's or
Outlook's calendar."""

from datetime import UTC
from urllib.parse import urlencode

from django.utils import translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from events.models import Meeting

PRODID = "-//Synergy Network//Meetings//BG"
STATUS = {
    Meeting.Status.SCHEDULED: "CONFIRMED",
    Meeting.Status.HELD: "CONFIRMED",
    Meeting.Status.POSTPONED: "TENTATIVE",
    Meeting.Status.CANCELLED: "CANCELLED",
}


def location(meeting):
    if not meeting.is_in_person:
        return _("Online")
    return ", ".join(part for part in (meeting.venue, meeting.address) if part)


def uid(meeting, host):
    return f"meeting-{meeting.pk}@{host.split(':')[0]}"


def event(meeting, *, request):
    url = request.build_absolute_uri(meeting.get_absolute_url())
    item = Event()
    item.add("uid", uid(meeting, request.get_host()))
    item.add("dtstamp", meeting.updated_at.astimezone(UTC))
    item.add("created", meeting.created_at.astimezone(UTC))
    item.add("last-modified", meeting.updated_at.astimezone(UTC))
    item.add("dtstart", meeting.starts_at.astimezone(UTC))
    item.add("dtend", meeting.ends_at.astimezone(UTC))
    title = meeting.title
    if meeting.is_cancelled:
        title = _("Cancelled: %(title)s") % {"title": title}
    item.add("summary", title)
    item.add("description", f"{meeting.summary}\n\n{url}")
    item.add("location", location(meeting))
    item.add("url", url)
    item.add("status", STATUS[meeting.status])
    item.add("sequence", meeting.sequence)
    return item


def ical(meetings, *, request, name):
    """The meetings as one calendar, in the request's language."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Sofia")
    for meeting in meetings:
        calendar.add_component(event(meeting, request=request))
    return calendar.to_ical()


def ical_for(meeting, *, request, language):
    """One meeting's calendar file, for an e-mail in `language`."""
    with translation.override(language):
        return ical([meeting], request=request, name=meeting.title)


def google_link(meeting, url):
    dates = "/".join(
        moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        for moment in (meeting.starts_at, meeting.ends_at)
    )
    query = urlencode(
        {
            "action": "TEMPLATE",
            "text": meeting.title,
            "dates": dates,
            "details": f"{meeting.summary}\n\n{url}",
            "location": location(meeting),
        }
    )
    return f"https://calendar.google.com/calendar/render?{query}"


def outlook_link(meeting, url):
    query = urlencode(
        {
            "path": "/calendar/action/compose",
            "rru": "addevent",
            "subject": meeting.title,
            "startdt": meeting.starts_at.astimezone(UTC).isoformat(),
            "enddt": meeting.ends_at.astimezone(UTC).isoformat(),
            "body": f"{meeting.summary}\n\n{url}",
            "location": location(meeting),
        }
    )
    return f"https://outlook.live.com/calendar/0/deeplink/compose?{query}"

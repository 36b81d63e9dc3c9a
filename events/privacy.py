"""What meetings keep about a person (GDPR): their registrations. Their
places at coming meetings are freed for the waiting list before the account
goes; the registrations go with it."""

from django.utils.translation import gettext_lazy as _

from events import services
from events.models import Registration
from infrastructure.personaldata import when

NOTICE = [
    (
        _("Your registrations for meetings"),
        _("Organising the meetings"),
        _("Your consent, which you can withdraw at any time (Art. 6(1)(a))"),
    ),
]


def export(user):
    return {
        "meeting_registrations": [
            {
                "meeting": r.meeting.title,
                "starts": when(r.meeting.starts_at),
                "name": r.name,
                "email": r.email,
                "for_organisation": r.organisation.name if r.organisation else None,
                "status": r.status,
                "registered": when(r.created_at),
            }
            for r in Registration.objects.filter(user=user).select_related(
                "meeting", "organisation"
            )
        ],
    }


def erase(user, *, request):
    for registration in Registration.objects.filter(user=user).active():
        if not registration.meeting.is_past:
            services.cancel(registration=registration, request=request)

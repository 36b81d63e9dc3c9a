"""Meeting workflows that span models or send mail: registering and
cancelling with the waiting list, reminders, and what an agenda and the
decisions do to causes."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from causes.models import Status as CauseStatus
from causes.models import in_every_language
from events.calendar import ical_for
from events.models import Meeting, Registration
from infrastructure.siteaddress import SiteAddress


class RegistrationError(Exception):
    """A registration that cannot be made; the message says why."""


def register(*, meeting, name, email, user=None, organisation=None, by, request):
    """A place at the meeting, or a turn on its waiting list once it is full.
    The meeting's row is locked, so that concurrent registrations never take
    more places than there are, and no one registers twice."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    with transaction.atomic():
        meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
        if not meeting.registration_is_open:
            raise RegistrationError(_("Registration for this meeting is closed."))
        active = meeting.registrations.active()
        if active.filter(email__iexact=email).exists():
            raise RegistrationError(
                _("%(email)s is already registered for this meeting.")
                % {"email": email}
            )
        full = meeting.places_left() == 0
        # A colleague with an account sees the registration as their own.
        user = user or get_user_model().objects.filter(email__iexact=email).first()
        registration = Registration.objects.create(
            meeting=meeting,
            user=user,
            name=name,
            email=email,
            organisation=organisation,
            registered_by=by,
            language=language,
            status=Registration.Status.WAITING
            if full
            else Registration.Status.CONFIRMED,
        )
        transaction.on_commit(lambda: send(registration, "registered", request=request))
    return registration


def cancel(*, registration, request):
    """Cancel a place; the first on the waiting list moves up and is told.
    Returns the registration that moved up, if any."""
    with transaction.atomic():
        meeting = Meeting.objects.select_for_update().get(pk=registration.meeting_id)
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status == Registration.Status.CANCELLED:
            return None
        freed = registration.is_confirmed
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        if not freed or meeting.is_past or meeting.places_left() == 0:
            return None
        promoted = meeting.registrations.waiting().first()
        if promoted:
            promoted.status = Registration.Status.CONFIRMED
            promoted.save(update_fields=["status"])
            transaction.on_commit(lambda: send(promoted, "promoted", request=request))
        return promoted


def send(registration, template, *, request):
    """An e-mail about a registration, in the language it was made in; with a
    confirmed place comes the meeting's calendar file."""
    meeting = registration.meeting
    with translation.override(registration.language):
        context = {
            "registration": registration,
            "meeting": meeting,
            "url": request.build_absolute_uri(meeting.get_absolute_url()),
        }
        subject = render_to_string(f"events/email/{template}_subject.txt", context)
        body = render_to_string(f"events/email/{template}_message.txt", context)
        message = EmailMessage(" ".join(subject.split()), body, to=[registration.email])
        if registration.is_confirmed:
            message.attach(
                f"{meeting.slug}.ics",
                ical_for(meeting, request=request, language=registration.language),
                "text/calendar",
            )
    message.send()


def send_reminders(*, now=None, site=None):
    """Remind the registered of meetings that start within a day, once.
    Returns how many e-mails went."""
    now = now or timezone.now()
    site = site or SiteAddress()
    sent = 0
    due = Meeting.objects.filter(
        status__in=[Meeting.Status.SCHEDULED, Meeting.Status.POSTPONED],
        starts_at__gt=now,
        starts_at__lte=now + timedelta(days=1),
        reminded_at=None,
    )
    for meeting in due:
        with transaction.atomic():
            meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
            if meeting.reminded_at:
                continue  # another run got there first
            for registration in meeting.registrations.confirmed():
                send(registration, "reminder", request=site)
                sent += 1
            meeting.reminded_at = now
            meeting.save(update_fields=["reminded_at"])
    return sent


def bring_causes(*, meeting, by):
    """Causes on the meeting's agenda go *on the agenda*, once, each step of
    their history linked to its agenda item."""
    items = meeting.agenda.filter(cause__isnull=False, agenda_change=None)
    for item in items.select_related("cause"):
        cause = item.cause
        if not cause.can_move_to(CauseStatus.ON_AGENDA):
            continue
        item.agenda_change = cause.change_status(
            to=CauseStatus.ON_AGENDA,
            by=by,
            # Under each language the meeting's title is that language's.
            reason=in_every_language(
                lambda: (
                    _("On the agenda of “%(meeting)s”.") % {"meeting": meeting.title}
                )
            ),
        )
        item.save(update_fields=["agenda_change"])


def apply_decisions(*, meeting, by):
    """Each decision about a cause moves the cause on, once; returns the
    decisions that could not (the cause cannot go there from where it is)."""
    refused = []
    pending = meeting.decisions.filter(cause__isnull=False, status_change=None)
    for decision in pending.exclude(cause_status="").select_related("cause"):
        if not decision.cause.can_move_to(decision.cause_status):
            refused.append(decision)
            continue
        decision.status_change = decision.cause.change_status(
            to=decision.cause_status,
            by=by,
            reason=in_every_language(lambda decision=decision: decision.text),
        )
        decision.save(update_fields=["status_change"])
    return refused

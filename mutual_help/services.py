"""Workflows of help between members that span models or send mail:
answering an item, the daily expiry with its reminder a few days before."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from infrastructure.siteaddress import SiteAddress
from mutual_help.models import HelpItem, Response, Status


def respond(*, item, by, organisation=None, message):
    """An answer to an open item, for an organisation or, to a request for
    volunteers, for oneself; once each."""
    if not item.is_open:
        raise ValidationError(_("This request or offer is no longer open."))
    if organisation is None and not item.accepts_responses_from_supporters():
        raise ValidationError(_("Answer for one of your organisations."))
    if organisation is not None and organisation.pk == item.organisation_id:
        raise ValidationError(_("Your organisation posted this itself."))
    try:
        with transaction.atomic():
            return Response.objects.create(
                item=item, organisation=organisation, responder=by, message=message
            )
    except IntegrityError:
        raise ValidationError(
            _("You have already answered this; the poster will be in touch.")
        ) from None


def editors(organisation_id):
    return get_user_model().objects.filter(
        roles__organisation=organisation_id, roles__kind="editor", is_active=True
    )


def expire(*, today=None):
    """Items past their last day, open or agreed, expire; how many."""
    today = today or timezone.localdate()
    expired = 0
    for item in HelpItem.objects.due(today):
        item.move_to(Status.EXPIRED)
        expired += 1
    return expired


def remind(*, today=None, site=None):
    """Tell the editors of each open item that ends within a few days, once;
    how many e-mails went."""
    today = today or timezone.localdate()
    site = site or SiteAddress()
    sent = 0
    for item in (
        HelpItem.objects.public().ending_soon(today).select_related("organisation")
    ):
        with transaction.atomic():
            item = HelpItem.objects.select_for_update().get(pk=item.pk)
            if item.reminded_at:
                continue  # another run got there first
            for editor in editors(item.organisation_id):
                send_reminder(item, editor, site=site)
                sent += 1
            item.reminded_at = timezone.now()
            item.save(update_fields=["reminded_at"])
    return sent


def send_reminder(item, editor, *, site):
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "item": item,
            "url": site.build_absolute_uri(item.get_absolute_url()),
            "dashboard": site.build_absolute_uri(
                reverse("help_dashboard:organisation", args=[item.organisation.slug])
            ),
        }
        subject = render_to_string("mutual_help/email/reminder_subject.txt", context)
        body = render_to_string("mutual_help/email/reminder_message.txt", context)
    EmailMessage(" ".join(subject.split()), body, to=[editor.email]).send()

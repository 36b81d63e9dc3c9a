"""Invitations: a coordinator or an editor invites a person by e-mail to act
for an organisation; accepting gives the person the role."""

import secrets
from datetime import timedelta

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from infrastructure.records import done_by
from members.models.organisation import organisation_field
from members.models.role import Role

INVITATION_VALIDITY = timedelta(days=14)


def new_token():
    return secrets.token_urlsafe(32)


def default_expiry():
    return timezone.now() + INVITATION_VALIDITY


class InvitationQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(accepted_at__isnull=True, expires_at__gt=timezone.now())


class Invitation(models.Model):
    email = models.EmailField(_("e-mail"))
    organisation = organisation_field("invitations", on_delete=models.CASCADE)
    role = models.CharField(
        _("role"),
        max_length=20,
        choices=Role.Kind.choices,
        default=Role.Kind.EDITOR,
    )
    token = models.CharField(max_length=64, unique=True, default=new_token)
    invited_by = done_by(_("invited by"))
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"), default=default_expiry)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = done_by(_("accepted by"))

    objects = InvitationQuerySet.as_manager()
    # The link's secret stays out of the history.
    history = HistoricalRecords(excluded_fields=["token"])

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} → {self.organisation}"

    def get_absolute_url(self):
        return reverse("members:invitation", kwargs={"token": self.token})

    @property
    def is_expired(self):
        return timezone.now() >= self.expires_at

    @property
    def is_pending(self):
        return self.accepted_at is None and not self.is_expired

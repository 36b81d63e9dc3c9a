"""Applications to join the network, sent from the public join form and
decided by coordinators in the admin."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from infrastructure.records import done_by
from members.eik import validate_eik
from members.models.organisation import Organisation
from members.models.place import place_field


class Application(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        APPROVED = "approved", _("approved")
        DECLINED = "declined", _("declined")

    name = models.CharField(_("name of the organisation or group"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Organisation.Kind.choices)
    eik = models.CharField(
        _("ЕИК (UIC)"), max_length=13, blank=True, validators=[validate_eik]
    )
    municipality = place_field(optional=False)
    settlement = models.CharField(_("town or village"), max_length=100, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=150)
    contact_email = models.EmailField(_("contact e-mail"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("what the organisation does"))
    topics = models.ManyToManyField(
        "members.Topic", verbose_name=_("topics"), blank=True, related_name="+"
    )
    consent = models.BooleanField(_("consent to the privacy notice"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = done_by(_("decided by"))
    decision_note = models.TextField(_("note on the decision"), blank=True)
    organisation = models.OneToOneField(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="application",
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-submitted_at"]

    def __str__(self):
        return self.name

    @property
    def is_pending(self):
        return self.status == self.Status.PENDING

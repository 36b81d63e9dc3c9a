"""The roles people hold in organisations: an editor acts for it on the site,
a representative speaks for it (at meetings, for instance)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from members.models.organisation import organisation_field


class RoleQuerySet(models.QuerySet):
    def editors(self):
        return self.filter(kind=Role.Kind.EDITOR)


class Role(models.Model):
    class Kind(models.TextChoices):
        EDITOR = "editor", _("editor")
        REPRESENTATIVE = "representative", _("representative")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="roles",
    )
    organisation = organisation_field("roles", on_delete=models.CASCADE)
    kind = models.CharField(_("role"), max_length=20, choices=Kind.choices)
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    history = HistoricalRecords()
    objects = RoleQuerySet.as_manager()

    class Meta:
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        ordering = ["organisation__name", "kind", "user__email"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation", "kind"], name="role_once_per_kind"
            )
        ]

    def __str__(self):
        return f"{self.user} — {self.get_kind_display()}, {self.organisation}"

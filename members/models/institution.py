"""Local institutions members work with and send proposals to: a registry
coordinators keep. Editors may suggest an institution that is missing; it
is used and shown once a coordinator confirms it."""

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from infrastructure.records import done_by
from members.models.place import place_field


class InstitutionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def suggested(self):
        """Suggested by editors, waiting for a coordinator."""
        return self.filter(confirmed_at__isnull=True)


class Institution(models.Model):
    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("municipality")
        COUNCIL = "council", _("municipal council")
        REGIONAL_ADMINISTRATION = (
            "regional_administration",
            _("regional administration"),
        )
        SCHOOL = "school", _("school")
        KINDERGARTEN = "kindergarten", _("kindergarten")
        LIBRARY = "library", _("library")
        MUSEUM = "museum", _("museum or gallery")
        HEALTH = "health", _("health or social service")
        UNIVERSITY = "university", _("university")
        OTHER = "other", _("other institution")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    municipality = place_field(related_name="institutions")
    website = models.URLField(_("website"), blank=True)
    confirmed_at = models.DateTimeField(
        _("confirmed"),
        null=True,
        blank=True,
        default=timezone.now,
        help_text=_("Empty while an editor's suggestion waits for a coordinator."),
    )
    suggested_by = done_by(_("suggested by"))
    suggestion_note = models.CharField(
        _("why it is suggested"), max_length=300, blank=True
    )

    objects = InstitutionQuerySet.as_manager()

    class Meta:
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        ordering = ["name"]
        indexes = [
            # The institutions the public sees, counted from the index alone:
            # the list's count.
            models.Index(
                fields=["id"],
                condition=models.Q(confirmed_at__isnull=False),
                name="institution_confirmed",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("institutions:detail", kwargs={"slug": self.slug})

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

"""Local institutions members work with: a small registry coordinators keep."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from members.models.place import place_field


class Institution(models.Model):
    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("municipality")
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

    class Meta:
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        ordering = ["name"]

    def __str__(self):
        return self.name

"""The catalogue of indicators against which members report results."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Indicator(models.Model):
    class Aggregation(models.TextChoices):
        SUM = "sum", _("added up")
        MAX = "max", _("the highest value counts")

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    unit = models.CharField(
        _("unit"), max_length=40, help_text=_("For example: people, euro.")
    )
    unit_one = models.CharField(
        _("unit after 1"),
        max_length=40,
        blank=True,
        help_text=_(
            "Where the unit after the number 1 is another word: person, "
            "agreement. Empty: the same unit."
        ),
    )
    aggregation = models.CharField(
        _("how it adds up"),
        max_length=10,
        choices=Aggregation.choices,
        default=Aggregation.SUM,
    )
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    is_active = models.BooleanField(
        _("offered to editors"),
        default=True,
        help_text=_("Retired indicators keep their results but are not offered."),
    )

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["position", "name"]

    def __str__(self):
        return f"{self.name} ({self.unit})" if self.unit else str(self.name)

    def unit_for(self, value):
        """The unit after the value: "1 person", "3 people"."""
        return self.unit_one if value == 1 and self.unit_one else self.unit

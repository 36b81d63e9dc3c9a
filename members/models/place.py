"""Places: Bulgaria's 28 regions and the municipalities the network works in."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PlaceQuerySet(models.QuerySet):
    def regions(self):
        return self.filter(kind=Place.Kind.REGION)

    def municipalities(self):
        return self.filter(kind=Place.Kind.MUNICIPALITY)


class Place(models.Model):
    class Kind(models.TextChoices):
        REGION = "region", _("region")
        MUNICIPALITY = "municipality", _("municipality")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    code = models.CharField(
        _("code"),
        max_length=10,
        blank=True,
        help_text=_("ISO 3166-2 code of a region, e.g. BG-24."),
    )
    region = models.ForeignKey(
        "self",
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="municipalities",
        limit_choices_to={"kind": "region"},
    )

    objects = PlaceQuerySet.as_manager()

    class Meta:
        verbose_name = _("place")
        verbose_name_plural = _("places")
        ordering = ["kind", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind="region", region__isnull=True)
                | models.Q(kind="municipality", region__isnull=False),
                name="place_municipality_has_a_region",
            ),
        ]

    def __str__(self):
        return self.name


def place_field(kind="municipality", *, related_name="+", optional=True, **options):
    """A place of one kind (a municipality, or a region) where something is:
    `place = place_field(related_name="activities")`. A place is never
    deleted while anything is there."""
    options.setdefault("verbose_name", Place.Kind(kind).label)
    return models.ForeignKey(
        "members.Place",
        on_delete=models.PROTECT,
        null=optional,
        blank=optional,
        related_name=related_name,
        limit_choices_to={"kind": kind},
        **options,
    )

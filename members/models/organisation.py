"""Member organisations and informal groups: the registry's heart."""

from datetime import timedelta

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import ProtectedError
from django.db.models.functions import Coalesce, NullIf
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from infrastructure.bilingual import both_languages
from infrastructure.transliteration import unique_slug
from members.eik import validate_eik
from members.models.place import place_field

REGISTERED_KINDS = ["association", "foundation", "community_centre"]
NEVER_DELETED = _(
    "Organisations are never deleted: mark one as a former member instead, "
    "so that its profile and history stay."
)


def organisation_field(related_name, verbose_name=None, *, on_delete=models.PROTECT):
    """The organisation a record belongs to, which is not deleted while the
    record is (or, with `on_delete=models.CASCADE`, takes the record with
    it): `organisation = organisation_field("activities")`."""
    return models.ForeignKey(
        "members.Organisation",
        verbose_name=verbose_name or _("organisation"),
        on_delete=on_delete,
        related_name=related_name,
    )


def by_name(relation="organisation"):
    """The fields to read of a row's organisation (through `relation`) where
    only its names and its address are shown: `display_name`, `name` and
    `get_absolute_url`, for `.only()` beside `select_related`."""
    return [
        relation,
        f"{relation}__slug",
        *(f"{relation}__{name}" for name in both_languages("name", "short_name")),
    ]


def members_first(language):
    """The directory's order: current members, then suspended, then former
    ones; by the name in `language`, or the Bulgarian one it falls back to.
    The same expressions order the queries and make their indexes."""
    return [
        models.Case(
            models.When(status="member", then=0),
            models.When(status="suspended", then=1),
            default=2,
        ),
        Coalesce(NullIf(models.F(f"name_{language}"), models.Value("")), "name_bg"),
    ]


class OrganisationQuerySet(models.QuerySet):
    def public(self):
        """Organisations the public sees: every one that is or was a member."""
        return self.exclude(status=Organisation.Status.APPLICANT)

    def members_first(self):
        """Current members, then suspended, then former ones; by name."""
        return self.order_by(*members_first(get_language() or "bg"))

    def active(self):
        return self.filter(status=Organisation.Status.MEMBER)

    def silent_for(self, days):
        """Current members that have published no activity of their own in
        the last `days` days."""
        activities = self.model._meta.get_field("activities").related_model
        recent = activities.objects.filter(
            organisation=models.OuterRef("pk"),
            state=activities.State.PUBLISHED,
            published_at__gte=timezone.now() - timedelta(days=days),
        )
        return self.active().exclude(models.Exists(recent))

    def delete(self):
        raise ProtectedError(NEVER_DELETED, set(self))

    def for_cards(self):
        """What a directory card shows (members/_card.html), in a fixed
        number of queries: its municipality and topics."""
        return self.select_related("municipality").prefetch_related("topics")


class Organisation(models.Model):
    # How to reach it: the profile's form and the admin list them in this order.
    CONTACT_FIELDS = [
        "email",
        "phone",
        "website",
        "facebook",
        "instagram",
        "youtube",
        "linkedin",
    ]

    class Kind(models.TextChoices):
        ASSOCIATION = "association", _("association")
        FOUNDATION = "foundation", _("foundation")
        COMMUNITY_CENTRE = "community_centre", _("community centre (chitalishte)")
        INFORMAL_GROUP = "informal_group", _("informal group")

    class Benefit(models.TextChoices):
        PUBLIC = "public", _("public benefit")
        PRIVATE = "private", _("private benefit")

    class Status(models.TextChoices):
        APPLICANT = "applicant", _("applicant")
        MEMBER = "member", _("member")
        SUSPENDED = "suspended", _("suspended")
        FORMER = "former", _("former member")

    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=80, blank=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    benefit = models.CharField(
        _("benefit"),
        max_length=10,
        choices=Benefit.choices,
        blank=True,
        help_text=_("Registered organisations only."),
    )
    eik = models.CharField(
        _("ЕИК (UIC)"),
        max_length=13,
        unique=True,
        null=True,
        blank=True,
        validators=[validate_eik],
        help_text=_("9 digits, or 13 for a branch; informal groups have none."),
    )
    status = models.CharField(
        _("network status"),
        max_length=10,
        choices=Status.choices,
        default=Status.MEMBER,
    )
    joined_on = models.DateField(_("member since"), null=True, blank=True)
    left_on = models.DateField(_("left on"), null=True, blank=True)
    is_coordinator = models.BooleanField(
        _("coordinating organisation"),
        default=False,
        help_text=_("The organisation that coordinates the network."),
    )
    region = place_field("region", optional=False)
    municipality = place_field(related_name="organisations")
    settlement = models.CharField(_("town or village"), max_length=100, blank=True)
    address = models.CharField(_("address"), max_length=250, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    facebook = models.URLField(_("Facebook"), blank=True)
    instagram = models.URLField(_("Instagram"), blank=True)
    youtube = models.URLField(_("YouTube"), blank=True)
    linkedin = models.URLField(_("LinkedIn"), blank=True)
    logo = models.ImageField(_("logo"), upload_to="logos/", blank=True)
    logo_small = models.ImageField(upload_to="logos/", blank=True, editable=False)
    logo_medium = models.ImageField(upload_to="logos/", blank=True, editable=False)
    description = models.TextField(
        _("description"), blank=True, help_text=_("What the organisation does.")
    )
    mission = models.TextField(_("mission"), blank=True)
    topics = models.ManyToManyField(
        "members.Topic", verbose_name=_("topics"), blank=True, related_name="+"
    )
    founded_year = models.PositiveSmallIntegerField(
        _("founded in"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1850), MaxValueValidator(2100)],
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        indexes = [
            # Members by status, counted by kind and by municipality from the
            # index alone: the home page's figures, the transparency report.
            models.Index(
                fields=["status", "kind", "municipality"],
                name="organisation_status_kind",
            ),
            # Each one's status by its key, from the index alone: what a
            # publication is joined to, to tell whether the public sees it.
            models.Index(fields=["id", "status"], name="organisation_status_by_id"),
            # Whom the public sees (every status but an applicant's): the
            # directory and its count.
            models.Index(
                fields=["name_bg"],
                name="organisation_public",
                condition=~models.Q(status="applicant"),
            ),
            # The directory's first page in its order, in either language,
            # read from the index rather than every row sorted.
            *(
                models.Index(
                    *members_first(language),
                    name=f"organisation_directory_{language}",
                    condition=~models.Q(status="applicant"),
                )
                for language in ("bg", "en")
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=REGISTERED_KINDS, eik__isnull=False)
                | models.Q(kind="informal_group", eik__isnull=True),
                name="organisation_eik_for_registered_kinds_only",
                violation_error_message=_(
                    "Associations, foundations and community centres have an "
                    "ЕИК; informal groups have none."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=REGISTERED_KINDS) | models.Q(benefit=""),
                name="organisation_benefit_for_registered_kinds_only",
                violation_error_message=_(
                    "Only registered organisations are of public or private benefit."
                ),
            ),
            models.UniqueConstraint(
                fields=["is_coordinator"],
                condition=models.Q(is_coordinator=True),
                name="organisation_one_coordinator",
                violation_error_message=_(
                    "Another organisation already coordinates the network."
                ),
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.eik = self.eik or None
        if not self.is_registered:
            self.benefit = ""
        new_slug = self._unique_slug() if self._name_changed() else None
        if new_slug and self.slug and new_slug != self.slug:
            OldSlug.objects.update_or_create(
                slug=self.slug, defaults={"organisation_id": self.pk}
            )
        if new_slug:
            self.slug = new_slug
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("members:detail", kwargs={"slug": self.slug})

    @property
    def is_registered(self):
        return self.kind in REGISTERED_KINDS

    @property
    def is_current_member(self):
        return self.status == self.Status.MEMBER

    @property
    def display_name(self):
        return self.short_name or self.name

    @property
    def social_links(self):
        return [
            (label, url)
            for label, url in [
                ("Facebook", self.facebook),
                ("Instagram", self.instagram),
                ("YouTube", self.youtube),
                ("LinkedIn", self.linkedin),
            ]
            if url
        ]

    def _name_changed(self):
        if not self.slug or not self.pk:
            return True
        saved = type(self).objects.filter(pk=self.pk).values_list("name_bg", flat=True)
        return saved.first() != self.name_bg

    def _unique_slug(self):
        # A new organisation takes neither another's slug nor an old one.
        return unique_slug(
            self.name_bg or self.name,
            fallback="organisation",
            taken_in=[
                Organisation.objects.exclude(pk=self.pk),
                OldSlug.objects.exclude(organisation_id=self.pk),
            ],
        )

    def delete(self, *args, **kwargs):
        raise ProtectedError(NEVER_DELETED, {self})

    def suspend(self):
        self.status = self.Status.SUSPENDED
        self.save(update_fields=["status", "updated_at"])

    def reactivate(self):
        self.status = self.Status.MEMBER
        self.left_on = None
        self.save(update_fields=["status", "left_on", "updated_at"])

    def leave(self, on=None):
        """A member leaves the network: the profile and its history stay."""
        self.status = self.Status.FORMER
        self.left_on = on or timezone.localdate()
        self.save(update_fields=["status", "left_on", "updated_at"])


class OldSlug(models.Model):
    """A slug an organisation had before its name changed; its URL redirects."""

    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="old_slugs"
    )

    class Meta:
        verbose_name = _("old slug")
        verbose_name_plural = _("old slugs")

    def __str__(self):
        return self.slug

"""Site-wide texts that coordinators keep: the network's name, motto, funding."""

import secrets

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

CACHE_KEY = "network-portal:site-settings"


def funding_logo(verbose_name):
    """A logo the donors' rules ask for beside the funding statement."""
    return models.ImageField(
        verbose_name,
        upload_to="funding/",
        blank=True,
        help_text=_("PNG or WebP, at most 5 MB; shown beside the funding statement."),
    )


def funding_logo_alt(verbose_name):
    return models.CharField(
        verbose_name,
        max_length=250,
        blank=True,
        help_text=_("What the logo says, for people who cannot see it."),
    )


class SiteSettings(models.Model):
    """The one row of texts shown on every page; the network outlives one grant."""

    network_name = models.CharField(_("network name"), max_length=200)
    motto = models.CharField(_("motto"), max_length=300)
    coordinator_name = models.CharField(
        _("coordinating organisation"),
        max_length=200,
        help_text=_("The data controller named in the privacy notice."),
    )
    contact_email = models.EmailField(_("contact e-mail"))
    address = models.CharField(_("address"), max_length=300, blank=True)
    project_name = models.CharField(_("project name"), max_length=200, blank=True)
    donors = models.CharField(
        _("donors"),
        max_length=300,
        blank=True,
        help_text=_("The donors whose support the site acknowledges."),
    )
    programme = models.CharField(
        _("programme"),
        max_length=300,
        blank=True,
        help_text=_("The funding programme and its priority."),
    )
    grant_reference = models.CharField(_("grant reference"), max_length=100, blank=True)
    grant_amount = models.DecimalField(
        _("grant (euro)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    project_period = models.CharField(
        _("project period"),
        max_length=100,
        blank=True,
        help_text=_("For example: 12 months, from March 2025."),
    )
    project_starts_on = models.DateField(
        _("project starts"),
        null=True,
        blank=True,
        help_text=_("The project report covers its period unless asked otherwise."),
    )
    project_ends_on = models.DateField(_("project ends"), null=True, blank=True)
    funding_statement = models.TextField(_("funding statement"))
    donor_logo = funding_logo(_("donors' logo"))
    donor_logo_alt = funding_logo_alt(_("donors' logo: alternative text"))
    programme_logo = funding_logo(_("programme's logo"))
    programme_logo_alt = funding_logo_alt(_("programme's logo: alternative text"))
    disclaimer = models.TextField(
        _("disclaimer"), help_text=_("Shown in the footer of every page.")
    )

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self):
        return str(self._meta.verbose_name).capitalize()

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)
        cache.delete(CACHE_KEY)

    @classmethod
    def load(cls):
        settings = cache.get(CACHE_KEY)
        if settings is None:
            settings = cls.objects.filter(pk=1).first()
            if settings is None:
                return cls()
            cache.set(CACHE_KEY, settings, timeout=300)
        return settings

    def clean(self):
        starts, ends = self.project_starts_on, self.project_ends_on
        if starts and ends and ends < starts:
            raise ValidationError(
                {"project_ends_on": _("The project cannot end before it starts.")}
            )

    @property
    def logos(self):
        """The donors' and the programme's logos that are set, each with its
        alternative text, in that order."""
        return [
            (logo, alt)
            for logo, alt in [
                (self.donor_logo, self.donor_logo_alt),
                (self.programme_logo, self.programme_logo_alt),
            ]
            if logo
        ]


class SearchVectorColumn(SearchVectorField):
    """A tsvector on PostgreSQL, kept up to date when its row is saved; a
    plain unused text column elsewhere, where the search matches words."""

    def db_type(self, connection):
        return "tsvector" if connection.vendor == "postgresql" else "text"


class SearchEntry(models.Model):
    """One public object as the search finds it, in one language: its title,
    its text, the words it is also found by, the title in Latin letters, and
    on PostgreSQL a weighted search vector and a trigram index of the title
    (see network_portal.search). An entry is never changed in place: an
    object's new version is written as new entries."""

    class Kind(models.TextChoices):
        ORGANISATION = "organisation", _("organisations")
        CAUSE = "cause", _("causes")
        MEETING = "meeting", _("meetings")
        ACTIVITY = "activity", _("activities")
        INITIATIVE = "initiative", _("partner initiatives")
        PRACTICE = "practice", _("practices")
        HELP = "help", _("requests and offers of help")
        INSTITUTION = "institution", _("institutions")
        PROPOSAL = "proposal", _("proposals to institutions")

    kind = models.CharField(max_length=20, choices=Kind.choices)
    object_id = models.PositiveIntegerField()
    language = models.CharField(max_length=10)
    url = models.CharField(max_length=300)
    title = models.CharField(max_length=300)
    text = models.TextField(blank=True)
    keywords = models.TextField(blank=True)
    # Who it is by (or what it is) and its date, for the results.
    byline = models.CharField(max_length=300, blank=True)
    dated = models.DateField(null=True, blank=True)
    # Lowercased title and text, and the title in Latin letters, for matching
    # where there is no full-text search.
    folded = models.TextField(blank=True)
    latin = models.CharField(max_length=300, blank=True)
    updated_at = models.DateTimeField(null=True, blank=True)
    vector = SearchVectorColumn(null=True, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "language"], name="index_once"
            )
        ]
        indexes = [models.Index(fields=["language", "kind"])]

    def __str__(self):
        return self.title


class FailedEmail(models.Model):
    """An e-mail the mail server did not take (see network_portal/mail.py):
    kept to be sent again, and shown to the coordinators until it is."""

    subject = models.CharField(_("subject"), max_length=300)
    message = models.JSONField(_("message"))
    error = models.TextField(_("error"))
    failed_at = models.DateTimeField(_("failed"), auto_now_add=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=1)

    # Not a page's content: its changes leave the page cache alone.
    page_cache_ignores = True

    class Meta:
        verbose_name = _("e-mail not yet sent")
        verbose_name_plural = _("e-mails not yet sent")
        ordering = ["failed_at"]

    def __str__(self):
        return self.subject


def _new_token():
    return secrets.token_urlsafe(32)


class Subscriber(models.Model):
    """A person who asked for the network's news by e-mail, without an
    account: kept pending until they confirm from the e-mail (double opt-in),
    deleted when they unsubscribe."""

    email = models.EmailField(_("e-mail"))
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES
    )
    # The secret in the confirmation and unsubscribe links.
    token = models.CharField(max_length=64, unique=True, default=_new_token)
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    # When the last e-mail about the subscription went out: a form sent
    # again and again mails the address at most once in a while.
    mailed_at = models.DateTimeField(null=True, blank=True)

    # Not a page's content: sign-ups leave the page cache alone.
    page_cache_ignores = True

    class Meta:
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="subscriber_email_once")
        ]

    def __str__(self):
        return self.email

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None


class ProjectIndicator(models.Model):
    """An indicator of the project's results framework: what the project
    promised, from a baseline to a target within a period, and where its
    actual value comes from (network_portal.targets computes it)."""

    class Level(models.TextChoices):
        OUTPUT = "output", _("output")
        OUTCOME = "outcome", _("outcome")

    class Source(models.TextChoices):
        COUNTED = "counted", _("counted by the portal")
        RESULTS = "results", _("summed from the members' results")
        ENTERED = "entered", _("entered by the coordinators")

    class Counted(models.TextChoices):
        MEMBERS = "members", _("active member organisations and informal groups")
        INFORMAL_GROUPS = "informal_groups", _("active informal groups")
        MEETINGS_HELD = "meetings_held", _("network meetings held")
        PARTICIPATION = (
            "participation",
            _("members' participation in the meetings held (%)"),
        )
        CAUSES_BACKED = "causes_backed", _("causes backed by members")
        CAUSES_ON_AGENDA = "causes_on_agenda", _("causes placed on an agenda")
        INITIATIVES = "initiatives", _("partner initiatives started")
        ACTIVITIES = "activities", _("activities reported")
        JOINT_ACTIVITIES = "joint_activities", _("activities of two or more members")
        PRACTICES_SHARED = "practices_shared", _("practices shared")
        PRACTICES_REUSED = "practices_reused", _("practices applied by another member")
        SUPPORTERS = "supporters", _("people who support a cause")
        SUBSCRIBERS = "subscribers", _("newsletter subscribers")
        PROPOSALS_SENT = "proposals_sent", _("proposals sent to institutions")
        PROPOSALS_ANSWERED = (
            "proposals_answered",
            _("proposals that institutions answered"),
        )
        # An outcome: of the members assessed in the latest round and before
        # it, those whose self-assessed capacity rose (capacity.results).
        CAPACITY_ROSE = (
            "capacity_rose",
            _("members whose capacity self-assessment rose since their first (%)"),
        )

    name = models.CharField(_("name"), max_length=200)
    definition = models.TextField(
        _("definition"), blank=True, help_text=_("What is counted, and how.")
    )
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    unit = models.CharField(
        _("unit"), max_length=50, help_text=_("For example: organisations, %, people.")
    )
    baseline = models.DecimalField(
        _("baseline"), max_digits=12, decimal_places=2, default=0
    )
    target = models.DecimalField(_("target"), max_digits=12, decimal_places=2)
    period_start = models.DateField(_("period from"))
    period_end = models.DateField(_("period to"))
    source = models.CharField(
        _("how the actual value is obtained"), max_length=10, choices=Source.choices
    )
    counted = models.CharField(
        _("what the portal counts"),
        max_length=30,
        choices=Counted.choices,
        blank=True,
        help_text=_("For an indicator counted by the portal."),
    )
    result_indicators = models.ManyToManyField(
        "members.Indicator",
        verbose_name=_("the members' result indicators"),
        blank=True,
        related_name="+",
        help_text=_("For an indicator summed from the members' results."),
    )
    verified_only = models.BooleanField(
        _("verified results only"),
        default=False,
        help_text=_(
            "Count only the results the coordinators checked; otherwise those "
            "the members report are added and shown apart."
        ),
    )
    is_headline = models.BooleanField(
        _("on the home page"),
        default=False,
        help_text=_("The home page shows the first three so marked."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("project indicator")
        verbose_name_plural = _("project indicators")
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(period_end__gt=models.F("period_start")),
                name="project_indicator_period_ends_after_it_starts",
            ),
            models.CheckConstraint(
                condition=~models.Q(source="counted") | ~models.Q(counted=""),
                name="project_indicator_counted_says_what",
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        errors = {}
        if (
            self.period_start
            and self.period_end
            and (self.period_end <= self.period_start)
        ):
            errors["period_end"] = _("The period ends after it starts.")
        if self.source == self.Source.COUNTED and not self.counted:
            errors["counted"] = _("Choose what the portal counts.")
        if self.target is not None and self.target == self.baseline:
            errors["target"] = _("The target differs from the baseline.")
        if errors:
            raise ValidationError(errors)


class IndicatorValue(models.Model):
    """A value of an indicator entered by the coordinators: a survey's
    result, for example, with its date, a note and the evidence."""

    indicator = models.ForeignKey(
        ProjectIndicator,
        verbose_name=_("project indicator"),
        on_delete=models.CASCADE,
        related_name="values",
    )
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=2)
    measured_on = models.DateField(_("measured on"))
    note = models.CharField(_("note"), max_length=300, blank=True)
    evidence = models.FileField(
        _("evidence"),
        upload_to="evidence/",
        blank=True,
        help_text=_("The document the value comes from: a survey, a protocol."),
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        verbose_name = _("entered value")
        verbose_name_plural = _("entered values")
        ordering = ["-measured_on", "-pk"]

    def __str__(self):
        return f"{self.indicator}: {self.value} ({self.measured_on})"

"""Site-wide texts that coordinators keep: the network's name, motto, funding."""

import secrets

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.cache import cache
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
    (see network_portal.search)."""

    class Kind(models.TextChoices):
        ORGANISATION = "organisation", _("organisations")
        CAUSE = "cause", _("causes")
        MEETING = "meeting", _("meetings")
        ACTIVITY = "activity", _("activities")
        INITIATIVE = "initiative", _("partner initiatives")
        PRACTICE = "practice", _("practices")

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

"""Network meetings: agenda, registration, attendance, minutes, decisions.

A meeting's times are kept in UTC and shown in Europe/Sofia. Registration
keeps to the capacity under concurrent requests: each registration and each
cancellation locks the meeting's row first.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from causes.models import Status as CauseStatus
from infrastructure.bilingual import both_languages
from infrastructure.documents import AttachedDocument
from infrastructure.project import project_mark
from infrastructure.transliteration import SluggedByTitle
from members.models import organisation_field
from members.models.place import place_field


class MeetingQuerySet(models.QuerySet):
    def upcoming(self):
        """What is still to come: not over and not cancelled (a cancelled
        meeting keeps its page and its place in the calendar feed)."""
        return (
            self.filter(ends_at__gte=timezone.now())
            .exclude(status=Meeting.Status.CANCELLED)
            .order_by("starts_at", "pk")
        )

    def past(self):
        return self.filter(ends_at__lt=timezone.now()).order_by("-starts_at", "-pk")

    def for_cards(self):
        """What a card shows (events/_card.html): when, what, where; of the
        place its name."""
        return self.select_related("place").only(
            "slug",
            "kind",
            "format",
            "status",
            "starts_at",
            *both_languages("title", "summary", "venue"),
            "place",
            *(f"place__{name}" for name in both_languages("name")),
        )

    def held(self):
        return self.filter(status=Meeting.Status.HELD)

    def without_agenda_within(self, days):
        """Meetings to come in the next `days` days with no agenda yet."""
        soon = timezone.now() + timedelta(days=days)
        return self.upcoming().filter(starts_at__lte=soon, agenda__isnull=True)


class Meeting(SluggedByTitle):
    class Kind(models.TextChoices):
        GENERAL = "general", _("general meeting")
        WORKING = "working", _("working meeting")
        TRAINING = "training", pgettext_lazy("meeting", "training")
        PUBLIC = "public", _("public event")

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("in person")
        ONLINE = "online", _("online")
        HYBRID = "hybrid", _("in person and online")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", pgettext_lazy("meeting", "scheduled")
        POSTPONED = "postponed", pgettext_lazy("meeting", "postponed")
        CANCELLED = "cancelled", pgettext_lazy("meeting", "cancelled")
        HELD = "held", pgettext_lazy("meeting", "held")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True, editable=False)
    summary = models.CharField(_("summary"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.SCHEDULED
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    format = models.CharField(
        _("format"), max_length=20, choices=Format.choices, default=Format.IN_PERSON
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    place = place_field()
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Shown only to the people registered."),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("Leave it empty for a meeting without a limit."),
    )
    registration_opens_at = models.DateTimeField(
        _("registration opens"),
        null=True,
        blank=True,
        help_text=_("Empty: open as soon as the meeting is published."),
    )
    registration_closes_at = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Empty: open until the meeting starts."),
    )
    organisers = models.ManyToManyField(
        "members.Organisation",
        verbose_name=_("organisers"),
        blank=True,
        related_name="organised_meetings",
    )
    minutes = models.TextField(
        _("minutes"),
        blank=True,
        help_text=_("You may use Markdown: **bold**, lists and links."),
    )
    participants = models.PositiveIntegerField(
        _("people present"), null=True, blank=True
    )
    in_project = project_mark()
    # Raised whenever what a calendar shows changes, so that calendars that
    # imported the meeting take the change (RFC 5545 SEQUENCE).
    sequence = models.PositiveIntegerField(default=0, editable=False)
    reminded_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = MeetingQuerySet.as_manager()

    # What a calendar shows of the meeting.
    CALENDAR_FIELDS = (
        "title_bg",
        "title_en",
        "starts_at",
        "ends_at",
        "status",
        "venue_bg",
        "address_bg",
        "format",
    )

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-starts_at"]
        indexes = [
            models.Index(fields=["starts_at"]),
            models.Index(fields=["ends_at"]),
            # Meetings held (or cancelled, …), latest first: a member's
            # meetings since it joined, the transparency report.
            models.Index(fields=["status", "-starts_at"], name="meeting_by_status"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="meeting_ends_after_start",
            )
        ]

    def save(self, *args, **kwargs):
        if self.pk:
            before = (
                Meeting.objects.filter(pk=self.pk).values(*self.CALENDAR_FIELDS).first()
            )
            now = {field: getattr(self, field) for field in self.CALENDAR_FIELDS}
            # Registrants are told of a change (following.signals).
            self.calendar_changed = bool(before and before != now)
            if self.calendar_changed:
                self.sequence += 1
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("events:detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError(
                {"ends_at": _("A meeting cannot end before it starts.")}
            )
        if self.format != self.Format.IN_PERSON and not self.online_url:
            raise ValidationError(
                {"online_url": _("An online meeting needs its link.")}
            )
        if self.format != self.Format.ONLINE and not self.venue:
            raise ValidationError({"venue": _("A meeting in person needs its venue.")})

    def get_calendar_url(self):
        return reverse("events:ics", kwargs={"slug": self.slug})

    @property
    def is_online(self):
        return self.format != self.Format.IN_PERSON

    @property
    def is_in_person(self):
        return self.format != self.Format.ONLINE

    @property
    def is_past(self):
        return self.ends_at < timezone.now()

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    @property
    def registration_opens(self):
        return self.registration_opens_at or self.created_at

    @property
    def registration_closes(self):
        return self.registration_closes_at or self.starts_at

    @property
    def registration_is_open(self):
        now = timezone.now()
        return (
            self.status in (self.Status.SCHEDULED, self.Status.POSTPONED)
            and (self.registration_opens is None or self.registration_opens <= now)
            and now < self.registration_closes
        )

    @property
    def registration_opens_later(self):
        return bool(
            self.registration_opens and self.registration_opens > timezone.now()
        )

    @property
    def duration(self):
        return self.ends_at - self.starts_at

    def places_left(self, confirmed=None):
        """None when the meeting has no limit."""
        if self.capacity is None:
            return None
        if confirmed is None:
            confirmed = self.registrations.confirmed().count()
        return max(0, self.capacity - confirmed)


def step_made(related_name):
    """The step of a cause's history that an agenda item or a decision made."""
    return models.OneToOneField(
        "causes.StatusChange",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name=related_name,
    )


class AgendaItem(models.Model):
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="agenda"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    duration = models.PositiveSmallIntegerField(
        pgettext_lazy("duration", "minutes"),
        default=15,
        help_text=_("How long it takes, in minutes."),
    )
    cause = models.ForeignKey(
        "causes.Cause",
        verbose_name=_("cause"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="agenda_items",
        help_text=_("A cause brought to the meeting goes on the agenda."),
    )
    agenda_change = step_made("agenda_item")

    class Meta:
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.title


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(status=Registration.Status.CANCELLED)

    def confirmed(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def waiting(self):
        return self.filter(status=Registration.Status.WAITING).order_by(
            "created_at", "pk"
        )


class Registration(models.Model):
    """A place at a meeting, or a turn on its waiting list. A person signs up
    themselves, or an editor signs up a colleague by name and e-mail."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", pgettext_lazy("registration", "confirmed")
        WAITING = "waiting", pgettext_lazy("registration", "on the waiting list")
        CANCELLED = "cancelled", pgettext_lazy("registration", "cancelled")

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="registrations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="registrations",
    )
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail"))
    organisation = models.ForeignKey(
        "members.Organisation",
        verbose_name=_("for the organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="registrations",
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.CONFIRMED
    )
    language = models.CharField(
        _("language"), max_length=10, default=settings.LANGUAGE_CODE
    )
    created_at = models.DateTimeField(_("registered"), default=timezone.now)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "email"],
                condition=~models.Q(status="cancelled"),
                name="register_once",
            )
        ]

    def __str__(self):
        return f"{self.name} → {self.meeting}"

    @property
    def is_confirmed(self):
        return self.status == self.Status.CONFIRMED


class Attendance(models.Model):
    """An organisation at a meeting, and how many of its people came."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="attendance"
    )
    organisation = organisation_field("attendance")
    people = models.PositiveSmallIntegerField(_("people"), default=1)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        ordering = ["organisation__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "organisation"], name="attend_once"
            )
        ]

    def __str__(self):
        return f"{self.organisation} @ {self.meeting}"


class Document(AttachedDocument):
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="documents"
    )
    file = models.FileField(_("file"), upload_to="meetings/")


class Decision(models.Model):
    """What a meeting decided, with the member organisations' votes. A
    decision about a cause moves the cause on, and the cause's history links
    back to it."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="decisions"
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="decisions",
    )
    text = models.TextField(_("decision"))
    votes_for = models.PositiveSmallIntegerField(
        pgettext_lazy("vote", "for"), default=0
    )
    votes_against = models.PositiveSmallIntegerField(
        pgettext_lazy("vote", "against"), default=0
    )
    abstentions = models.PositiveSmallIntegerField(
        pgettext_lazy("vote", "abstained"), default=0
    )
    cause = models.ForeignKey(
        "causes.Cause",
        verbose_name=_("cause"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="decisions",
    )
    cause_status = models.CharField(
        _("the cause becomes"),
        max_length=20,
        choices=CauseStatus.choices,
        blank=True,
    )
    status_change = step_made("decision")

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["pk"]

    def __str__(self):
        return self.text[:80]

    @property
    def votes(self):
        return self.votes_for + self.votes_against + self.abstentions

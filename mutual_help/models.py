"""Help between members: a member organisation asks the others for help (a
request) or offers what it has (an offer); others respond, the poster
accepts one response or more, and records what came of it.

An item is open until the poster accepts a response (agreed), then done,
or withdrawn by its poster, or expired once its date has passed (a daily
command, `expire_help`). A coordinator may hide it from the public pages."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from infrastructure.records import done_by
from infrastructure.transliteration import SluggedByTitle
from members.models import organisation_field
from members.models.place import place_field


class Direction(models.TextChoices):
    REQUEST = "request", _("request for help")
    OFFER = "offer", _("offer of help")


class Kind(models.TextChoices):
    VOLUNTEERS = "volunteers", _("volunteers")
    PREMISES = "premises", _("premises")
    EQUIPMENT = "equipment", _("equipment")
    TRANSPORT = "transport", _("transport")
    EXPERTISE = "expertise", _("expertise")
    FUNDING_ADVICE = "funding_advice", _("funding advice")
    OTHER = "other", pgettext_lazy("help", "other")


class Status(models.TextChoices):
    OPEN = "open", pgettext_lazy("help", "open")
    AGREED = "agreed", pgettext_lazy("help", "agreed")
    DONE = "done", pgettext_lazy("help", "done")
    WITHDRAWN = "withdrawn", pgettext_lazy("help", "withdrawn")
    EXPIRED = "expired", pgettext_lazy("help", "expired")


class Measure(models.TextChoices):
    PEOPLE = "people", _("people who came")
    HOURS = "hours", _("hours")
    EURO = "euro", _("value in euro")


# What the public lists: items still looking for someone.
OPEN = [Status.OPEN]
# What counts as help exchanged.
EXCHANGED = [Status.AGREED, Status.DONE]
# An item can still be answered, accepted or withdrawn.
ACTIVE = [Status.OPEN, Status.AGREED]
# How many days before its date an open item's poster is reminded.
REMIND_DAYS = 3


def seen_by_the_public(through=""):
    """What the public sees of requests and offers: not hidden, not an
    applicant's; as a condition on the item reached `through` a relation
    ("item__"), so that a query of related rows filters the same join."""
    return models.Q(**{f"{through}hidden_at__isnull": True}) & ~models.Q(
        **{f"{through}organisation__status": "applicant"}
    )


class HelpItemQuerySet(models.QuerySet):
    def public(self):
        """What the public sees: not hidden, not an applicant's."""
        return self.filter(seen_by_the_public())

    def open(self):
        return self.filter(status=Status.OPEN)

    def reported(self):
        """Reported by members and still public: waiting for a coordinator."""
        return self.filter(pk__in=Report.objects.values("item"), hidden_at__isnull=True)

    def exchanged(self):
        return self.filter(status__in=EXCHANGED)

    def for_cards(self):
        """What a card shows (mutual_help/_card.html): the organisation's
        name and the place; not the topics."""
        return self.select_related("organisation", "place")

    def due(self, today):
        """Open or agreed items whose last day has passed."""
        return self.filter(status__in=ACTIVE, ongoing=False).filter(
            models.Q(ends_on__lt=today)
            | models.Q(ends_on__isnull=True, starts_on__lt=today)
        )

    def ending_soon(self, today):
        """Open items whose last day is within REMIND_DAYS, not yet reminded."""
        soon = today + timedelta(days=REMIND_DAYS)
        return self.filter(status=Status.OPEN, ongoing=False, reminded_at=None).filter(
            models.Q(ends_on__range=(today, soon))
            | models.Q(ends_on__isnull=True, starts_on__range=(today, soon))
        )


class HelpItem(SluggedByTitle):
    Direction = Direction
    Kind = Kind
    Status = Status
    Measure = Measure

    direction = models.CharField(
        _("request or offer"), max_length=10, choices=Direction.choices
    )
    kind = models.CharField(_("kind of help"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True, editable=False)
    description = models.TextField(
        _("description"),
        help_text=_("What is needed or offered, and anything the others should know."),
    )
    quantity = models.CharField(
        _("how much or how many"),
        max_length=120,
        blank=True,
        help_text=_("For example: 10 volunteers, a hall for 40 people, 2 hours."),
    )
    starts_on = models.DateField(_("date"), null=True, blank=True)
    ends_on = models.DateField(
        _("until"), null=True, blank=True, help_text=_("For a range of days.")
    )
    ongoing = models.BooleanField(
        _("ongoing"), default=False, help_text=_("No particular date.")
    )
    place = place_field(related_name="+")
    online = models.BooleanField(_("online"), default=False)
    topics = models.ManyToManyField(
        "members.Topic", verbose_name=_("topics"), blank=True, related_name="+"
    )
    image = models.ImageField(_("picture"), upload_to="help/", blank=True)
    image_small = models.ImageField(upload_to="help/", blank=True, editable=False)
    image_medium = models.ImageField(upload_to="help/", blank=True, editable=False)
    image_alt = models.CharField(
        _("picture description"),
        max_length=200,
        blank=True,
        help_text=_("What the picture shows, for people who cannot see it."),
    )
    organisation = organisation_field("help_items")
    posted_by = done_by(_("posted by"))
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.OPEN,
        editable=False,
    )
    status_changed_at = models.DateTimeField(_("status since"), default=timezone.now)
    outcome = models.TextField(
        _("what came of it"),
        blank=True,
        help_text=_("A sentence on what happened, shown on the item's page."),
    )
    outcome_figure = models.DecimalField(
        _("figure"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    outcome_measure = models.CharField(
        _("the figure is"), max_length=10, choices=Measure.choices, blank=True
    )
    reminded_at = models.DateTimeField(null=True, blank=True, editable=False)
    hidden_at = models.DateTimeField(_("hidden"), null=True, blank=True)
    hidden_by = done_by(_("hidden by"))
    hidden_reason = models.TextField(
        _("reason for hiding"),
        blank=True,
        help_text=_("The organisation's editors see it."),
    )
    created_at = models.DateTimeField(_("posted"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = HelpItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("request or offer of help")
        verbose_name_plural = _("requests and offers of help")
        ordering = ["-created_at", "-pk"]
        indexes = [
            # The list of open items, newest first.
            models.Index(
                fields=["-created_at", "-id"],
                name="help_open_newest_first",
                condition=models.Q(status="open", hidden_at__isnull=True),
            ),
            models.Index(fields=["organisation", "status"], name="help_by_member"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True)
                | models.Q(starts_on__isnull=False, ends_on__gte=models.F("starts_on")),
                name="help_ends_after_it_starts",
                violation_error_message=_("It cannot end before it starts."),
            ),
            models.CheckConstraint(
                condition=models.Q(ongoing=True) | models.Q(starts_on__isnull=False),
                name="help_has_a_date_or_is_ongoing",
                violation_error_message=_("Give a date, or say it is ongoing."),
            ),
            models.CheckConstraint(
                condition=models.Q(online=True) | models.Q(place__isnull=False),
                name="help_has_a_place_or_is_online",
                violation_error_message=_(
                    "Choose a municipality, or say it is online."
                ),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("help:detail", kwargs={"slug": self.slug})

    @property
    def is_request(self):
        return self.direction == Direction.REQUEST

    @property
    def is_open(self):
        return self.status == Status.OPEN

    @property
    def is_active(self):
        return self.status in ACTIVE

    @property
    def is_hidden(self):
        return self.hidden_at is not None

    @property
    def last_day(self):
        return None if self.ongoing else self.ends_on or self.starts_on

    def accepts_responses_from_supporters(self):
        """A person without an organisation may answer a request for volunteers."""
        return self.is_request and self.kind == Kind.VOLUNTEERS

    def move_to(self, status):
        self.status = status
        self.status_changed_at = timezone.now()
        self.save(update_fields=["status", "status_changed_at", "updated_at"])

    def withdraw(self):
        if not self.is_active:
            raise ValidationError(_("Only open or agreed items can be withdrawn."))
        self.move_to(Status.WITHDRAWN)

    def close(self, *, outcome, figure=None, measure=""):
        """The poster records what came of it: the item is done."""
        if self.status != Status.AGREED:
            raise ValidationError(_("Only agreed help can be closed as done."))
        self.outcome, self.outcome_figure, self.outcome_measure = (
            outcome,
            figure,
            measure,
        )
        self.status = Status.DONE
        self.status_changed_at = timezone.now()
        self.save()

    def hide(self, *, by, reason):
        self.hidden_at, self.hidden_by, self.hidden_reason = timezone.now(), by, reason
        self.save(
            update_fields=["hidden_at", "hidden_by", "hidden_reason", "updated_at"]
        )

    def restore(self):
        self.hidden_at, self.hidden_by, self.hidden_reason = None, None, ""
        self.save(
            update_fields=["hidden_at", "hidden_by", "hidden_reason", "updated_at"]
        )


class ResponseQuerySet(models.QuerySet):
    def accepted(self):
        return self.filter(accepted_at__isnull=False)


class Response(models.Model):
    """Another member's answer to a request or an offer ("we can bring six
    volunteers"); or, to a request for volunteers, a supporter's."""

    item = models.ForeignKey(
        HelpItem,
        verbose_name=_("request or offer"),
        on_delete=models.CASCADE,
        related_name="responses",
    )
    organisation = models.ForeignKey(
        "members.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="help_responses",
        help_text=_("Empty for a supporter answering for themselves."),
    )
    # The person who answered: their account goes with the answer of a
    # supporter; an organisation's answer stays, without them.
    responder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="help_responses",
    )
    message = models.TextField(_("message"), max_length=1000)
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = done_by(_("accepted by"))

    objects = ResponseQuerySet.as_manager()

    class Meta:
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "organisation"],
                condition=models.Q(organisation__isnull=False),
                name="help_response_once_per_organisation",
            ),
            models.UniqueConstraint(
                fields=["item", "responder"],
                condition=models.Q(organisation__isnull=True),
                name="help_response_once_per_supporter",
            ),
        ]

    def __str__(self):
        return self.message[:80]

    @property
    def is_accepted(self):
        return self.accepted_at is not None

    @property
    def from_whom(self):
        """Who answered, as the poster sees it: the organisation, or the
        supporter's name."""
        if self.organisation_id:
            return self.organisation.name
        if self.responder_id:
            return self.responder.get_full_name() or self.responder.email
        return _("a former supporter")

    @transaction.atomic
    def accept(self, *, by):
        """The poster accepts the answer: the item is agreed."""
        item = HelpItem.objects.select_for_update().get(pk=self.item_id)
        if not item.is_active:
            raise ValidationError(_("This request or offer is no longer open."))
        self.accepted_at, self.accepted_by = timezone.now(), by
        self.save(update_fields=["accepted_at", "accepted_by"])
        if item.is_open:
            item.move_to(Status.AGREED)
        self.item = item


class Report(models.Model):
    """A member's or supporter's report of an item to the coordinators."""

    item = models.ForeignKey(HelpItem, on_delete=models.CASCADE, related_name="reports")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    reason = models.TextField(_("reason"), blank=True, max_length=1000)
    created_at = models.DateTimeField(_("reported"), default=timezone.now)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.UniqueConstraint(fields=["item", "user"], name="help_report_once")
        ]

    def __str__(self):
        return self.reason[:80] or str(self.item)

"""Causes that members propose, back and bring to network meetings, with the
history of every change of their status."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from members.transliteration import unique_slug


class Status(models.TextChoices):
    PROPOSED = "proposed", pgettext_lazy("cause", "proposed")
    BACKED = "backed", pgettext_lazy("cause", "backed")
    ON_AGENDA = "on_agenda", pgettext_lazy("cause", "on the agenda")
    ADOPTED = "adopted", pgettext_lazy("cause", "adopted")
    DECLINED = "declined", pgettext_lazy("cause", "declined")
    WITHDRAWN = "withdrawn", pgettext_lazy("cause", "withdrawn")
    IN_PROGRESS = "in_progress", pgettext_lazy("cause", "in progress")
    ACHIEVED = "achieved", pgettext_lazy("cause", "achieved")
    CLOSED = "closed", pgettext_lazy("cause", "closed")


# Where a cause may go from each status; anything else is refused.
TRANSITIONS = {
    Status.PROPOSED: {Status.BACKED, Status.ON_AGENDA, Status.WITHDRAWN},
    Status.BACKED: {Status.ON_AGENDA, Status.WITHDRAWN},
    Status.ON_AGENDA: {Status.ADOPTED, Status.DECLINED, Status.WITHDRAWN},
    Status.ADOPTED: {Status.IN_PROGRESS, Status.CLOSED},
    Status.IN_PROGRESS: {Status.ACHIEVED, Status.CLOSED},
    Status.DECLINED: set(),
    Status.WITHDRAWN: set(),
    Status.ACHIEVED: set(),
    Status.CLOSED: set(),
}
OPEN_TO_CO_SPONSORS = {Status.PROPOSED, Status.BACKED, Status.ON_AGENDA}


def backing_threshold():
    return getattr(settings, "CAUSE_BACKING_THRESHOLD", 3)


class CauseQuerySet(models.QuerySet):
    def public(self):
        """Causes the public sees: all but those of applicants."""
        return self.exclude(proposed_by__status="applicant")

    def with_counts(self):
        return self.annotate(
            supporter_count=models.Count("supports", distinct=True),
            co_sponsor_count=models.Count("co_sponsorships", distinct=True),
        )


class Cause(models.Model):
    Status = Status

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True, editable=False)
    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("What should change, in a sentence.")
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Why it matters and what the network can do. Markdown."),
    )
    topics = models.ManyToManyField(
        "members.Topic", verbose_name=_("topics"), blank=True, related_name="+"
    )
    proposed_by = models.ForeignKey(
        "members.Organisation",
        verbose_name=_("proposed by"),
        on_delete=models.PROTECT,
        related_name="proposed_causes",
    )
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("filed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.PROPOSED,
        editable=False,
    )
    status_changed_at = models.DateTimeField(_("status since"), default=timezone.now)
    activities = models.ManyToManyField(
        "members.Activity",
        verbose_name=_("activities that advanced it"),
        blank=True,
        related_name="causes",
    )
    created_at = models.DateTimeField(_("proposed on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = CauseQuerySet.as_manager()

    class Meta:
        verbose_name = _("cause")
        verbose_name_plural = _("causes")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        proposing = self._state.adding
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)
        if proposing:
            # The history starts with the proposal itself.
            StatusChange.objects.create(
                cause=self,
                to_status=self.status,
                changed_by=self.filed_by,
                changed_at=self.status_changed_at,
            )

    def get_absolute_url(self):
        return reverse("causes:detail", kwargs={"slug": self.slug})

    def _unique_slug(self):
        return unique_slug(
            self.title_bg or self.title,
            fallback="cause",
            taken_in=[Cause.objects.all()],
        )

    @property
    def is_proposed(self):
        return self.status == Status.PROPOSED

    @property
    def accepts_co_sponsors(self):
        return self.status in OPEN_TO_CO_SPONSORS

    def can_move_to(self, status):
        return status in TRANSITIONS[self.status]

    @transaction.atomic
    def change_status(self, *, to, by=None, reason=""):
        """Move the cause on, recording when, who and why; refuse a move the
        cause's lifecycle does not allow."""
        cause = Cause.objects.select_for_update().get(pk=self.pk)
        if not cause.can_move_to(to):
            raise ValidationError(
                _("A cause that is “%(current)s” cannot become “%(next)s”.")
                % {
                    "current": cause.get_status_display(),
                    "next": Status(to).label,
                },
                code="impossible_transition",
            )
        change = StatusChange.objects.create(
            cause=cause,
            from_status=cause.status,
            to_status=to,
            changed_by=by,
            reason=reason,
        )
        cause.status = to
        cause.status_changed_at = change.changed_at
        cause.save(update_fields=["status", "status_changed_at", "updated_at"])
        self.status, self.status_changed_at = cause.status, cause.status_changed_at
        return change

    def withdraw(self, *, by, reason=""):
        return self.change_status(to=Status.WITHDRAWN, by=by, reason=reason)

    @transaction.atomic
    def add_co_sponsor(self, *, organisation, by):
        """A member organisation backs the cause; enough of them move a
        proposed cause to *backed*. Co-sponsors of one cause queue behind a
        lock, so that the cause is backed once."""
        cause = Cause.objects.select_for_update().get(pk=self.pk)
        if organisation.pk == cause.proposed_by_id:
            raise ValidationError(
                _("The organisation that proposed a cause does not co-sponsor it.")
            )
        if not organisation.is_current_member:
            raise ValidationError(_("Only current members co-sponsor causes."))
        if not cause.accepts_co_sponsors:
            raise ValidationError(_("This cause no longer takes co-sponsors."))
        sponsorship, created = CoSponsorship.objects.get_or_create(
            cause=cause, organisation=organisation, defaults={"added_by": by}
        )
        count = cause.co_sponsorships.count()
        if created and cause.is_proposed and count >= backing_threshold():
            cause.change_status(
                to=Status.BACKED,
                by=by,
                reason=str(
                    _("Backed by %(count)d member organisations.") % {"count": count}
                ),
            )
        self.status, self.status_changed_at = cause.status, cause.status_changed_at
        return sponsorship

    def remove_co_sponsor(self, *, organisation):
        self.co_sponsorships.filter(organisation=organisation).delete()

    def support(self, *, user):
        """A signed-up person supports the cause, once however often they ask."""
        try:
            with transaction.atomic():
                Support.objects.create(cause=self, user=user)
        except IntegrityError:
            return False
        return True


class StatusChange(models.Model):
    """One step in a cause's history: when, who, why, and from which status."""

    cause = models.ForeignKey(Cause, on_delete=models.CASCADE, related_name="history")
    from_status = models.CharField(
        _("from"), max_length=20, choices=Status.choices, blank=True
    )
    to_status = models.CharField(_("to"), max_length=20, choices=Status.choices)
    changed_at = models.DateTimeField(_("when"), default=timezone.now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reason = models.TextField(_("why"), blank=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return (
            f"{self.cause}: {self.get_from_status_display()} → "
            f"{self.get_to_status_display()}"
        )


class CoSponsorship(models.Model):
    cause = models.ForeignKey(
        Cause, on_delete=models.CASCADE, related_name="co_sponsorships"
    )
    organisation = models.ForeignKey(
        "members.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="co_sponsorships",
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    class Meta:
        verbose_name = _("co-sponsorship")
        verbose_name_plural = _("co-sponsorships")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["cause", "organisation"], name="co_sponsor_once"
            )
        ]

    def __str__(self):
        return f"{self.organisation} → {self.cause}"


class Support(models.Model):
    """A signed-up person supports a cause: counted in public, never named."""

    cause = models.ForeignKey(Cause, on_delete=models.CASCADE, related_name="supports")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="supports"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("support")
        verbose_name_plural = _("supports")
        constraints = [
            models.UniqueConstraint(fields=["cause", "user"], name="support_once")
        ]

    def __str__(self):
        return f"{self.user_id} → {self.cause_id}"


class Milestone(models.Model):
    """A dated step on a cause's way: a letter sent, a hearing, a decision."""

    cause = models.ForeignKey(
        Cause, on_delete=models.CASCADE, related_name="milestones"
    )
    date = models.DateField(_("date"))
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["date", "pk"]

    def __str__(self):
        return self.title

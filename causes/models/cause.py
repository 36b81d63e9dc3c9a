"""Causes that members propose, back and bring to network meetings, with the
history of every change of their status."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from infrastructure.bilingual import both_languages
from infrastructure.documents import file_format
from infrastructure.records import done_by
from infrastructure.transliteration import SluggedByTitle
from members.models import by_name, organisation_field


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
# A cause is supported while it is still on its way.
OPEN_TO_SUPPORT = {*OPEN_TO_CO_SPONSORS, Status.ADOPTED, Status.IN_PROGRESS}


def in_every_language(text):
    """A text the site writes itself, in each of its languages."""
    texts = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            texts[language] = str(text())
    return texts


def backing_threshold():
    return getattr(settings, "CAUSE_BACKING_THRESHOLD", 3)


class CauseQuerySet(models.QuerySet):
    def public(self):
        """Causes the public sees: all but those of applicants."""
        return self.exclude(proposed_by__status="applicant")

    def for_cards(self):
        """What a card shows (causes/_card.html): the cause, its kept counts
        and who proposed it, by name."""
        return self.select_related("proposed_by").only(
            "slug",
            "status",
            "supporter_count",
            "co_sponsor_count",
            *both_languages("title", "summary"),
            *by_name("proposed_by"),
        )

    def concerning(self, institution):
        """The causes that name the institution, or that a proposal to it
        took up, one the public sees; by subqueries rather than joins, so
        that no cause comes twice."""
        proposals = self.model.proposals.rel.related_model.objects.public()
        return self.filter(
            models.Q(pk__in=institution.causes.values("pk"))
            | models.Q(pk__in=proposals.filter(institution=institution).values("cause"))
        )

    def recount(self):
        """Bring these causes' kept counts of supporters and co-sponsors in
        line with their rows, in one UPDATE. Called within each change of a
        support or a co-sponsorship (causes/receivers.py)."""

        def counted(model):
            rows = (
                model.objects.filter(cause=models.OuterRef("pk"))
                .order_by()
                .values("cause")
                .annotate(n=models.Count("pk"))
                .values("n")
            )
            return Coalesce(models.Subquery(rows), 0)

        return self.update(
            supporter_count=counted(Support), co_sponsor_count=counted(CoSponsorship)
        )

    def with_support_of(self, user):
        """Each cause's `supported`: whether the person supports it."""
        if not user.is_authenticated:
            return self.annotate(supported=models.Value(False))
        return self.annotate(
            supported=models.Exists(
                Support.objects.filter(cause=models.OuterRef("pk"), user=user)
            )
        )


class Cause(SluggedByTitle):
    Status = Status

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True, editable=False)
    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("What should change, in a sentence.")
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_(
            "Why it matters and what the network can do. You may use Markdown: "
            "**bold**, lists and links."
        ),
    )
    topics = models.ManyToManyField(
        "members.Topic", verbose_name=_("topics"), blank=True, related_name="+"
    )
    proposed_by = organisation_field("proposed_causes", _("proposed by"))
    filed_by = done_by(_("filed by"))
    image = models.ImageField(_("image"), upload_to="causes/", blank=True)
    image_small = models.ImageField(upload_to="causes/", blank=True, editable=False)
    image_medium = models.ImageField(upload_to="causes/", blank=True, editable=False)
    image_alt = models.CharField(
        _("image description"),
        max_length=200,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
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
    institutions = models.ManyToManyField(
        "members.Institution",
        verbose_name=_("institutions it concerns"),
        blank=True,
        related_name="causes",
        help_text=_("The institutions whose decision the cause needs."),
    )
    created_at = models.DateTimeField(_("proposed on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # Kept as its supports and co-sponsorships change (`recount`): the lists
    # show and sort by them without counting every cause's rows.
    supporter_count = models.PositiveIntegerField(
        _("supporters"), default=0, editable=False
    )
    co_sponsor_count = models.PositiveIntegerField(
        _("co-sponsors"), default=0, editable=False
    )

    objects = CauseQuerySet.as_manager()

    class Meta:
        verbose_name = _("cause")
        verbose_name_plural = _("causes")
        ordering = ["-created_at"]
        indexes = [
            # The list, newest first: a page of it without sorting them all.
            models.Index(fields=["-created_at"], name="cause_newest_first"),
            # The list, most supported first; the home page's open causes.
            models.Index(
                fields=["-supporter_count", "-created_at"], name="cause_most_supported"
            ),
        ]

    def save(self, *args, **kwargs):
        proposing = self._state.adding
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

    @property
    def is_proposed(self):
        return self.status == Status.PROPOSED

    @property
    def accepts_co_sponsors(self):
        return self.status in OPEN_TO_CO_SPONSORS

    @property
    def accepts_support(self):
        return self.status in OPEN_TO_SUPPORT

    def can_move_to(self, status):
        return status in TRANSITIONS[self.status]

    @transaction.atomic
    def change_status(self, *, to, by=None, reason=""):
        """Move the cause on, recording when, who and why; refuse a move the
        cause's lifecycle does not allow. `reason` is a text, or a text for
        each language ({"bg": …, "en": …})."""
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
        reasons = reason if isinstance(reason, dict) else {"bg": reason}
        change = StatusChange.objects.create(
            cause=cause,
            from_status=cause.status,
            to_status=to,
            changed_by=by,
            **{f"reason_{language}": text for language, text in reasons.items()},
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
                _("The organisation that proposed a cause cannot also co-sponsor it.")
            )
        if not organisation.is_current_member:
            raise ValidationError(_("Only current members can co-sponsor causes."))
        if not cause.accepts_co_sponsors:
            raise ValidationError(_("This cause no longer accepts co-sponsors."))
        sponsorship, created = CoSponsorship.objects.get_or_create(
            cause=cause, organisation=organisation, defaults={"added_by": by}
        )
        count = cause.co_sponsorships.count()
        if created and cause.is_proposed and count >= backing_threshold():
            cause.change_status(
                to=Status.BACKED,
                by=by,
                reason=in_every_language(
                    lambda: (
                        _("Backed by %(count)d member organisations.")
                        % {"count": count}
                    )
                ),
            )
        self.status, self.status_changed_at = cause.status, cause.status_changed_at
        return sponsorship

    def remove_co_sponsor(self, *, organisation):
        self.co_sponsorships.filter(organisation=organisation).delete()

    def support(self, *, user):
        """A signed-up person supports the cause, once however often they ask,
        while it is on its way."""
        if not self.accepts_support:
            return False
        try:
            with transaction.atomic():
                Support.objects.create(cause=self, user=user)
        except IntegrityError:
            return False
        return True

    def withdraw_support(self, *, user):
        """The person no longer supports the cause; whether they did."""
        deleted, _by_model = Support.objects.filter(cause=self, user=user).delete()
        return bool(deleted)


class StatusChange(models.Model):
    """One step in a cause's history: when, who, why, and from which status."""

    cause = models.ForeignKey(Cause, on_delete=models.CASCADE, related_name="history")
    from_status = models.CharField(
        _("from"), max_length=20, choices=Status.choices, blank=True
    )
    to_status = models.CharField(_("to"), max_length=20, choices=Status.choices)
    changed_at = models.DateTimeField(_("when"), default=timezone.now)
    changed_by = done_by(_("by"))
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
    organisation = organisation_field("co_sponsorships")
    added_by = done_by(_("added by"))
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


def report_threshold():
    return getattr(settings, "COMMENT_REPORT_THRESHOLD", 3)


class CommentQuerySet(models.QuerySet):
    def shown(self):
        return self.filter(state=Comment.State.VISIBLE)

    def awaiting(self):
        return self.filter(state=Comment.State.AWAITING)


class Comment(models.Model):
    """A signed-up person's word in a cause's discussion, perhaps on behalf
    of their organisation. Enough reports hide it until a coordinator
    decides."""

    class State(models.TextChoices):
        VISIBLE = "visible", pgettext_lazy("comment", "visible")
        AWAITING = "awaiting", pgettext_lazy("comment", "hidden until a decision")
        REMOVED = "removed", pgettext_lazy("comment", "removed")

    cause = models.ForeignKey(Cause, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="cause_comments",
    )
    organisation = models.ForeignKey(
        "members.Organisation",
        verbose_name=_("on behalf of"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    author_name = models.CharField(
        _("name shown"),
        max_length=100,
        blank=True,
        help_text=_("Leave it empty to sign as “a supporter”."),
    )
    body = models.TextField(_("comment"), max_length=2000)
    created_at = models.DateTimeField(_("written"), default=timezone.now)
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.VISIBLE
    )
    decided_by = done_by(_("decided by"))
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["cause", "state", "created_at"])]

    def __str__(self):
        return self.body[:60]

    @property
    def is_visible(self):
        return self.state == self.State.VISIBLE

    @property
    def signature(self):
        """Who the public sees wrote it: never an e-mail address."""
        return self.author_name or _("A supporter")

    def open_reports(self):
        """Reports since a coordinator last decided: only they count."""
        reports = self.reports.all()
        if self.decided_at:
            reports = reports.filter(created_at__gt=self.decided_at)
        return reports

    @transaction.atomic
    def report(self, *, by, reason=""):
        """A signed-up person reports the comment, once. Returns True when the
        report hid the comment, which then waits for a coordinator."""
        comment = Comment.objects.select_for_update().get(pk=self.pk)
        _report, created = CommentReport.objects.get_or_create(
            comment=comment, user=by, defaults={"reason": reason}
        )
        hides = (
            created
            and comment.is_visible
            and comment.open_reports().count() >= report_threshold()
        )
        if hides:
            comment.state = self.State.AWAITING
            comment.save(update_fields=["state"])
        self.state = comment.state
        return hides

    def restore(self, *, by):
        """A coordinator finds nothing wrong: the comment shows again, and
        only new reports count against it."""
        self._decide(self.State.VISIBLE, by)

    def remove(self, *, by):
        self._decide(self.State.REMOVED, by)

    def _decide(self, state, by):
        self.state = state
        self.decided_by = by
        self.decided_at = timezone.now()
        self.save(update_fields=["state", "decided_by", "decided_at"])


class CommentReport(models.Model):
    comment = models.ForeignKey(
        Comment, on_delete=models.CASCADE, related_name="reports"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    reason = models.CharField(_("why"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("reported"), default=timezone.now)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(fields=["comment", "user"], name="report_once")
        ]

    def __str__(self):
        return f"{self.user_id} → {self.comment_id}"


class InitiativeQuerySet(models.QuerySet):
    def for_cards(self):
        return self.prefetch_related("institutions", "organisations")


class Initiative(SluggedByTitle):
    """A joint initiative of member organisations with local institutions,
    on the strength of a signed agreement or memorandum."""

    class Status(models.TextChoices):
        PREPARING = "preparing", pgettext_lazy("initiative", "in preparation")
        ACTIVE = "active", pgettext_lazy("initiative", "under way")
        COMPLETED = "completed", pgettext_lazy("initiative", "completed")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True, editable=False)
    summary = models.CharField(_("summary"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PREPARING
    )
    starts_on = models.DateField(_("starts"))
    ends_on = models.DateField(_("ends"), null=True, blank=True)
    institutions = models.ManyToManyField(
        "members.Institution",
        verbose_name=_("institutions"),
        related_name="initiatives",
    )
    organisations = models.ManyToManyField(
        "members.Organisation",
        verbose_name=_("member organisations"),
        related_name="initiatives",
    )
    causes = models.ManyToManyField(
        Cause,
        verbose_name=_("causes it serves"),
        blank=True,
        related_name="initiatives",
    )
    agreement = models.FileField(_("agreement"), upload_to="agreements/", blank=True)
    agreement_title = models.CharField(
        _("agreement's title"),
        max_length=200,
        blank=True,
        help_text=_("For example: Memorandum of cooperation, signed 3 March 2026."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = InitiativeQuerySet.as_manager()

    class Meta:
        verbose_name = _("partner initiative")
        verbose_name_plural = _("partner initiatives")
        ordering = ["-starts_on", "pk"]
        indexes = [
            # The list, newest first, whole or by status.
            models.Index(fields=["-starts_on", "id"], name="initiative_newest_first"),
            models.Index(
                fields=["status", "-starts_on", "id"], name="initiative_by_status"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
                name="initiative_ends_after_start",
            )
        ]

    def get_absolute_url(self):
        return reverse("initiatives:detail", kwargs={"slug": self.slug})

    @property
    def agreement_format(self):
        return file_format(self.agreement)

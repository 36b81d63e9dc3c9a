"""Proposals to institutions: what member organisations asked of an
institution (a proposal, a petition, a signal, a request for public
information), usually for a cause; when they sent it and under which
registration number; by when the law says an answer is due; and the answer:
when it came, what it says, and its outcome.

A proposal is awaiting its answer until the due date, then overdue until an
answer is recorded. "No answer" closes it as never answered: it stays
overdue in the figures, as it was."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from causes.models.cause import Cause
from infrastructure.bilingual import both_languages
from infrastructure.documents import file_format
from infrastructure.records import done_by
from infrastructure.transliteration import SluggedByTitle
from members.models import Organisation, by_name, organisation_field


class Kind(models.TextChoices):
    PROPOSAL = "proposal", _("proposal")
    PETITION = "petition", _("petition")
    SIGNAL = "signal", _("signal")
    INFORMATION = "information", _("request for public information")


class Outcome(models.TextChoices):
    ACCEPTED = "accepted", pgettext_lazy("answer", "accepted")
    PARTLY = "partly", pgettext_lazy("answer", "partly accepted")
    REJECTED = "rejected", pgettext_lazy("answer", "rejected")
    FORWARDED = "forwarded", pgettext_lazy("answer", "forwarded")
    NO_ANSWER = "no_answer", pgettext_lazy("answer", "no answer")


# Outcomes that are an answer from the institution.
ANSWERS = [
    Outcome.ACCEPTED,
    Outcome.PARTLY,
    Outcome.REJECTED,
    Outcome.FORWARDED,
]


def answer_days(kind):
    """How many days the institution has to answer, by the kind of request:
    the settings say, after the law (see `settings.py`)."""
    if kind == Kind.INFORMATION:
        return settings.INFORMATION_REQUEST_ANSWER_DAYS
    return settings.PROPOSAL_ANSWER_DAYS


def figures(today, through="", among=None):
    """How many were sent, answered, answered on time and are overdue today,
    as aggregates: of proposals, or `through` a relation ("proposals") of
    each row's; `among` narrows every count (a Q)."""
    prefix = f"{through}__" if through else ""
    field = through or "pk"
    among = among or models.Q()
    answered = models.Q(**{f"{prefix}outcome__in": ANSWERS})
    in_time = models.Q(**{f"{prefix}answered_on__lte": models.F(f"{prefix}due_on")})
    late = models.Q(**{f"{prefix}due_on__lt": today})
    return {
        "sent": models.Count(field, filter=among),
        "answered": models.Count(field, filter=among & answered),
        "on_time": models.Count(field, filter=among & answered & in_time),
        "overdue": models.Count(field, filter=among & ~answered & late),
    }


class ProposalQuerySet(models.QuerySet):
    def public(self):
        """What the public sees: not sent by an applicant, to a confirmed
        institution."""
        return self.exclude(organisation__status="applicant").filter(
            institution__confirmed_at__isnull=False
        )

    def answered(self):
        return self.filter(outcome__in=ANSWERS)

    def unanswered(self):
        return self.exclude(outcome__in=ANSWERS)

    def overdue(self, today=None):
        """Past the due date without an answer ("no answer" included)."""
        today = today or timezone.localdate()
        return self.unanswered().filter(due_on__lt=today)

    def awaiting(self, today=None):
        """No answer yet, and still within the time the institution has."""
        today = today or timezone.localdate()
        return self.filter(outcome="", due_on__gte=today)

    def falling_due(self, today, days_before):
        """Awaiting proposals due today or in `days_before` days, whose
        editors have not been told today."""
        return (
            self.filter(outcome="")
            .filter(due_on__in=[today, today + timedelta(days=days_before)])
            .exclude(reminded_on=today)
        )

    def for_lists(self):
        return self.select_related(
            "institution", "organisation", "cause"
        ).prefetch_related("co_signers")

    def for_items(self):
        """What an item of a list shows (causes/proposals/_item.html): the
        proposal, and of its institution, cause and senders their names and
        addresses alone; each whole row joined would cost more to build
        than the query."""
        senders = Organisation.objects.only("slug", *both_languages("name"))
        return (
            self.select_related("institution", "organisation", "cause")
            .prefetch_related(models.Prefetch("co_signers", queryset=senders))
            .only(
                "kind",
                "slug",
                "outcome",
                "sent_on",
                "due_on",
                "answered_on",
                *both_languages("title", "summary"),
                "institution__slug",
                "cause__slug",
                *both_languages("institution__name", "cause__title"),
                *by_name(),
            )
        )


class Proposal(SluggedByTitle):
    Kind = Kind
    Outcome = Outcome

    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.PROPOSAL
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True, editable=False)
    summary = models.CharField(
        _("what it asks"),
        max_length=300,
        help_text=_("In a sentence, what the institution is asked to do."),
    )
    text = models.TextField(
        _("text"),
        blank=True,
        help_text=_(
            "The text as sent, or its main points. You may use Markdown: "
            "**bold**, lists and links."
        ),
    )
    document = models.FileField(
        _("document as sent"), upload_to="proposals/", blank=True
    )
    institution = models.ForeignKey(
        "members.Institution",
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        related_name="proposals",
    )
    cause = models.ForeignKey(
        Cause,
        verbose_name=_("cause"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="proposals",
        help_text=_("The cause it is for, if any."),
    )
    organisation = organisation_field("proposals_sent", _("sent by"))
    co_signers = models.ManyToManyField(
        "members.Organisation",
        verbose_name=_("co-signed by"),
        blank=True,
        related_name="proposals_co_signed",
    )
    sent_on = models.DateField(_("sent on"))
    registration_number = models.CharField(
        _("registration number"),
        max_length=60,
        blank=True,
        help_text=_("The number the institution registered it under (вх. №)."),
    )
    due_on = models.DateField(
        _("answer due by"),
        help_text=_(
            "Left empty, it is counted from the date sent: two months "
            "(60 days) for proposals, petitions and signals (Administrative "
            "Procedure Code, Art. 118), 14 days for requests for public "
            "information (Access to Public Information Act, Art. 28)."
        ),
    )
    answered_on = models.DateField(_("answered on"), null=True, blank=True)
    outcome = models.CharField(
        pgettext_lazy("proposal", "outcome"),
        max_length=20,
        choices=Outcome.choices,
        blank=True,
    )
    answer_summary = models.TextField(
        _("what the answer says"),
        blank=True,
        help_text=_("In a few sentences, what the institution answered."),
    )
    answer_document = models.FileField(
        _("answer document"), upload_to="proposals/answers/", blank=True
    )
    recorded_by = done_by(_("recorded by"))
    answer_recorded_by = done_by(_("answer recorded by"))
    reminded_on = models.DateField(
        _("editors last reminded"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ProposalQuerySet.as_manager()

    class Meta:
        verbose_name = _("proposal to an institution")
        verbose_name_plural = _("proposals to institutions")
        ordering = ["-sent_on", "-pk"]
        indexes = [
            models.Index(fields=["-sent_on", "-id"], name="proposal_newest_first"),
            # The overdue and those falling due: unanswered, by due date.
            models.Index(
                fields=["due_on"],
                name="proposal_unanswered_due",
                condition=models.Q(outcome__in=["", "no_answer"]),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(due_on__gte=models.F("sent_on")),
                name="proposal_due_after_sent",
            ),
            models.CheckConstraint(
                condition=models.Q(answered_on__isnull=True)
                | models.Q(answered_on__gte=models.F("sent_on")),
                name="proposal_answered_after_sent",
            ),
            # An answer has its date and outcome; "no answer" and awaiting
            # have no date.
            models.CheckConstraint(
                condition=(
                    models.Q(outcome__in=ANSWERS, answered_on__isnull=False)
                    | models.Q(outcome__in=["", "no_answer"], answered_on=None)
                ),
                name="proposal_answer_has_date_and_outcome",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("proposals:detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.sent_on and not self.due_on:
            self.due_on = self.sent_on + timedelta(days=answer_days(self.kind))
        errors = {}
        if self.sent_on and self.sent_on > timezone.localdate():
            errors["sent_on"] = _("The date sent cannot be in the future.")
        if self.sent_on and self.due_on and self.due_on < self.sent_on:
            errors["due_on"] = _("The answer cannot be due before it was sent.")
        if self.answered_on and self.sent_on and self.answered_on < self.sent_on:
            errors["answered_on"] = _("An answer cannot come before it was sent.")
        if self.answered_on and self.answered_on > timezone.localdate():
            errors["answered_on"] = _("The date of the answer cannot be in the future.")
        if self.outcome in ANSWERS and not self.answered_on:
            errors["answered_on"] = _("Give the date of the answer.")
        if self.answered_on and self.outcome == Outcome.NO_ANSWER:
            errors["answered_on"] = _("Leave the date empty when no answer came.")
        elif self.answered_on and self.outcome not in ANSWERS:
            errors["outcome"] = _("Choose what the institution answered.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.sent_on and not self.due_on:
            self.due_on = self.sent_on + timedelta(days=answer_days(self.kind))
        super().save(*args, **kwargs)

    @property
    def is_answered(self):
        return self.outcome in ANSWERS

    @property
    def is_overdue(self):
        return not self.is_answered and self.due_on < timezone.localdate()

    @property
    def answered_on_time(self):
        return self.is_answered and self.answered_on <= self.due_on

    @property
    def state(self):
        """What to show: the outcome, overdue, or awaiting an answer."""
        if self.is_answered:
            return self.outcome
        return "overdue" if self.is_overdue else "awaiting"

    @property
    def state_label(self):
        if self.is_answered:
            return self.get_outcome_display()
        if self.is_overdue:
            return pgettext_lazy("answer", "overdue")
        return pgettext_lazy("answer", "awaiting an answer")

    @property
    def days_overdue(self):
        return (timezone.localdate() - self.due_on).days if self.is_overdue else 0

    def organisations(self):
        """Who sent it: the sender first, then the co-signers."""
        return [self.organisation, *self.co_signers.all()]

    @property
    def document_format_label(self):
        return file_format(self.document)

    @property
    def answer_document_format_label(self):
        return file_format(self.answer_document)

"""The capacity self-assessment: a member organisation rates itself in a few
areas (governance, finances, advocacy…), each area's questions answered on a
four-level scale whose levels are described in the question's own words.

An organisation answers once on joining (an assessment with no round), and
then once in each round the coordinators open (project start, project end).
An assessment is a draft until its editors submit it with every question
answered. Each answer keeps the wording it was answered with (the question
and the chosen level, in both languages): coordinators reword the questions
freely, and an old assessment still reads as it was filled in."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from infrastructure.records import done_by
from members.models import organisation_field


class Level(models.IntegerChoices):
    """The scale; each question says in its own words what each level means."""

    STARTING = 1, _("just starting")
    DEVELOPING = 2, _("developing")
    ESTABLISHED = 3, _("established")
    STRONG = 4, _("strong")


# An organisation is "strong" in an area from this average of its answers
# there: it may be suggested to others for it, and the public figures count
# it at the level its average reaches (rounded down).
STRONG_FROM = 3
# The public sees a round's figures only once this many organisations
# submitted in it: fewer could be told apart.
PUBLIC_MINIMUM = 5


class Area(models.Model):
    name = models.CharField(_("name"), max_length=100)
    description = models.CharField(
        _("description"),
        max_length=300,
        blank=True,
        help_text=_("One sentence on what the area covers, shown above its questions."),
    )
    topics = models.ManyToManyField(
        "members.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="+",
        help_text=_(
            "The practice library's topics that help in this area: an "
            "organisation weak here is pointed to practices on them."
        ),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("area")
        verbose_name_plural = _("areas")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.name


class QuestionQuerySet(models.QuerySet):
    def asked(self):
        """The questions an assessment asks now, area by area."""
        return (
            self.filter(asked=True)
            .select_related("area")
            .order_by("area__position", "area", "position", "pk")
        )


class Question(models.Model):
    area = models.ForeignKey(
        Area,
        verbose_name=_("area"),
        on_delete=models.PROTECT,
        related_name="questions",
    )
    text = models.CharField(_("question"), max_length=300)
    level_1 = models.CharField(_("level 1: just starting"), max_length=300)
    level_2 = models.CharField(_("level 2: developing"), max_length=300)
    level_3 = models.CharField(_("level 3: established"), max_length=300)
    level_4 = models.CharField(_("level 4: strong"), max_length=300)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    asked = models.BooleanField(
        _("asked"),
        default=True,
        help_text=_(
            "Untick it to stop asking the question; the answers given stay. "
            "An answered question cannot be deleted."
        ),
    )

    objects = QuestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["area__position", "area", "position", "pk"]

    def __str__(self):
        return self.text

    def describe(self, level):
        """What the level means for this question, in the current language."""
        return getattr(self, f"level_{int(level)}")

    def levels(self):
        """(level, its label, what it means here) for the four levels."""
        return [(value, label, self.describe(value)) for value, label in Level.choices]


class RoundQuerySet(models.QuerySet):
    def open_on(self, day):
        return self.filter(opens_on__lte=day, closes_on__gte=day)

    def shown_to_the_public(self, today=None):
        """The rounds closed before today that at least PUBLIC_MINIMUM
        organisations submitted in, with how many as `answered`. An open
        round is never shown: its figures, changing with each submission,
        would tell one organisation's answers from the next."""
        today = today or timezone.localdate()
        submitted = models.Q(assessments__status="submitted")
        return (
            self.filter(closes_on__lt=today)
            .annotate(answered=models.Count("assessments", filter=submitted))
            .filter(answered__gte=PUBLIC_MINIMUM)
        )


class Round(models.Model):
    """A time when every member assesses itself, opened by the coordinators."""

    name = models.CharField(
        _("name"), max_length=100, help_text=_("For example: the project's start.")
    )
    opens_on = models.DateField(_("opens on"))
    closes_on = models.DateField(_("closes on"))

    objects = RoundQuerySet.as_manager()

    class Meta:
        verbose_name = _("round")
        verbose_name_plural = _("rounds")
        ordering = ["opens_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_on__gte=models.F("opens_on")),
                name="capacity_round_closes_after_it_opens",
                violation_error_message=_("A round cannot close before it opens."),
            ),
        ]

    def __str__(self):
        return self.name

    def is_open_on(self, day):
        return self.opens_on <= day <= self.closes_on


class Status(models.TextChoices):
    DRAFT = "draft", _("draft")
    SUBMITTED = "submitted", _("submitted")


class AssessmentQuerySet(models.QuerySet):
    def submitted(self):
        return self.filter(status=Status.SUBMITTED)

    def latest_submitted(self):
        """Each organisation's latest submitted assessment."""
        latest = (
            self.model.objects.submitted()
            .filter(organisation=models.OuterRef("organisation"))
            .order_by("-submitted_at", "-pk")
            .values("pk")[:1]
        )
        return self.submitted().filter(pk=models.Subquery(latest))


class Assessment(models.Model):
    Status = Status

    organisation = organisation_field("capacity_assessments")
    round = models.ForeignKey(
        Round,
        verbose_name=_("round"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="assessments",
        help_text=_("Empty for the one made on joining the network."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    may_be_suggested = models.BooleanField(
        _("others may be pointed to us"),
        default=False,
        help_text=_(
            "Members weak where we are strong may be pointed to us, to learn "
            "from us. Nothing else of the assessment is shown to them."
        ),
    )
    saved_by = done_by(_("last saved by"))
    submitted_by = done_by(_("submitted by"))
    created_at = models.DateTimeField(_("started"), default=timezone.now)
    updated_at = models.DateTimeField(_("saved"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)

    objects = AssessmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("capacity self-assessment")
        verbose_name_plural = _("capacity self-assessments")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "round"],
                condition=models.Q(round__isnull=False),
                name="capacity_once_a_round",
            ),
            models.UniqueConstraint(
                fields=["organisation"],
                condition=models.Q(round__isnull=True),
                name="capacity_once_on_joining",
            ),
            models.CheckConstraint(
                condition=models.Q(status="draft")
                | models.Q(submitted_at__isnull=False),
                name="capacity_submitted_has_a_date",
            ),
        ]

    def __str__(self):
        return f"{self.organisation} · {self.occasion}"

    @property
    def occasion(self):
        """The round, or "on joining"."""
        return self.round.name if self.round_id else _("on joining")

    @property
    def is_submitted(self):
        return self.status == Status.SUBMITTED

    def area_scores(self):
        """{area id: average level} over its answered questions; the answers
        (with their questions) are to be prefetched."""
        levels = {}
        for answer in self.answers.all():
            if answer.level:
                levels.setdefault(answer.question.area_id, []).append(answer.level)
        return {area: sum(found) / len(found) for area, found in levels.items()}


class Answer(models.Model):
    assessment = models.ForeignKey(
        Assessment,
        verbose_name=_("assessment"),
        on_delete=models.CASCADE,
        related_name="answers",
    )
    question = models.ForeignKey(
        Question,
        verbose_name=_("question"),
        on_delete=models.PROTECT,
        related_name="answers",
    )
    # Empty in a draft for a question not answered yet.
    level = models.PositiveSmallIntegerField(
        _("level"), choices=Level.choices, null=True, blank=True
    )
    note = models.TextField(_("note"), max_length=1000, blank=True)
    # The wording it was answered with (both languages): the question and
    # what the chosen level meant.
    question_text = models.CharField(_("question as asked"), max_length=300)
    level_text = models.CharField(_("level as described"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["question__area__position", "question__position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "question"], name="capacity_answer_once"
            ),
            models.CheckConstraint(
                condition=models.Q(level__isnull=True)
                | models.Q(level__gte=1, level__lte=4),
                name="capacity_answer_level_on_the_scale",
            ),
        ]

    def __str__(self):
        return self.question_text

    def keep_wording(self):
        """Copy the question's wording, and its chosen level's, in both
        languages, as they are now."""
        question = self.question
        for language in ("bg", "en"):
            setattr(
                self,
                f"question_text_{language}",
                getattr(question, f"text_{language}") or question.text_bg,
            )
            level_text = ""
            if self.level:
                level_text = getattr(
                    question, f"level_{self.level}_{language}"
                ) or getattr(question, f"level_{self.level}_bg")
            setattr(self, f"level_text_{language}", level_text)
        self.question_text = self.question_text_bg
        self.level_text = self.level_text_bg

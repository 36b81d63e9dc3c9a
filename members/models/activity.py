"""Members' activities, their photos and their results: the network's news
and, added up, what the network achieves."""

from dataclasses import dataclass
from decimal import Decimal

from django.db import models
from django.db.models.functions import ExtractYear
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from infrastructure.bilingual import both_languages
from infrastructure.records import done_by
from members.models.organisation import by_name, organisation_field
from members.models.place import place_field
from members.models.publication import (
    Photo,
    Publication,
    PublicationQuerySet,
    card_photos,
    published_index,
    seen_by_the_public,
)


class ActivityQuerySet(PublicationQuerySet):
    def for_cards(self):
        """What a card shows (members/activities/_card.html): the organisation's
        name and the first photo, and of the activity only what it shows;
        not the place nor the topics."""
        return (
            self.select_related("organisation")
            .only(
                "slug",
                "kind",
                "starts_on",
                *both_languages("title", "summary"),
                *by_name(),
            )
            .prefetch_related(card_photos(ActivityPhoto, "activity"))
        )

    def involving(self, organisation):
        """Activities an organisation ran or co-organised. Those it joined
        are read first, a few ids: the database then reads each side from
        its own index (a subquery or a join in their place would have it
        walk every activity), and no row repeats."""
        joined = list(
            Activity.co_organisers.through.objects.filter(
                organisation=organisation
            ).values_list("activity", flat=True)
        )
        return self.filter(
            models.Q(organisation=organisation) | models.Q(pk__in=joined)
        )

    def joint(self):
        """Activities of two or more member organisations: the network's
        synergy. A semi-join: each activity once, with nothing to make
        distinct (counting distinct whole rows costs more than the rows)."""
        organised_together = self.model.co_organisers.through.objects.values("activity")
        return self.filter(pk__in=organised_together)


class Activity(Publication):
    hidden_message = _("A coordinator hid this activity; ask them to publish it again.")
    published_message = _("The activity is published.")
    draft_message = _("The activity is saved as a draft.")
    unpublished_message = _("Back to draft: the public no longer sees the activity.")

    class Kind(models.TextChoices):
        EVENT = "event", _("event")
        CAMPAIGN = "campaign", _("campaign")
        TRAINING = "training", _("training")
        ADVOCACY = "advocacy", _("advocacy")
        VOLUNTEERING = "volunteering", _("volunteering")
        PUBLICATION = "publication", _("publication")
        OTHER = "other", _("other")

    organisation = organisation_field("activities")
    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences for the news list."),
    )
    body = models.TextField(
        _("text"), blank=True, help_text=_("Markdown: **bold**, lists, links.")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    starts_on = models.DateField(_("date"))
    ends_on = models.DateField(
        _("until"),
        null=True,
        blank=True,
        help_text=_("For activities of several days."),
    )
    place = place_field(related_name="activities")
    location = models.CharField(
        _("venue"), max_length=200, blank=True, help_text=_("A town, a hall, a park.")
    )
    co_organisers = models.ManyToManyField(
        "members.Organisation",
        verbose_name=_("co-organising members"),
        blank=True,
        related_name="co_organised_activities",
    )
    institutions = models.ManyToManyField(
        "members.Institution",
        verbose_name=_("partner institutions"),
        blank=True,
        related_name="activities",
    )
    objects = ActivityQuerySet.as_manager()

    class Meta(Publication.Meta):
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["-starts_on", "-created_at"]
        indexes = [
            # The news, newest first: the list, the home page, the feeds.
            published_index("-starts_on", "-published_at", name="activity_news"),
            # The published activities counted, by year and by member, and
            # their results added up, from the index alone: the list's count
            # and years, the home page's and the transparency report's
            # figures, each member's reports.
            published_index(
                "organisation",
                "starts_on",
                "id",
                "published_at",
                name="activity_published_by_member",
            ),
            # Each published activity's version and its member, from the
            # index alone: the open dataset kept in blocks of rows.
            published_index(
                "id", "updated_at", "organisation", name="activity_versions"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
                name="activity_ends_after_it_starts",
                violation_error_message=_("An activity cannot end before it starts."),
            ),
            *Publication.Meta.constraints,
        ]

    def get_absolute_url(self):
        return reverse("activities:detail", kwargs={"slug": self.slug})


class ActivityPhoto(Photo):
    activity = models.ForeignKey(
        Activity, on_delete=models.CASCADE, related_name="photos"
    )
    image = models.ImageField(_("photo"), upload_to="activities/")
    image_small = models.ImageField(upload_to="activities/", blank=True, editable=False)
    image_medium = models.ImageField(
        upload_to="activities/", blank=True, editable=False
    )


@dataclass(frozen=True)
class Total:
    indicator: object
    verified: Decimal
    self_reported: Decimal

    @property
    def value(self):
        if self.indicator.aggregation == "max":
            return max(self.verified, self.self_reported)
        return self.verified + self.self_reported

    @property
    def unit(self):
        return self.indicator.unit_for(self.value)


class ResultQuerySet(models.QuerySet):
    def public(self):
        """Of activities the public sees, as conditions on the joined
        activity: a filter on the activity (its dates) then narrows the same
        join instead of a subquery of every public activity."""
        return self.filter(seen_by_the_public(through="activity__"))

    def verified(self):
        return self.filter(verified_at__isnull=False)

    def self_reported(self):
        return self.filter(verified_at__isnull=True)

    def totals(self):
        """Per indicator, what the results add up to, verified and
        self-reported apart; in the catalogue's order."""
        from members.models.indicator import Indicator

        verified = models.Q(verified_at__isnull=False)
        reported = models.Q(verified_at__isnull=True)
        rows = (
            self.filter(indicator__isnull=False)
            .order_by()
            .values("indicator")
            .annotate(
                verified_sum=models.Sum("value", filter=verified),
                reported_sum=models.Sum("value", filter=reported),
                verified_max=models.Max("value", filter=verified),
                reported_max=models.Max("value", filter=reported),
            )
        )
        rows = {row["indicator"]: row for row in rows}
        totals = []
        for indicator in Indicator.objects.filter(pk__in=rows):
            row = rows[indicator.pk]
            how = "max" if indicator.aggregation == Indicator.Aggregation.MAX else "sum"
            totals.append(
                Total(
                    indicator=indicator,
                    verified=row[f"verified_{how}"] or 0,
                    self_reported=row[f"reported_{how}"] or 0,
                )
            )
        return totals


def recount():
    """Bring the kept totals (`IndicatorTotal`) in line with the public
    results. Called on every change that can move them (a result, its
    activity, its organisation, an indicator: members/receivers.py), in the
    change's own transaction, so that they stand or fall with it."""
    totals = Result.objects.public().totals()
    kept = IndicatorTotal.objects.values_list("indicator", "verified", "self_reported")
    if set(kept) == {(t.indicator.pk, t.verified, t.self_reported) for t in totals}:
        return  # unwritten, what reads them stays kept (`remember(reads=True)`)
    IndicatorTotal.objects.exclude(
        indicator__in=[total.indicator.pk for total in totals]
    ).delete()
    IndicatorTotal.objects.bulk_create(
        [
            IndicatorTotal(
                indicator=total.indicator,
                verified=total.verified,
                self_reported=total.self_reported,
            )
            for total in totals
        ],
        update_conflicts=True,
        unique_fields=["indicator"],
        update_fields=["verified", "self_reported"],
    )


class Result(models.Model):
    """What an activity achieved: a number against an indicator, or a short
    statement in words."""

    activity = models.ForeignKey(
        Activity, on_delete=models.CASCADE, related_name="results"
    )
    indicator = models.ForeignKey(
        "members.Indicator",
        verbose_name=_("indicator"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="results",
    )
    value = models.DecimalField(
        _("value"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    statement = models.CharField(
        _("in words"),
        max_length=300,
        blank=True,
        help_text=_("A qualitative result, or a note on the number."),
    )
    evidence_url = models.URLField(_("evidence (link)"), blank=True)
    verified_by = done_by(_("verified by"))
    verified_at = models.DateTimeField(_("verified"), null=True, blank=True)

    objects = ResultQuerySet.as_manager()

    class Meta:
        verbose_name = _("result")
        verbose_name_plural = _("results")
        ordering = ["indicator__position", "pk"]
        indexes = [
            # The totals of the network, of a member, of a year, added up
            # from the index alone, without reading the results' rows.
            models.Index(
                fields=["activity", "indicator", "value", "verified_at"],
                name="result_totals",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(indicator__isnull=False, value__isnull=False)
                | models.Q(indicator__isnull=True, value__isnull=True)
                & ~models.Q(statement=""),
                name="result_is_a_number_or_a_statement",
                violation_error_message=_(
                    "A result is a number against an indicator, or a statement "
                    "in words."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(value__isnull=True) | models.Q(value__gte=0),
                name="result_value_not_negative",
                violation_error_message=_("A result cannot be negative."),
            ),
        ]

    def __str__(self):
        if self.indicator_id:
            return f"{self.indicator.name}: {self.value.normalize():f}"
        return self.statement

    @property
    def is_verified(self):
        return self.verified_at is not None

    def verify(self, *, by):
        self.verified_by = by
        self.verified_at = timezone.now()
        self.save(update_fields=["verified_by", "verified_at"])


class IndicatorTotalQuerySet(models.QuerySet):
    def as_totals(self):
        """The kept totals as `Total`s, in the catalogue's order: what
        `Result.objects.public().totals()` would add up, read from a row an
        indicator."""
        return [
            Total(
                indicator=kept.indicator,
                verified=kept.verified,
                self_reported=kept.self_reported,
            )
            for kept in self.select_related("indicator").order_by(
                "indicator__position", "indicator__name"
            )
        ]


class IndicatorTotal(models.Model):
    """What the public results add up to for one indicator (summed, or the
    highest, as the indicator says), kept up to date by `recount` as they
    change: the home page and the transparency page read these few rows
    instead of adding up every result of the network."""

    # Written within the change that moved it, which replaces the kept pages.
    page_cache_ignores = True

    indicator = models.OneToOneField(
        "members.Indicator",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="total",
    )
    verified = models.DecimalField(max_digits=16, decimal_places=2, default=0)
    self_reported = models.DecimalField(max_digits=16, decimal_places=2, default=0)

    objects = IndicatorTotalQuerySet.as_manager()

    def __str__(self):
        return str(self.indicator)


class ActivityYearQuerySet(models.QuerySet):
    def per_year(self):
        """{year: activities}, newest first, of the years that have any."""
        return dict(
            self.filter(activities__gt=0)
            .order_by("-year")
            .values_list("year", "activities")
        )


class ActivityYear(models.Model):
    """How many of the activities the public sees started in a year, kept up
    to date by `recount_years` as they change: the home page, the news' list
    of years and the transparency page read these few rows instead of
    counting every activity of the network."""

    # Written within the change that moved it, which replaces the kept pages.
    page_cache_ignores = True

    year = models.PositiveSmallIntegerField(primary_key=True)
    activities = models.PositiveIntegerField(default=0)

    objects = ActivityYearQuerySet.as_manager()

    def __str__(self):
        return f"{self.year}: {self.activities}"


def recount_years():
    """Bring the kept counts (`ActivityYear`) in line with the activities
    the public sees. Called on every change that can move them (an activity,
    its organisation: members/receivers.py), in the change's own
    transaction, so that they stand or fall with it."""
    counted = dict(
        Activity.objects.for_public()
        .annotate(year=ExtractYear("starts_on"))
        .order_by()
        .values_list("year")
        .annotate(n=models.Count("pk"))
    )
    if dict(ActivityYear.objects.values_list("year", "activities")) == counted:
        return  # unwritten, as for `recount`
    ActivityYear.objects.exclude(year__in=counted).delete()
    ActivityYear.objects.bulk_create(
        [ActivityYear(year=year, activities=n) for year, n in counted.items()],
        update_conflicts=True,
        unique_fields=["year"],
        update_fields=["activities"],
    )

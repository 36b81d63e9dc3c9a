"""Working civic practices that members share, and the members that applied
them too: the network learning from itself."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from infrastructure.documents import AttachedDocument
from infrastructure.records import done_by
from members.models.organisation import organisation_field
from members.models.publication import (
    Photo,
    Publication,
    PublicationQuerySet,
    card_photos,
    published_index,
)


class PracticeQuerySet(PublicationQuerySet):
    def for_cards(self):
        """What a card shows (members/practices/_card.html): the organisation's
        name, the first photo and how many reused it; not the topics."""
        return self.select_related("organisation").prefetch_related(
            card_photos(PracticePhoto, "practice"), "reuses"
        )

    def newest_first(self):
        return self.order_by("-published_at", "-pk")


def need(verbose_name, example):
    """A line on what a practice needs: people, money, time or partners."""
    return models.CharField(verbose_name, max_length=300, blank=True, help_text=example)


class Practice(Publication):
    hidden_message = _("A coordinator hid this practice; ask them to publish it again.")
    published_message = _("The practice is published.")
    draft_message = _("The practice is saved as a draft.")
    unpublished_message = _("Back to draft: the public no longer sees the practice.")

    organisation = organisation_field("practices")
    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences for the library's list."),
    )
    problem = models.TextField(
        _("the problem"),
        help_text=_("What was wrong, and for whom. Markdown: **bold**, lists, links."),
    )
    approach = models.TextField(
        _("the approach, step by step"),
        help_text=_("What you did, in steps another organisation can follow."),
    )
    needs_people = need(
        _("people it needs"), _("For example: two volunteers and a coordinator.")
    )
    needs_money = need(_("money it needs"), _("For example: about €500 for materials."))
    needs_time = need(
        _("time it needs"), _("For example: three months of preparation.")
    )
    needs_partners = need(
        _("partners it needs"), _("For example: a school and the municipality.")
    )
    achievements = models.TextField(
        _("what it achieved"),
        blank=True,
        help_text=_("In words; the numbers come from the linked activities."),
    )
    activities = models.ManyToManyField(
        "members.Activity",
        verbose_name=_("activities"),
        blank=True,
        related_name="practices",
        help_text=_(
            "Your activities that applied it; their results are shown with it."
        ),
    )
    contact_name = models.CharField(
        _("contact person"),
        max_length=200,
        blank=True,
        help_text=_("Leave it empty to point people to the organisation's contacts."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)

    objects = PracticeQuerySet.as_manager()

    class Meta(Publication.Meta):
        verbose_name = _("practice")
        verbose_name_plural = _("practices")
        ordering = ["-published_at", "-created_at"]
        indexes = [
            # The list, newest first: a page of it without sorting them all.
            published_index("-published_at", "-id", name="practice_newest_first"),
        ]

    def get_absolute_url(self):
        return reverse("practices:detail", kwargs={"slug": self.slug})

    @property
    def has_needs(self):
        return any(
            (self.needs_people, self.needs_money, self.needs_time, self.needs_partners)
        )

    def may_be_reused_by(self, organisation):
        """Another current member may say it applied the practice too."""
        return (
            self.is_published
            and organisation.pk != self.organisation_id
            and organisation.status == organisation.Status.MEMBER
        )

    def record_reuse(self, *, organisation, note, by):
        """The organisation applied the practice too; said again, the note
        is replaced."""
        if organisation.pk == self.organisation_id:
            raise ValidationError(
                _("An organisation cannot say it reused its own practice.")
            )
        reuse, _created = Reuse.objects.update_or_create(
            practice=self,
            organisation=organisation,
            defaults={"note": note, "created_by": by},
        )
        return reuse


class PracticePhoto(Photo):
    practice = models.ForeignKey(
        Practice, on_delete=models.CASCADE, related_name="photos"
    )
    image = models.ImageField(_("photo"), upload_to="practices/")
    image_small = models.ImageField(upload_to="practices/", blank=True, editable=False)
    image_medium = models.ImageField(upload_to="practices/", blank=True, editable=False)


class PracticeDocument(AttachedDocument):
    """A guide, a template, a budget: what helps another member apply it."""

    practice = models.ForeignKey(
        Practice, on_delete=models.CASCADE, related_name="documents"
    )
    file = models.FileField(_("file"), upload_to="practices/documents/")


class Reuse(models.Model):
    """“We applied this too”: another member organisation reused a practice."""

    practice = models.ForeignKey(
        Practice,
        verbose_name=_("practice"),
        on_delete=models.CASCADE,
        related_name="reuses",
    )
    organisation = organisation_field("reuses")
    note = models.TextField(
        _("note"),
        max_length=1000,
        blank=True,
        help_text=_("How it went for you: what you changed, what it achieved."),
    )
    created_by = done_by(_("recorded by"))
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        verbose_name = _("reuse of a practice")
        verbose_name_plural = _("reuses of practices")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["practice", "organisation"],
                name="reuse_once_per_organisation",
                violation_error_message=_(
                    "This organisation has already said it applied the practice."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.organisation} → {self.practice}"

    def clean(self):
        if (
            self.practice_id
            and self.organisation_id
            and self.practice.organisation_id == self.organisation_id
        ):
            raise ValidationError(
                _("An organisation cannot say it reused its own practice.")
            )

"""What member organisations publish in their own name, activities and
practices alike: a draft until its editors publish it, and hidden (never
deleted) when a coordinator takes it off the public pages, with a reason its
editors see; a title and its slug, topics, who made it and when, and photos
with their alternative text."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import ProtectedError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from infrastructure.project import project_mark
from infrastructure.records import done_by
from infrastructure.transliteration import SluggedByTitle


class Moderated(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", _("draft")
        PUBLISHED = "published", _("published")
        HIDDEN = "hidden", _("hidden by a coordinator")

    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.DRAFT
    )
    published_at = models.DateTimeField(_("published on"), null=True, blank=True)
    hidden_reason = models.TextField(
        _("reason for hiding"),
        blank=True,
        help_text=_("The organisation's editors see it."),
    )
    hidden_by = done_by(_("hidden by"))

    # What each kind says in its own words, where its name is the sentence's
    # subject (and so agrees with it); the rest say it once, below.
    hidden_message = None  # publishing what a coordinator hid
    published_message = None  # its editors published it
    draft_message = None  # its editors saved it as a draft
    unpublished_message = None  # its editors took it back to draft
    saved_message = _("The changes are saved.")
    not_a_draft_message = _("Only drafts can be deleted; unpublish it instead.")

    class Meta:
        abstract = True

    @classmethod
    def only_published_message(cls):
        kinds = cls._meta.verbose_name_plural
        return _("Only published %(kinds)s can be hidden.") % {"kinds": kinds}

    @property
    def is_published(self):
        return self.state == self.State.PUBLISHED

    @property
    def is_draft(self):
        return self.state == self.State.DRAFT

    def delete(self, *args, **kwargs):
        if not self.is_draft:
            kinds = self._meta.verbose_name_plural
            raise ProtectedError(
                _("Published %(kinds)s are hidden, never deleted.") % {"kinds": kinds},
                {self},
            )
        return super().delete(*args, **kwargs)

    def publish(self):
        if self.state == self.State.HIDDEN:
            raise ValidationError(self.hidden_message)
        self.state = self.State.PUBLISHED
        self.published_at = self.published_at or timezone.now()
        self.save(update_fields=["state", "published_at", "updated_at"])

    def unpublish(self):
        """Back to draft: the public no longer sees it."""
        if self.is_published:
            self.state = self.State.DRAFT
            self.save(update_fields=["state", "updated_at"])

    def hide(self, *, by, reason):
        """A coordinator takes it off the public pages."""
        if not self.is_published:
            raise ValidationError(self.only_published_message())
        self.state = self.State.HIDDEN
        self.hidden_by = by
        self.hidden_reason = reason
        self.save(update_fields=["state", "hidden_by", "hidden_reason", "updated_at"])

    def restore(self):
        """A coordinator publishes it again."""
        self.state = self.State.PUBLISHED
        self.published_at = self.published_at or timezone.now()
        self.hidden_reason = ""
        self.hidden_by = None
        self.save(
            update_fields=[
                "state",
                "published_at",
                "hidden_reason",
                "hidden_by",
                "updated_at",
            ]
        )


def seen_by_the_public(through=""):
    """What the public sees of a publication: published, by an organisation
    that is not an applicant; as a condition on the publication reached
    `through` a relation ("activity__"), so that a query of related rows
    filters the same join."""
    return models.Q(**{f"{through}state": Moderated.State.PUBLISHED}) & ~models.Q(
        **{f"{through}organisation__status": "applicant"}
    )


def published_index(*fields, name):
    """An index of the published rows alone: the public pages ask for no
    other, and drafts and hidden ones stay out of its size."""
    return models.Index(
        fields=list(fields), name=name, condition=models.Q(state="published")
    )


class PublicationQuerySet(models.QuerySet):
    def published(self):
        return self.filter(state=Moderated.State.PUBLISHED)

    def for_public(self):
        """Published, by organisations the public sees (not applicants)."""
        return self.filter(seen_by_the_public())


class Publication(SluggedByTitle, Moderated):
    """What an organisation publishes: each kind adds its `organisation`
    (with its own related name) and what it says."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True, editable=False)
    topics = models.ManyToManyField(
        "members.Topic", verbose_name=_("topics"), blank=True, related_name="+"
    )
    in_project = project_mark()
    created_by = done_by(_("created by"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(state="published")
                | models.Q(published_at__isnull=False),
                name="%(class)s_published_has_a_date",
            ),
        ]


def card_photos(model, parent):
    """A card's photos (members/_card_photo.html shows the first), of the
    kind `model` whose publication is `parent`: their renditions and text,
    not the whole image."""
    return models.Prefetch(
        "photos",
        queryset=model.objects.only(parent, "image_small", "image_medium", "alt_text"),
    )


class Photo(models.Model):
    """A photo of a publication: each kind adds its parent and the image
    with its renditions, in a folder of its own."""

    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_("What the photo shows, for people who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        abstract = True
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.alt_text

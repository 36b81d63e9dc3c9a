"""What members publish and coordinators may hide: a draft until its editors
publish it, and hidden (never deleted) when a coordinator takes it off the
public pages, with a reason its editors see."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import ProtectedError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


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
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hidden by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    # What each kind says, in its own words.
    hidden_message = None  # publishing what a coordinator hid
    only_published_message = None  # hiding what is not published
    never_deleted_message = None  # deleting what is not a draft

    class Meta:
        abstract = True

    @property
    def is_published(self):
        return self.state == self.State.PUBLISHED

    @property
    def is_draft(self):
        return self.state == self.State.DRAFT

    def delete(self, *args, **kwargs):
        if not self.is_draft:
            raise ProtectedError(self.never_deleted_message, {self})
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
            raise ValidationError(self.only_published_message)
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

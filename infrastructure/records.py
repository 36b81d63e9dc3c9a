"""Who did something, as a record: the person's account while it exists.
When the account is deleted the record stays, without the person (the key
is set to null), and the account has no way back to its records."""

from django.conf import settings
from django.db import models


def done_by(verbose_name):
    """A field for the person who did it: `filed_by = done_by(_("filed by"))`."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=verbose_name,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

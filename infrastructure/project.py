"""The network's funded project and what it counts as its own: activities,
practices and meetings carry a mark, set by their editors or by the
coordinators; such an item shows the funding statement on its page, and the
project's report counts it."""

from django.db import models
from django.utils.translation import gettext_lazy as _


def project_mark():
    """The field of the mark: `in_project = project_mark()`."""
    return models.BooleanField(
        _("part of the project"),
        default=False,
        help_text=_(
            "Done within the network's funded project: its page shows the "
            "funding statement, and the project's report counts it."
        ),
    )

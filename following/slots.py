"""The follow button on the pages of the apps below: an organisation's and a
cause's, in their "actions" slots."""

from following.personal import follow_context
from infrastructure import slots


def follow_button(request, target):
    return {
        "follow_part": f"follow-{target._meta.model_name}",
        **follow_context(request.user, target),
    }


def fill():
    for slot in ("organisation-actions", "cause-actions"):
        slots.fill(slot, "following/_follow_part.html", context=follow_button)

"""Taking part — registering, answering, supporting: the answer to a person
who may not do it now."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from infrastructure.ratelimit import rate_limited, too_many
from members.permissions import can_take_part


def unverified(request, page):
    """Back to the page, with what a person whose e-mail address is not
    verified must do first."""
    messages.error(
        request, _("Please verify your e-mail address first: we sent you a link.")
    )
    return redirect(page)


def refusal(request, page, action):
    """None if the person may take part on `page` now; else the answer: back
    to the page with a message for one whose e-mail address is not verified,
    "too many" for one who did `action` too often lately (every call by a
    verified person counts)."""
    if not can_take_part(request.user):
        return unverified(request, page)
    if rate_limited(request, action):
        return too_many(request, page)
    return None

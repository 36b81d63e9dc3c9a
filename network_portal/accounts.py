"""How signing in goes on: where each person lands, and a sign-in a few
minutes old counting as proof that it is them."""

import time

from allauth.account import app_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.internal.flows.login import get_authentication_records
from allauth.core import context
from django.urls import reverse

from members.models import Role


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        """Where a person goes after signing in, unless the sign-in page was
        asked to send them back somewhere: coordinators to the
        administration, editors to the member area, the rest home."""
        user = request.user
        if user.is_staff:
            return reverse("admin:index")
        if Role.objects.filter(user=user).exists():
            return reverse("dashboard")
        return super().get_login_redirect_url(request)

    def is_reauthentication_required(self, *, app, **kwargs):
        """Asking for the password again minutes after it was given is
        asking twice: a sign-in within the reauthentication timeout counts,
        as a reauthentication does."""
        if not super().is_reauthentication_required(app=app, **kwargs):
            return False
        return not signed_in_recently(context.request)


def signed_in_recently(request):
    if request is None or not request.user.is_authenticated:
        return False
    records = [
        record
        for record in get_authentication_records(request, request.user)
        if record.get("method") in app_settings.REAUTHENTICATION_METHODS
    ]
    return bool(records) and (
        time.time() - records[-1]["at"] < app_settings.REAUTHENTICATION_TIMEOUT
    )

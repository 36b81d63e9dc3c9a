"""A person who arrived by an invitation link gets the role on signing up or in."""

from allauth.account.signals import user_logged_in, user_signed_up
from django.dispatch import receiver

from members.views.organisations import accept_invitation_in_session


@receiver(user_signed_up)
def accept_invitation_on_sign_up(request, user, **kwargs):
    accept_invitation_in_session(request, user)


@receiver(user_logged_in)
def accept_invitation_on_sign_in(request, user, **kwargs):
    accept_invitation_in_session(request, user)

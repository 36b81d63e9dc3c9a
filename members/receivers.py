"""What the registry does on signals from elsewhere: a person who arrived by an
invitation link gets the role on signing up or in; a deleted photo leaves no
files."""

from allauth.account.signals import user_logged_in, user_signed_up
from django.contrib import messages
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils.translation import gettext as _

from members import services
from members.models import ActivityPhoto, Invitation


@receiver(user_signed_up)
def accept_invitation_on_sign_up(request, user, **kwargs):
    accept_invitation_in_session(request, user)


@receiver(user_logged_in)
def accept_invitation_on_sign_in(request, user, **kwargs):
    accept_invitation_in_session(request, user)


@receiver(post_delete, sender=ActivityPhoto)
def delete_photo_files(sender, instance, **kwargs):
    """A deleted photo leaves nothing behind: editors delete for privacy too."""
    for field in (instance.image, instance.image_small, instance.image_medium):
        if field:
            field.storage.delete(field.name)


def accept_invitation_in_session(request, user):
    """After a person signs up or in from an invitation link, give them the role."""
    token = request.session.pop(services.INVITATION_SESSION_KEY, None)
    invitation = Invitation.objects.filter(token=token).first() if token else None
    if invitation is None or not invitation.is_pending:
        return
    services.accept_invitation(invitation=invitation, user=user)
    messages.success(
        request,
        _("You now act for %(organisation)s.")
        % {"organisation": invitation.organisation},
    )

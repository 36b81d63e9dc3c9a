"""What the registry does on signals from elsewhere: a person who arrived by an
invitation link gets the role on signing up or in; a deleted photo leaves no
files."""

from allauth.account.signals import user_logged_in, user_signed_up
from django.db.models.signals import post_delete
from django.dispatch import receiver

from members.models import ActivityPhoto
from members.views.organisations import accept_invitation_in_session


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

"""What the registry does on signals from elsewhere: a person who arrived by an
invitation link gets the role on signing up or in; a deleted photo leaves no
files; the indicators' kept totals follow the results, and the activities'
kept counts by year follow the activities."""

from allauth.account.signals import user_logged_in, user_signed_up
from django.contrib import messages
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext as _

from members import services
from members.models import (
    Activity,
    ActivityPhoto,
    Indicator,
    Invitation,
    Organisation,
    Result,
    recount,
    recount_years,
)


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


@receiver([post_save, post_delete], sender=Result)
def recount_for_a_result(sender, instance, raw=False, **kwargs):
    if not raw:
        recount()


# An activity, its organisation or an indicator moves the totals only through
# results: one that has none changes nothing (a new activity, most saves of
# an organisation). A deleted activity takes its results with it, each
# deleted on its own.
HAVING_RESULTS = {
    Activity: "activity",
    Organisation: "activity__organisation",
    Indicator: "indicator",
}


@receiver(post_save, sender=Activity)
@receiver(post_save, sender=Organisation)
@receiver(post_save, sender=Indicator)
def recount_for_what_has_results(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if Result.objects.filter(**{HAVING_RESULTS[sender]: instance.pk}).exists():
        recount()


@receiver([post_save, post_delete], sender=Activity)
def recount_years_for_an_activity(sender, instance, raw=False, **kwargs):
    if not raw:
        recount_years()


@receiver(post_save, sender=Organisation)
def recount_years_for_an_organisation(sender, instance, raw=False, **kwargs):
    # Its status decides whether the public sees its activities.
    if not raw and Activity.objects.filter(organisation=instance.pk).exists():
        recount_years()

"""Who may do what in the registry: plain predicates for views and templates."""

from members.models import Role


def can_take_part(user):
    """Supporting, commenting, answering and reporting take a signed-up
    person whose e-mail address is verified."""
    from allauth.account.models import EmailAddress

    return (
        user.is_authenticated
        and user.is_active
        and EmailAddress.objects.filter(user=user, verified=True).exists()
    )


def is_coordinator(user):
    return user.is_authenticated and user.is_active and user.is_staff


def acts_for(user, organisation, kind=None):
    """True if the person holds a role (of that kind) in the organisation."""
    if not user.is_authenticated or not user.is_active:
        return False
    roles = Role.objects.filter(user=user, organisation=organisation)
    return roles.filter(kind=kind).exists() if kind else roles.exists()


def can_edit_organisation(user, organisation):
    """An organisation's editors edit its profile; so do coordinators."""
    return is_coordinator(user) or acts_for(user, organisation, Role.Kind.EDITOR)


def can_see_publication(user, item):
    """An activity or a practice is public once published by an organisation
    the public sees; its editors and coordinators preview it before."""
    visible = item.is_published and item.organisation.status != "applicant"
    return visible or can_edit_organisation(user, item.organisation)


def can_invite_to_organisation(user, organisation):
    """Editors invite co-editors to their own organisation, while it is a member."""
    if organisation.status in {organisation.Status.FORMER}:
        return is_coordinator(user)
    return can_edit_organisation(user, organisation)


def can_remove_role(user, role):
    """Editors remove co-editors of their organisation, but not themselves."""
    if role.user_id == user.pk:
        return False
    return can_edit_organisation(user, role.organisation)


def edited_members(user):
    """The current member organisations a person edits for."""
    from members.models import Organisation

    if not user.is_authenticated or not user.is_active:
        return Organisation.objects.none()
    return Organisation.objects.active().filter(
        roles__user=user, roles__kind=Role.Kind.EDITOR
    )


def reusing_organisations(user, practice):
    """The organisations for which a person may say “we applied this too”:
    the members they edit for, other than the practice's own."""
    if not practice.is_published:
        return edited_members(user).none()
    return edited_members(user).exclude(pk=practice.organisation_id)


def can_record_reuse(user, practice):
    """Whether the person may say for some organisation “we applied this
    too”, or take it back."""
    return reusing_organisations(user, practice).exists()

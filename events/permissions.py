"""Who may do what with meetings: plain predicates for views and templates."""

from causes.permissions import editable_organisations, speaking_organisations


def organisations_to_register_for(user):
    """A person may register on behalf of an organisation they act for."""
    return speaking_organisations(user)


def can_cancel(user, registration):
    """A person cancels their own registration; an editor those they made
    for their organisation."""
    if not user.is_authenticated:
        return False
    if registration.user_id == user.pk:
        return True
    return bool(
        registration.organisation_id
        and editable_organisations(user)
        .filter(pk=registration.organisation_id)
        .exists()
    )

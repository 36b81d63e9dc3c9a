"""Who may do what with requests and offers of help: plain predicates for
views and templates."""

from members.models import Organisation
from members.permissions import edited_members as posting_organisations
from mutual_help.models import Kind


def can_post(user):
    """An editor of a member organisation or informal group posts."""
    return posting_organisations(user).exists()


def can_manage(user, item):
    """The poster's editors edit, withdraw, accept and close an item."""
    return posting_organisations(user).filter(pk=item.organisation_id).exists()


def answering_organisations(user, item):
    """The organisations a person may answer an item for: their own but the
    poster, while the item is open."""
    if not item.is_open:
        return Organisation.objects.none()
    return posting_organisations(user).exclude(pk=item.organisation_id)


def may_answer_for_themselves(user, item):
    """A signed-in person answers requests for volunteers for themselves,
    unless they are the poster's own editor."""
    return (
        user.is_authenticated
        and item.is_open
        and item.is_request
        and item.kind == Kind.VOLUNTEERS
        and not can_manage(user, item)
    )

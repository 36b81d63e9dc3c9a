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
    """A signed-in person without an organisation answers requests for
    volunteers only."""
    return (
        user.is_authenticated
        and item.is_open
        and item.is_request
        and item.kind == Kind.VOLUNTEERS
    )


def can_respond(user, item):
    return answering_organisations(user, item).exists() or may_answer_for_themselves(
        user, item
    )


def can_see(user, item):
    """The public sees an item unless a coordinator hid it; its editors and
    the coordinators see it still."""
    if not item.is_hidden:
        return True
    return user.is_authenticated and (
        user.has_perm("mutual_help.change_helpitem") or can_manage(user, item)
    )

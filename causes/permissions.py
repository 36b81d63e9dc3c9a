"""Who may do what with causes: plain predicates for views and templates."""

from members.models import Organisation, Role
from members.permissions import is_coordinator


def editable_organisations(user):
    """The current member organisations a person edits for."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.active().filter(
        roles__user=user, roles__kind=Role.Kind.EDITOR
    )


def can_propose_for(user, organisation):
    """An organisation's editors propose causes for it while it is a member."""
    return editable_organisations(user).filter(pk=organisation.pk).exists()


def _edits_for(user, organisation_id, editing):
    """Whether the person edits for the organisation; `editing`, when given,
    is the list of their editable organisations, fetched once for several
    questions."""
    if editing is not None:
        return any(organisation.pk == organisation_id for organisation in editing)
    return editable_organisations(user).filter(pk=organisation_id).exists()


def can_edit_cause(user, cause, editing=None):
    """The proposer's editors change a cause while it is only proposed."""
    return cause.is_proposed and _edits_for(user, cause.proposed_by_id, editing)


def can_withdraw_cause(user, cause, editing=None):
    from causes.models import TRANSITIONS, Status

    return Status.WITHDRAWN in TRANSITIONS[cause.status] and _edits_for(
        user, cause.proposed_by_id, editing
    )


def co_sponsoring_organisations(user, cause, editing=None):
    """The organisations a person may co-sponsor the cause for: a query, or a
    list when their editable organisations are given."""
    if editing is not None:
        return [
            organisation
            for organisation in editing
            if cause.accepts_co_sponsors and organisation.pk != cause.proposed_by_id
        ]
    if not cause.accepts_co_sponsors:
        return Organisation.objects.none()
    return editable_organisations(user).exclude(pk=cause.proposed_by_id)


def speaking_organisations(user):
    """The current member organisations a person may comment on behalf of:
    those they edit for or represent."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.active().filter(roles__user=user).distinct().order_by()


def can_record_proposal_for(user, organisation):
    """An organisation's editors record the proposals it sends while it is a
    member; coordinators for any."""
    return is_coordinator(user) or can_propose_for(user, organisation)


def can_edit_proposal(user, proposal):
    """The editors of the organisations that sent it (the sender and the
    co-signers) edit it and record its answer; so do coordinators."""
    if is_coordinator(user):
        return True
    senders = {proposal.organisation_id, *(o.pk for o in proposal.co_signers.all())}
    return editable_organisations(user).filter(pk__in=senders).exists()


def can_suggest_institution(user):
    """Editors of a member organisation suggest an institution that is missing."""
    return editable_organisations(user).exists()

"""Who may see and fill in an organisation's capacity self-assessment: plain
predicates for views and templates. Its answers are never public."""

from members.permissions import can_edit_organisation, edited_members


def can_fill_in(user, organisation):
    """A current member's editors assess it: a self-assessment, so not the
    coordinators for it."""
    return edited_members(user).filter(pk=organisation.pk).exists()


def can_see_results(user, organisation):
    """Its editors and the coordinators see its assessments and results."""
    return can_edit_organisation(user, organisation)

"""The registry's pages: organisations, and the activities members report."""

from members.views.activities import (
    ActivityCreateView,
    ActivityDetailView,
    ActivityEditView,
    ActivityListView,
    OrganisationActivitiesView,
    change_activity_state,
)
from members.views.organisations import (
    EditorMixin,
    JoinDoneView,
    JoinView,
    OrganisationDetailView,
    OrganisationEditView,
    OrganisationListView,
    OrganisationPeopleView,
    accept_invitation_in_session,
    invitation,
    remove_role,
)
from members.views.practices import (
    OrganisationPracticesView,
    PracticeCreateView,
    PracticeDetailView,
    PracticeEditView,
    PracticeListView,
    change_practice_state,
    reuse,
)

__all__ = [
    "ActivityCreateView",
    "ActivityDetailView",
    "ActivityEditView",
    "ActivityListView",
    "EditorMixin",
    "JoinDoneView",
    "JoinView",
    "OrganisationActivitiesView",
    "OrganisationDetailView",
    "OrganisationEditView",
    "OrganisationListView",
    "OrganisationPeopleView",
    "OrganisationPracticesView",
    "PracticeCreateView",
    "PracticeDetailView",
    "PracticeEditView",
    "PracticeListView",
    "accept_invitation_in_session",
    "change_activity_state",
    "change_practice_state",
    "invitation",
    "remove_role",
    "reuse",
]

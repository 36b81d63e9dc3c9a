"""The registry's pages: organisations, and the activities members report."""

from members.views.activities import (
    ActivityDetailView,
    ActivityFormView,
    ActivityListView,
    OrganisationActivitiesView,
    change_activity_state,
)
from members.views.organisations import (
    JoinDoneView,
    JoinView,
    OrganisationDetailView,
    OrganisationEditView,
    OrganisationListView,
    OrganisationPeopleView,
    invitation,
    remove_role,
)
from members.views.practices import (
    OrganisationPracticesView,
    PracticeDetailView,
    PracticeFormView,
    PracticeListView,
    change_practice_state,
    reuse,
)

__all__ = [
    "ActivityDetailView",
    "ActivityFormView",
    "ActivityListView",
    "JoinDoneView",
    "JoinView",
    "OrganisationActivitiesView",
    "OrganisationDetailView",
    "OrganisationEditView",
    "OrganisationListView",
    "OrganisationPeopleView",
    "OrganisationPracticesView",
    "PracticeDetailView",
    "PracticeFormView",
    "PracticeListView",
    "change_activity_state",
    "change_practice_state",
    "invitation",
    "remove_role",
    "reuse",
]

"""The registry of the network's members, and what they do and achieve."""

from members.models.activity import (
    Activity,
    ActivityPhoto,
    ActivityYear,
    IndicatorTotal,
    Result,
    recount,
    recount_years,
)
from members.models.application import Application
from members.models.indicator import Indicator
from members.models.institution import Institution
from members.models.invitation import Invitation
from members.models.organisation import (
    OldSlug,
    Organisation,
    OrganisationQuerySet,
    by_name,
    organisation_field,
)
from members.models.place import Place
from members.models.practice import (
    Practice,
    PracticeDocument,
    PracticePhoto,
    PracticeQuerySet,
    Reuse,
)
from members.models.role import Role
from members.models.topic import Topic
from members.models.user import User, UserManager

__all__ = [
    "Activity",
    "ActivityPhoto",
    "ActivityYear",
    "Application",
    "Indicator",
    "IndicatorTotal",
    "Institution",
    "Invitation",
    "OldSlug",
    "Organisation",
    "OrganisationQuerySet",
    "Place",
    "Practice",
    "PracticeDocument",
    "PracticePhoto",
    "PracticeQuerySet",
    "Result",
    "Reuse",
    "Role",
    "Topic",
    "User",
    "UserManager",
    "by_name",
    "organisation_field",
    "recount",
    "recount_years",
]

"""The registry of the network's members."""

from members.models.application import Application
from members.models.invitation import Invitation
from members.models.organisation import OldSlug, Organisation, OrganisationQuerySet
from members.models.place import Place
from members.models.role import Role
from members.models.topic import Topic
from members.models.user import User, UserManager

__all__ = [
    "Application",
    "Invitation",
    "OldSlug",
    "Organisation",
    "OrganisationQuerySet",
    "Place",
    "Role",
    "Topic",
    "User",
    "UserManager",
]

"""Causes that members propose, back and bring to network meetings, with the
history of every change of their status; partner initiatives with
institutions; and the proposals members send to institutions."""

from causes.models.cause import (
    OPEN_TO_CO_SPONSORS,
    OPEN_TO_SUPPORT,
    TRANSITIONS,
    Cause,
    CauseQuerySet,
    Comment,
    CommentQuerySet,
    CommentReport,
    CoSponsorship,
    Initiative,
    InitiativeQuerySet,
    Milestone,
    Status,
    StatusChange,
    Support,
    backing_threshold,
    in_every_language,
    report_threshold,
)
from causes.models.proposal import ANSWERS, Outcome, Proposal, ProposalQuerySet
from causes.models.proposal import Kind as ProposalKind

__all__ = [
    "ANSWERS",
    "OPEN_TO_CO_SPONSORS",
    "OPEN_TO_SUPPORT",
    "TRANSITIONS",
    "Cause",
    "CauseQuerySet",
    "CoSponsorship",
    "Comment",
    "CommentQuerySet",
    "CommentReport",
    "Initiative",
    "InitiativeQuerySet",
    "Milestone",
    "Outcome",
    "Proposal",
    "ProposalKind",
    "ProposalQuerySet",
    "Status",
    "StatusChange",
    "Support",
    "backing_threshold",
    "in_every_language",
    "report_threshold",
]

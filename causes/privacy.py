"""What causes keep about a person (GDPR): the causes they support, their
comments and their reports, and the proposals to institutions and answers
they recorded for their organisation. Supports and reports go with the
account; the comments stay in the discussion, without the person's name;
the proposals stay as their organisation's, without the person (the key
is set to null, see `infrastructure.records`)."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from causes.models import Comment, CommentReport, Proposal, Support
from infrastructure.personaldata import when
from members.models import Institution

NOTICE = [
    (
        _("Causes you support, your comments and the comments you report"),
        _("Counting support, running the discussion"),
        _("Your consent, which you can withdraw at any time (Art. 6(1)(a))"),
    ),
]


def export(user):
    return {
        "supported_causes": [
            {"cause": s.cause.title, "since": when(s.created_at)}
            for s in Support.objects.filter(user=user).select_related("cause")
        ],
        "comments": [
            {
                "cause": c.cause.title,
                "name_shown": c.author_name,
                "on_behalf_of": c.organisation.name if c.organisation else None,
                "comment": c.body,
                "written": when(c.created_at),
                "state": c.state,
            }
            for c in Comment.objects.filter(author=user).select_related(
                "cause", "organisation"
            )
        ],
        # Which comment, but not its words: they are another person's.
        "reported_comments": [
            {
                "cause": r.comment.cause.title,
                "comment_written": when(r.comment.created_at),
                "why": r.reason,
                "when": when(r.created_at),
            }
            for r in CommentReport.objects.filter(user=user).select_related(
                "comment__cause"
            )
        ],
        "proposals_recorded": [
            {
                "proposal": p.title,
                "institution": p.institution.name,
                "sent_by": p.organisation.name,
                "recorded_the_proposal": p.recorded_by_id == user.pk,
                "recorded_the_answer": p.answer_recorded_by_id == user.pk,
                "recorded": when(p.created_at),
            }
            for p in Proposal.objects.filter(
                Q(recorded_by=user) | Q(answer_recorded_by=user)
            ).select_related("institution", "organisation")
        ],
        "institutions_suggested": [
            {"institution": i.name, "why": i.suggestion_note}
            for i in Institution.objects.filter(suggested_by=user)
        ],
    }


def erase(user, *, request):
    Comment.objects.filter(author=user).update(author=None, author_name="")

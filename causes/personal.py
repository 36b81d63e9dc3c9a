"""The personal parts of a cause's page served from the page cache: support,
co-sponsorship and the comment form, as each person stands."""

from django.db.models import Prefetch

from causes.forms import CommentForm
from causes.models import Cause, CoSponsorship, Proposal
from causes.permissions import (
    can_edit_cause,
    can_edit_proposal,
    can_withdraw_cause,
    co_sponsoring_organisations,
    editable_organisations,
    speaking_organisations,
)
from infrastructure.pagecache import KeptForm, personal_template, remember


def personal_context(cause, user, given=None):
    """What the person sees and may do on a cause's page: their support,
    their organisations' co-sponsorships, the discussion's forms. `cause`
    carries `supported` (see `with_support_of`)."""
    given = given or {}
    # One list answers every question about the person's organisations.
    editing = remember(f"editing:{user.pk}", lambda: list(editable_organisations(user)))
    # Asked only of those who act for an organisation.
    sponsors = (
        {s.organisation_id for s in cause.co_sponsorships.all()} if editing else set()
    )
    mine = co_sponsoring_organisations(user, cause, editing)
    backers = sponsors | {cause.proposed_by_id}
    return {
        "cause": cause,
        "supported": cause.supported,
        "can_edit": can_edit_cause(user, cause, editing),
        "can_withdraw": can_withdraw_cause(user, cause, editing),
        "can_co_sponsor": [o for o in mine if o.pk not in sponsors],
        "co_sponsoring": [o for o in mine if o.pk in sponsors],
        # Who backs the cause sends proposals for it to institutions.
        "can_send_proposals": [o for o in editing if o.pk in backers],
        "comment_form": given.pop("comment_form", None) or empty_comment_form(user),
    }


def empty_comment_form(user):
    if not user.is_authenticated:
        return None
    return KeptForm(
        "comment",
        user,
        lambda: CommentForm(
            organisations=speaking_organisations(user),
            initial={"author_name": user.get_full_name()},
        ),
    )


def context(request, pk):
    """What the page's personal parts need of the cause is the same for
    everyone, and whether the person supports it is theirs; both are kept
    until the data changes."""
    cause = remember(f"cause-personal:{pk}", lambda: _cause(pk))
    user = request.user
    cause.supported = user.is_authenticated and remember(
        f"supported:{pk}:{user.pk}",
        lambda: cause.supports.filter(user=user).exists(),
    )
    return personal_context(cause, user)


def _cause(pk):
    return (
        Cause.objects.public()
        .only("pk", "slug", "status", "proposed_by_id")
        .prefetch_related(
            Prefetch(
                "co_sponsorships",
                CoSponsorship.objects.only("cause_id", "organisation_id"),
            )
        )
        .get(pk=pk)
    )


def proposal_context(request, pk):
    """Whether the person records the proposal's answer and edits it."""
    proposal = remember(
        f"proposal-personal:{pk}",
        lambda: Proposal.objects.prefetch_related("co_signers").get(pk=pk),
    )
    return {
        "proposal": proposal,
        "can_edit": request.user.is_authenticated
        and can_edit_proposal(request.user, proposal),
    }


# What the person sees of a cause is kept as rendered: all of it comes from
# values remembered until the data changes.
personal_template("cause-support", "causes/_support.html", context, kept=True)
personal_template(
    "proposal-actions", "causes/proposals/_actions.html", proposal_context
)
personal_template("cause-actions", "causes/_actions.html", context, kept=True)
personal_template("cause-comment-form", "causes/_comment_form.html", context, kept=True)

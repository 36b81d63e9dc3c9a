"""The personal parts of a cause's page served from the page cache: support,
co-sponsorship and the comment form, as each person stands."""

from django.db.models import Prefetch

from causes.models import Cause, CoSponsorship
from causes.views import personal_context
from infrastructure.pagecache import personal, remember, render_personal


def context(request, pk):
    """Computed once per request, for the page's personal parts: what they
    need of the cause is the same for everyone, and whether the person
    supports it is theirs; both are kept until the data changes."""
    memo = request.__dict__.setdefault("_cause_personal", {})
    if pk not in memo:
        cause = remember(f"cause-personal:{pk}", lambda: _cause(pk))
        user = request.user
        cause.supported = user.is_authenticated and remember(
            f"supported:{pk}:{user.pk}",
            lambda: cause.supports.filter(user=user).exists(),
        )
        memo[pk] = personal_context(cause, request.user)
    return memo[pk]


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


@personal("cause-support")
def support(request, pk):
    return render_personal("causes/_support.html", request, context(request, pk))


@personal("cause-actions")
def actions(request, pk):
    return render_personal("causes/_actions.html", request, context(request, pk))


@personal("cause-comment-form")
def comment_form(request, pk):
    return render_personal("causes/_comment_form.html", request, context(request, pk))

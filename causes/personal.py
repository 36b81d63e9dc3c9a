"""The personal parts of a cause's page served from the page cache: support,
co-sponsorship and the comment form, as each person stands."""

from django.template.loader import render_to_string

from causes.models import Cause
from causes.views import personal_context
from network_portal.page_cache import personal


def context(request, pk):
    """Computed once per request, for the page's personal parts."""
    memo = request.__dict__.setdefault("_cause_personal", {})
    if pk not in memo:
        cause = (
            Cause.objects.public()
            .select_related("proposed_by")
            .prefetch_related("co_sponsorships")
            .get(pk=pk)
        )
        memo[pk] = personal_context(cause, request.user)
    return memo[pk]


@personal("cause-support")
def support(request, pk):
    return render_to_string("causes/_support.html", context(request, pk), request)


@personal("cause-actions")
def actions(request, pk):
    return render_to_string("causes/_actions.html", context(request, pk), request)


@personal("cause-comment-form")
def comment_form(request, pk):
    return render_to_string("causes/_comment_form.html", context(request, pk), request)

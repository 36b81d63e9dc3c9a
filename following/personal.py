"""The follow button of an organisation's and a cause's page: a personal
part, filled in for each person from the page cache's copy."""

from causes.models import Cause
from following.services import followed_by
from infrastructure.pagecache import personal, remember, render_personal
from members.models import Organisation

MODELS = {"organisation": Organisation, "cause": Cause}


def follow_context(user, target):
    kind = target._meta.model_name
    return {
        "follow_kind": kind,
        "follow_target": target,
        "followed": (kind, target.pk) in followed_by(user),
    }


def _button(kind):
    def render(request, pk):
        target = remember(
            f"follow-target:{kind}:{pk}",
            lambda: MODELS[kind].objects.only("pk", "slug").get(pk=pk),
        )
        return render_personal(
            "following/_follow.html", request, follow_context(request.user, target)
        )

    return render


for _kind in MODELS:
    personal(f"follow-{_kind}")(_button(_kind))

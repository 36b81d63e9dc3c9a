"""The follow button of an organisation's and a cause's page: a personal
part, filled in for each person from the page cache's copy."""

from causes.models import Cause
from following.services import followed_by
from infrastructure.pagecache import personal, remember, render_kept
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
    """The same for everyone who follows the target, for everyone signed in
    who does not, and for visitors: rendered once for each."""

    def render(request, pk):
        user = request.user
        followed = (kind, int(pk)) in followed_by(user)

        def context():
            target = remember(
                f"follow-target:{kind}:{pk}",
                lambda: MODELS[kind].objects.only("pk", "slug").get(pk=pk),
            )
            return follow_context(user, target)

        return render_kept(
            f"follow:{kind}:{pk}:{user.is_authenticated}:{followed}",
            "following/_follow.html",
            request,
            context,
        )

    return render


for _kind in MODELS:
    personal(f"follow-{_kind}")(_button(_kind))

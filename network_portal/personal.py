"""The site's own personal parts of a kept page: the account links, the
messages and the home page's invitation to become a supporter."""

from django.contrib.messages import get_messages

from following.services import unread_count
from infrastructure.pagecache import personal, render_kept, render_personal


def unread_notifications(user):
    """How many notifications the person has not seen (kept in the cache
    until one comes or they read them)."""
    return unread_count(user) if user.is_authenticated else 0


@personal("account")
def account(request, argument):
    """The same for everyone not signed in; for someone signed in, rendered
    once for each count of notifications unread."""
    user = request.user
    unread = unread_notifications(user)
    return render_kept(
        f"account:{user.pk}:{unread}",
        "_account_menu.html",
        request,
        {"unread_notifications": unread},
    )


@personal("messages")
def messages(request, argument):
    """Nothing to render unless the person has messages waiting."""
    if not get_messages(request):
        return ""
    return render_personal("_messages.html", request)


@personal("become-supporter")
def become_supporter(request, argument):
    """The same for every visitor, and for everyone signed in."""
    signed_in = request.user.is_authenticated
    return render_kept(
        f"become-supporter:{signed_in}",
        "network_portal/_become_supporter.html",
        request,
    )

"""The site's own personal parts of a kept page: the account links, the
messages and the home page's invitation to become a supporter."""

from following.services import unread_count
from infrastructure.pagecache import personal, render_personal


@personal("account")
def account_menu(request, argument):
    return render_personal(
        "_account_menu.html",
        request,
        {"unread_notifications": unread_notifications(request.user)},
    )


def unread_notifications(user):
    """How many notifications the person has not seen (kept in the cache
    until one comes or they read them)."""
    return unread_count(user) if user.is_authenticated else 0


@personal("messages")
def messages(request, argument):
    return render_personal("_messages.html", request)


@personal("become-supporter")
def become_supporter(request, argument):
    return render_personal("network_portal/_become_supporter.html", request)

"""The site's own personal parts of a kept page: the account links, the
messages and the home page's invitation to become a supporter."""

from following.services import unread_count
from infrastructure.pagecache import personal, personal_template, render_kept


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


personal_template("messages", "_messages.html")
personal_template("become-supporter", "network_portal/_become_supporter.html")

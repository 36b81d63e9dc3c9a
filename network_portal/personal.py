"""The site's own personal parts of a kept page: the account links, the
messages and the home page's invitation to become a supporter."""

from following.services import unread_count
from infrastructure.pagecache import personal_template


def unread_notifications(user):
    """How many notifications the person has not seen (kept in the cache
    until one comes or they read them)."""
    return unread_count(user) if user.is_authenticated else 0


def account(request, argument):
    return {"unread_notifications": unread_notifications(request.user)}


personal_template("account", "_account_menu.html", account)
personal_template("messages", "_messages.html")
personal_template("become-supporter", "network_portal/_become_supporter.html")

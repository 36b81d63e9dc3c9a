"""What every page shows: the site's texts and its main navigation."""

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from network_portal.models import SiteSettings
from network_portal.personal import unread_notifications

# The main navigation in its final order; a section appears once its
# pages exist, so the public never follows a link to a missing page.
MAIN_NAVIGATION = [
    ("members:list", _("Members")),
    ("causes:list", _("Causes")),
    ("institutions:list", _("Institutions")),
    ("events:list", _("Meetings")),
    ("activities:list", _("News")),
    ("practices:list", _("Practices")),
    ("help:list", _("Help between members")),
    ("transparency", _("Transparency")),
    ("about", _("About")),
]


def main_navigation(path):
    items = []
    for url_name, label in MAIN_NAVIGATION:
        try:
            url = reverse(url_name)
        except NoReverseMatch:
            continue
        items.append({"url": url, "label": label, "current": path.startswith(url)})
    return items


def site(request):
    return {
        "site_settings": SiteSettings.load(),
        "main_navigation": main_navigation(request.path),
        # Called only by a page that shows it: the account links.
        "unread_notifications": lambda: unread_notifications(request.user),
    }

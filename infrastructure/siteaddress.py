"""The site's address for mail sent outside of a request (reminders and
digests from scheduled commands): what a request would tell of it."""

from urllib.parse import urlsplit

from django.conf import settings


class SiteAddress:
    def __init__(self, url=None):
        self.url = (url or settings.SITE_URL).rstrip("/")

    def build_absolute_uri(self, path):
        return f"{self.url}{path}"

    def get_host(self):
        return urlsplit(self.url).netloc

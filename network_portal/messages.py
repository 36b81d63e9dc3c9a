"""Messages kept in a cookie while they fit, as Django does, but with the
cookie's deletion flagged HttpOnly and Secure like its setting: a scanner (and
a careful browser) sees the same flags whichever way the cookie goes."""

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.messages.storage.session import SessionStorage


class FlaggedCookieStorage(CookieStorage):
    def _update_cookie(self, encoded_data, response):
        if encoded_data:
            return super()._update_cookie(encoded_data, response)
        response.set_cookie(
            self.cookie_name,
            "",
            max_age=0,
            expires="Thu, 01 Jan 1970 00:00:00 GMT",
            domain=settings.SESSION_COOKIE_DOMAIN,
            secure=settings.SESSION_COOKIE_SECURE or None,
            httponly=settings.SESSION_COOKIE_HTTPONLY or None,
            samesite=settings.SESSION_COOKIE_SAMESITE,
        )
        return None


class MessageStorage(FallbackStorage):
    storage_classes = (FlaggedCookieStorage, SessionStorage)

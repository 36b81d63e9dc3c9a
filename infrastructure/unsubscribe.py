"""The headers of a mail that a mail client can unsubscribe from with one
click (RFC 2369, RFC 8058): the newsletter and the weekly digest."""

from urllib.parse import urlsplit, urlunsplit

ONE_CLICK = "List-Unsubscribe=One-Click"


def unsubscribe_headers(url):
    """What lets a mail client unsubscribe with one click: an https address
    only."""
    https = urlunsplit(urlsplit(url)._replace(scheme="https"))
    return {
        "List-Unsubscribe": f"<{https}>",
        "List-Unsubscribe-Post": ONE_CLICK,
    }

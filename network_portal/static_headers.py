"""Headers WhiteNoise adds to the static files it serves (settings import
this module: it imports nothing of Django)."""


def static_headers(headers, path, url):
    """The pages' framing rule holds for static files too."""
    headers["X-Frame-Options"] = "DENY"

"""Form widgets the site's forms share."""

from django import forms


def date_input():
    """The browser's own date picker, reading and writing ISO dates."""
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")

"""Forms over content in two languages: a field for each language of each
translated field, in order, and each field says its language."""

from django import forms
from django.utils.translation import gettext_lazy as _

LANGUAGES = ("bg", "en")


def both_languages(*names):
    """The form fields of translated model fields: `title_bg`, `title_en`, …"""
    return [f"{name}_{language}" for name in names for language in LANGUAGES]


def textareas(**rows):
    """Widgets: a text area of so many rows for each language of each field."""
    return {
        f"{name}_{language}": forms.Textarea(attrs={"rows": count})
        for name, count in rows.items()
        for language in LANGUAGES
    }


def label_languages(form):
    """ "Name [bg]" reads better as "Name (Bulgarian)"."""
    languages = {"bg": _("in Bulgarian"), "en": _("in English")}
    for name, field in form.fields.items():
        language = name.rsplit("_", 1)[-1]
        if language in languages and field.label:
            label = str(field.label).rsplit(" [", 1)[0]
            field.label = f"{label} ({languages[language]})"


def in_both(**texts):
    """A model's values from (Bulgarian, English) pairs, as the demo data and
    the commands write them: `title=("Кауза", "A cause")` sets `title_bg`,
    `title_en` and `title` itself (the default language's)."""
    values = {}
    for name, (bg, en) in texts.items():
        values |= {name: bg, f"{name}_bg": bg, f"{name}_en": en}
    return values

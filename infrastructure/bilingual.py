"""Forms over content in two languages: each field says which."""

from django.utils.translation import gettext_lazy as _


def label_languages(form):
    """ "Name [bg]" reads better as "Name (Bulgarian)"."""
    languages = {"bg": _("in Bulgarian"), "en": _("in English")}
    for name, field in form.fields.items():
        language = name.rsplit("_", 1)[-1]
        if language in languages and field.label:
            label = str(field.label).rsplit(" [", 1)[0]
            field.label = f"{label} ({languages[language]})"

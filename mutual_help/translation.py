"""Which fields of help between members have a Bulgarian and an English
version, and which keep their history."""

from modeltranslation.translator import TranslationOptions, register
from simple_history import register as register_history

from mutual_help.models import HelpItem


@register(HelpItem)
class HelpItemTranslationOptions(TranslationOptions):
    fields = ["title", "description", "quantity", "image_alt", "outcome"]
    required_languages = {"bg": ["title", "description"]}


register_history(HelpItem)

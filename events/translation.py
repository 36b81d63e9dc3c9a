"""Which fields of meetings have a Bulgarian and an English version."""

from modeltranslation.translator import TranslationOptions, register
from simple_history import register as register_history

from events.models import AgendaItem, Decision, Document, Meeting


@register(Meeting)
class MeetingTranslationOptions(TranslationOptions):
    fields = ["title", "summary", "description", "venue", "address", "minutes"]
    required_languages = {"bg": ["title", "summary"]}


@register(AgendaItem)
class AgendaItemTranslationOptions(TranslationOptions):
    fields = ["title", "description"]
    required_languages = {"bg": ["title"]}


@register(Document)
class DocumentTranslationOptions(TranslationOptions):
    fields = ["title"]
    required_languages = {"bg": ["title"]}


@register(Decision)
class DecisionTranslationOptions(TranslationOptions):
    fields = ["text"]
    required_languages = {"bg": ["text"]}


# What a meeting said and decided, and who changed it: the history keeps both
# languages, so it is made once the translated fields exist.
register_history(Meeting)
register_history(Decision)

"""Which fields of meetings have a Bulgarian and an English version."""

from modeltranslation.translator import TranslationOptions, register

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

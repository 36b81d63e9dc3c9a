"""Which fields of causes have a Bulgarian and an English version."""

from modeltranslation.translator import TranslationOptions, register

from causes.models import Cause, Milestone


@register(Cause)
class CauseTranslationOptions(TranslationOptions):
    fields = ["title", "summary", "description"]
    required_languages = {"bg": ["title", "summary"]}


@register(Milestone)
class MilestoneTranslationOptions(TranslationOptions):
    fields = ["title", "description"]
    required_languages = {"bg": ["title"]}

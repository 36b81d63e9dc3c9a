"""Which fields of causes have a Bulgarian and an English version."""

from modeltranslation.translator import TranslationOptions, register

from causes.models import Cause, Initiative, Milestone, StatusChange


@register(Cause)
class CauseTranslationOptions(TranslationOptions):
    fields = ["title", "summary", "description", "image_alt"]
    required_languages = {"bg": ["title", "summary"]}


@register(Milestone)
class MilestoneTranslationOptions(TranslationOptions):
    fields = ["title", "description"]
    required_languages = {"bg": ["title"]}


@register(StatusChange)
class StatusChangeTranslationOptions(TranslationOptions):
    fields = ["reason"]


@register(Initiative)
class InitiativeTranslationOptions(TranslationOptions):
    fields = ["title", "summary", "description", "agreement_title"]
    required_languages = {"bg": ["title", "summary"]}

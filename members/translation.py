"""Which registry fields have a Bulgarian and an English version."""

from modeltranslation.translator import TranslationOptions, register
from simple_history import register as register_history

from members.models import (
    Activity,
    ActivityPhoto,
    Indicator,
    Institution,
    Organisation,
    Place,
    Practice,
    PracticeDocument,
    PracticePhoto,
    Result,
    Reuse,
    Topic,
)


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ["name", "short_name", "settlement", "address", "description", "mission"]


@register(Place)
class PlaceTranslationOptions(TranslationOptions):
    fields = ["name"]


@register(Topic)
class TopicTranslationOptions(TranslationOptions):
    fields = ["name"]


@register(Activity)
class ActivityTranslationOptions(TranslationOptions):
    fields = ["title", "summary", "body", "location"]
    required_languages = {"bg": ["title", "summary"]}


@register(ActivityPhoto)
class ActivityPhotoTranslationOptions(TranslationOptions):
    fields = ["alt_text", "caption"]
    required_languages = {"bg": ["alt_text"]}


@register(Result)
class ResultTranslationOptions(TranslationOptions):
    fields = ["statement"]


@register(Indicator)
class IndicatorTranslationOptions(TranslationOptions):
    fields = ["name", "unit", "unit_one", "description"]


@register(Institution)
class InstitutionTranslationOptions(TranslationOptions):
    fields = ["name"]


@register(Practice)
class PracticeTranslationOptions(TranslationOptions):
    fields = [
        "title",
        "summary",
        "problem",
        "approach",
        "needs_people",
        "needs_money",
        "needs_time",
        "needs_partners",
        "achievements",
    ]
    required_languages = {"bg": ["title", "summary", "problem", "approach"]}


@register(PracticePhoto)
class PracticePhotoTranslationOptions(TranslationOptions):
    fields = ["alt_text", "caption"]
    required_languages = {"bg": ["alt_text"]}


@register(PracticeDocument)
class PracticeDocumentTranslationOptions(TranslationOptions):
    fields = ["title"]
    required_languages = {"bg": ["title"]}


# The history of an organisation keeps both languages: its model is made only
# now, once the translated fields exist.
register_history(Organisation, excluded_fields=["logo_small", "logo_medium"])
register_history(Activity)
register_history(Result)
register_history(ActivityPhoto)
register_history(Indicator)
register_history(Institution)
register_history(Practice)
register_history(PracticePhoto)
register_history(PracticeDocument)
register_history(Reuse)

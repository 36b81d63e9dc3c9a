"""Which site-wide fields have a Bulgarian and an English version."""

from modeltranslation.translator import TranslationOptions, register
from simple_history import register as register_history

from network_portal.models import IndicatorValue, ProjectIndicator, SiteSettings


@register(SiteSettings)
class SiteSettingsTranslationOptions(TranslationOptions):
    fields = [
        "network_name",
        "motto",
        "coordinator_name",
        "address",
        "project_name",
        "donors",
        "programme",
        "project_period",
        "funding_statement",
        "disclaimer",
        "donor_logo_alt",
        "programme_logo_alt",
    ]


@register(ProjectIndicator)
class ProjectIndicatorTranslationOptions(TranslationOptions):
    fields = ["name", "definition", "unit"]
    required_languages = {"bg": ["name", "unit"]}


@register(IndicatorValue)
class IndicatorValueTranslationOptions(TranslationOptions):
    fields = ["note"]


# Their history keeps both languages: registered after their translations.
register_history(ProjectIndicator)
register_history(IndicatorValue)

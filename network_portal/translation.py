"""Which site-wide fields have a Bulgarian and an English version."""

from modeltranslation.translator import TranslationOptions, register

from network_portal.models import SiteSettings


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

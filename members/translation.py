"""Which registry fields have a Bulgarian and an English version."""

from modeltranslation.translator import TranslationOptions, register
from simple_history import register as register_history

from members.models import Organisation, Place, Topic


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ["name", "short_name", "settlement", "address", "description", "mission"]


@register(Place)
class PlaceTranslationOptions(TranslationOptions):
    fields = ["name"]


@register(Topic)
class TopicTranslationOptions(TranslationOptions):
    fields = ["name"]


# The history of an organisation keeps both languages: its model is made only
# now, once the translated fields exist.
register_history(Organisation, excluded_fields=["logo_small", "logo_medium"])

"""Which fields of causes have a Bulgarian and an English version."""

from modeltranslation.translator import TranslationOptions, register
from simple_history import register as register_history

from causes.models import Cause, Initiative, Milestone, Proposal, StatusChange


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


@register(Proposal)
class ProposalTranslationOptions(TranslationOptions):
    fields = ["title", "summary", "text", "answer_summary"]
    required_languages = {"bg": ["title", "summary"]}


# Who changed a cause or an initiative, and what it said before: the history
# keeps both languages, so it is made once the translated fields exist.
# The kept counts of supporters and co-sponsors are not what anyone wrote.
register_history(
    Cause,
    manager_name="revisions",  # `history`: its statuses
    excluded_fields=["supporter_count", "co_sponsor_count"],
)
register_history(Milestone)
register_history(Initiative)
register_history(Proposal)

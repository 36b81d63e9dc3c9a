"""Which fields of the capacity self-assessment have a Bulgarian and an
English version, and which keep their history."""

from modeltranslation.translator import TranslationOptions, register
from simple_history import register as register_history

from capacity.models import Answer, Area, Assessment, Question, Round


@register(Area)
class AreaTranslationOptions(TranslationOptions):
    fields = ["name", "description"]
    required_languages = {"bg": ["name"]}


@register(Question)
class QuestionTranslationOptions(TranslationOptions):
    fields = ["text", "level_1", "level_2", "level_3", "level_4"]
    required_languages = {"bg": ["text", "level_1", "level_2", "level_3", "level_4"]}


@register(Round)
class RoundTranslationOptions(TranslationOptions):
    fields = ["name"]
    required_languages = {"bg": ["name"]}


# The wording an answer was given with, in both languages, as it was.
@register(Answer)
class AnswerTranslationOptions(TranslationOptions):
    fields = ["question_text", "level_text"]


for model in (Area, Question, Round, Assessment, Answer):
    register_history(model)

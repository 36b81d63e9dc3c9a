"""The capacity self-assessment as a form: for each question asked, its four
levels as radio buttons and an optional note; whether others may be pointed
to the organisation. A draft may leave questions unanswered; submitting may
not."""

from django import forms
from django.utils.translation import gettext_lazy as _

from capacity.models import Assessment

SAVE, SUBMIT = "save", "submit"
CHOOSE = _("Choose the level that describes your organisation best.")


class AssessmentForm(forms.Form):
    may_be_suggested = forms.BooleanField(
        label=Assessment._meta.get_field("may_be_suggested").verbose_name,
        help_text=Assessment._meta.get_field("may_be_suggested").help_text,
        required=False,
    )

    def __init__(self, *args, questions, assessment=None, suggested=False, **kwargs):
        initial = {"may_be_suggested": suggested}
        if assessment is not None:
            initial["may_be_suggested"] = assessment.may_be_suggested
            for answer in assessment.answers.all():
                initial[f"level_{answer.question_id}"] = answer.level
                initial[f"note_{answer.question_id}"] = answer.note
        super().__init__(*args, initial=initial, **kwargs)
        self.questions = questions
        for question in questions:
            self.fields[f"level_{question.pk}"] = forms.TypedChoiceField(
                label=question.text,
                choices=[
                    (value, f"{label.capitalize()}: {meaning}")
                    for value, label, meaning in question.levels()
                ],
                coerce=int,
                empty_value=None,
                required=False,
                widget=forms.RadioSelect,
            )
            self.fields[f"note_{question.pk}"] = forms.CharField(
                label=_("Note (optional)"),
                max_length=1000,
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    @property
    def submitting(self):
        return self.data.get("action") == SUBMIT

    def clean(self):
        data = super().clean()
        if self.submitting:
            for question in self.questions:
                name = f"level_{question.pk}"
                if not data.get(name) and name not in self.errors:
                    self.add_error(name, CHOOSE)
        return data

    def items(self):
        """Area by area, each question's level field and note field."""
        areas = []
        for question in self.questions:
            if not areas or areas[-1][0] != question.area:
                areas.append((question.area, []))
            areas[-1][1].append(
                (question, self[f"level_{question.pk}"], self[f"note_{question.pk}"])
            )
        return areas

    def levels(self):
        return {q.pk: self.cleaned_data.get(f"level_{q.pk}") for q in self.questions}

    def notes(self):
        return {q.pk: self.cleaned_data.get(f"note_{q.pk}", "") for q in self.questions}

    def unanswered(self):
        return sum(1 for level in self.levels().values() if not level)

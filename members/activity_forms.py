"""Forms of the member area for activities, their photos and their results."""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from infrastructure.bilingual import both_languages, label_languages, textareas
from infrastructure.listfilters import ListFilterForm, choices_with_all
from infrastructure.widgets import date_input
from members.filters import linked_choice, topic_field
from members.models import (
    Activity,
    ActivityPhoto,
    Indicator,
    Organisation,
    Place,
    Result,
)
from members.publication_forms import (
    PublicationForm,
    bounded_formset,
    photo_formset,
)

# Apps above `members` add fields of their own to the activity form (the
# causes an activity advanced, say) without `members` knowing them. Each
# extension has `contribute(form)`, which adds its fields, and
# `save(form, activity)`, which runs with the form's many-to-many data.
extensions = []


def register_extension(extension):
    if not any(type(known) is type(extension) for known in extensions):
        extensions.append(extension)


class ActivityForm(PublicationForm):
    folded = (
        "ends_on",
        "location_bg",
        "location_en",
        "co_organisers",
        "institutions",
        "causes",
    )

    class Meta:
        model = Activity
        fields = [
            *both_languages("title", "summary", "body"),
            "kind",
            "starts_on",
            "ends_on",
            "place",
            *both_languages("location"),
            "topics",
            "co_organisers",
            "institutions",
            "in_project",
        ]
        widgets = {
            "starts_on": date_input(),
            "ends_on": date_input(),
            **textareas(body=8, summary=2),
            "topics": forms.CheckboxSelectMultiple,
            "co_organisers": forms.CheckboxSelectMultiple,
            "institutions": forms.CheckboxSelectMultiple,
        }
        help_texts = {
            "co_organisers": _(
                "Other member organisations that organised it with you; it also "
                "appears on their profiles."
            ),
        }

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, organisation=organisation, **kwargs)
        self.fields["kind"].choices = [
            (value, capfirst(label)) for value, label in Activity.Kind.choices
        ]
        self.fields["place"].queryset = Place.objects.municipalities()
        self.fields["co_organisers"].queryset = (
            Organisation.objects.active()
            .exclude(pk=organisation.pk)
            .order_by("name_bg")
        )
        for extension in extensions:
            extension.contribute(self)

    def _save_m2m(self):
        super()._save_m2m()
        for extension in extensions:
            extension.save(self, self.instance)

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("An activity cannot end before it starts."))
        return cleaned


class ResultForm(forms.ModelForm):
    class Meta:
        model = Result
        fields = ["indicator", "value", "statement_bg", "statement_en", "evidence_url"]

    def __init__(self, *args, indicator_choices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator"].queryset = Indicator.objects.filter(is_active=True)
        self.fields["indicator"].empty_label = _("— a result in words —")
        if indicator_choices is not None:
            # One query for the whole formset, not one for each of its forms.
            self.fields["indicator"].choices = indicator_choices
        self.fields["value"].widget.attrs.update({"min": "0", "step": "any"})
        label_languages(self)

    def clean(self):
        cleaned = super().clean()
        indicator, value = cleaned.get("indicator"), cleaned.get("value")
        if indicator and value is None and "value" not in self.errors:
            self.add_error("value", _("Give the number for this indicator."))
        if value is not None and not indicator:
            self.add_error("indicator", _("Choose what the number measures."))
        if (
            not indicator
            and value is None
            and not cleaned.get("statement_bg")
            and self.has_changed()
        ):
            self.add_error(
                "statement_bg",
                _("Describe the result in words, or choose an indicator."),
            )
        if value is not None and value < 0:
            self.add_error("value", _("A result cannot be negative."))
        return cleaned

    def save(self, commit=True):
        # A checked figure that its editors change is no longer checked.
        measured = {"indicator", "value", "statement_bg", "statement_en"}
        if self.instance.pk and measured & set(self.changed_data):
            self.instance.verified_at = None
            self.instance.verified_by = None
        return super().save(commit)


PhotoFormSet = photo_formset(Activity, ActivityPhoto)


class BaseResultFormSet(forms.BaseInlineFormSet):
    def get_form_kwargs(self, index):
        if not hasattr(self, "_indicator_choices"):
            self._indicator_choices = list(ResultForm().fields["indicator"].choices)
        return {
            **super().get_form_kwargs(index),
            "indicator_choices": self._indicator_choices,
        }


# One empty form to start with; the page adds another on demand.
ResultFormSet = bounded_formset(
    Activity, Result, form=ResultForm, formset=BaseResultFormSet, extra=1, most=20
)


class ActivityFilterForm(ListFilterForm):
    """The news list's filters: topic, kind and year, and the organisation
    whose profile linked here; all in the URL."""

    lookups = {"topic": "topics", "kind": "kind", "year": "starts_on__year"}

    # Chosen from a profile's link.
    organisation = linked_choice(_("Organisation"), Organisation.objects.public())
    topic = topic_field()
    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=choices_with_all(_("All kinds"), Activity.Kind.choices),
    )
    year = forms.TypedChoiceField(
        label=_("Year"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args, years, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", _("All years"))] + [
            (year, year) for year in years
        ]

    def apply(self, activities):
        organisation = self.chosen().get("organisation")
        if organisation:
            activities = activities.involving(organisation)
        return super().apply(activities)

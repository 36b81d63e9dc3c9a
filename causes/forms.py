"""Forms for causes: proposing one, and filtering the list."""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from causes.models import Cause, Status
from members.forms import label_languages
from members.models import Topic


class CauseForm(forms.ModelForm):
    class Meta:
        model = Cause
        fields = [
            "title_bg",
            "title_en",
            "summary_bg",
            "summary_en",
            "description_bg",
            "description_en",
            "topics",
        ]
        widgets = {
            "summary_bg": forms.Textarea(attrs={"rows": 2}),
            "summary_en": forms.Textarea(attrs={"rows": 2}),
            "description_bg": forms.Textarea(attrs={"rows": 8}),
            "description_en": forms.Textarea(attrs={"rows": 8}),
            "topics": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title_bg"].required = True
        self.fields["summary_bg"].required = True
        self.fields["topics"].queryset = Topic.objects.all()
        label_languages(self)


class CauseFilterForm(forms.Form):
    SORTS = [("newest", _("Newest first")), ("supported", _("Most supported first"))]

    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Every status"))]
        + [(value, capfirst(label)) for value, label in Status.choices],
    )
    topic = forms.ModelChoiceField(
        label=_("Topic"),
        required=False,
        queryset=Topic.objects.all(),
        to_field_name="slug",
        empty_label=_("All topics"),
    )
    sort = forms.ChoiceField(label=_("Order"), required=False, choices=SORTS)

    def apply(self, causes):
        if not self.is_bound or not self.is_valid():
            return causes.order_by("-created_at")
        data = self.cleaned_data
        if data["status"]:
            causes = causes.filter(status=data["status"])
        if data["topic"]:
            causes = causes.filter(topics=data["topic"])
        if data["sort"] == "supported":
            return causes.order_by("-supporter_count", "-created_at")
        return causes.order_by("-created_at")

    @property
    def is_filtered(self):
        return (
            self.is_bound
            and self.is_valid()
            and bool(self.cleaned_data["status"] or self.cleaned_data["topic"])
        )

    def summary(self):
        data = self.cleaned_data
        parts = [
            Status(data["status"]).label if data["status"] else "",
            data["topic"].name if data["topic"] else "",
        ]
        return ", ".join(str(part) for part in parts if part)

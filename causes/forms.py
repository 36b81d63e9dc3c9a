"""Forms for causes: proposing one, and filtering the list."""

from django import forms
from django.utils.translation import gettext_lazy as _

from causes.models import Cause, Status
from members.filters import ListFilterForm, choices_with_all, topic_field
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


class CauseFilterForm(ListFilterForm):
    SORTS = [("newest", _("Newest first")), ("supported", _("Most supported first"))]
    ordering_fields = ("sort",)

    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=choices_with_all(_("Every status"), Status.choices),
    )
    topic = topic_field()
    sort = forms.ChoiceField(label=_("Order"), required=False, choices=SORTS)

    def apply(self, causes):
        chosen = self.chosen()
        if "status" in chosen:
            causes = causes.filter(status=chosen["status"])
        if "topic" in chosen:
            causes = causes.filter(topics=chosen["topic"])
        if chosen.get("sort") == "supported":
            return causes.order_by("-supporter_count", "-created_at")
        return causes.order_by("-created_at")

"""Forms for help between members: posting an item, answering it, closing
it with what came of it, reporting it, and filtering the list."""

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from infrastructure.bilingual import both_languages, label_languages, textareas
from infrastructure.images import set_picture
from infrastructure.listfilters import ListFilterForm, choices_with_all
from infrastructure.uploads import UploadedImageField
from infrastructure.widgets import date_input
from members.filters import municipality_field, topic_field
from members.models import Organisation, Place, Topic
from mutual_help.models import Direction, HelpItem, Kind, Measure, Response

DATE = date_input()


class HelpItemForm(forms.ModelForm):
    required_css_class = "required"
    organisation = forms.ModelChoiceField(
        label=_("For the organisation"), queryset=Organisation.objects.none()
    )
    image_upload = UploadedImageField(label=_("Picture"))

    class Meta:
        model = HelpItem
        fields = [
            "direction",
            "kind",
            *both_languages("title", "description", "quantity"),
            "starts_on",
            "ends_on",
            "ongoing",
            "place",
            "online",
            "topics",
            *both_languages("image_alt"),
        ]
        widgets = {
            "direction": forms.RadioSelect,
            "starts_on": DATE,
            "ends_on": DATE,
            **textareas(description=6),
            "topics": forms.CheckboxSelectMultiple,
        }

    field_order = ["organisation", *Meta.fields[:-2], "image_upload", *Meta.fields[-2:]]

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["organisation"]
        field.queryset = organisations
        # The organisation it is for, when there is nothing to choose: its
        # own, or the poster's only one.
        self.for_organisation = self.instance.organisation if self.instance.pk else None
        if not self.instance.pk and len(only := list(organisations[:2])) == 1:
            self.for_organisation = only[0]
        if self.for_organisation:
            del self.fields["organisation"]
        self.fields["direction"].choices = Direction.choices
        self.fields["title_bg"].required = True
        self.fields["description_bg"].required = True
        self.fields["place"].queryset = Place.objects.municipalities()
        self.fields["topics"].queryset = Topic.objects.all()
        if self.instance.image:
            self.fields["image_upload"].label = _("New picture")
        label_languages(self)

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_on"), cleaned.get("ends_on")
        if not cleaned.get("ongoing") and not starts:
            self.add_error("starts_on", _("Give a date, or say it is ongoing."))
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("It cannot end before it starts."))
        if ends and not starts:
            self.add_error("starts_on", _("Give the first day too."))
        if not cleaned.get("online") and not cleaned.get("place"):
            self.add_error("place", _("Choose a municipality, or say it is online."))
        has_image = bool(cleaned.get("image_upload") or self.instance.image)
        if has_image and not cleaned.get("image_alt_bg"):
            self.add_error(
                "image_alt_bg",
                _("Describe the picture for people who cannot see it."),
            )
        return cleaned

    def save(self, commit=True):
        item = super().save(commit=False)
        item.organisation = (
            self.cleaned_data.get("organisation") or self.for_organisation
        )
        if commit:
            with transaction.atomic():
                item.save()  # the slug names the picture's files
                if self.cleaned_data.get("image_upload"):
                    set_picture(item, self.cleaned_data["image_upload"])
                    item.save()
                self.save_m2m()
        return item


class ResponseForm(forms.ModelForm):
    organisation = forms.ModelChoiceField(
        label=_("Answer for"), queryset=Organisation.objects.none(), required=False
    )

    class Meta:
        model = Response
        fields = ["organisation", "message"]
        widgets = {"message": forms.Textarea(attrs={"rows": 3, "maxlength": 1000})}
        labels = {"message": _("Your answer")}
        help_texts = {
            "message": _("For example: we can bring six volunteers on Saturday.")
        }
        error_messages = {
            "message": {"required": _("Write your answer before you send it.")}
        }

    def __init__(self, *args, organisations, for_themselves, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["organisation"]
        field.queryset = organisations
        self.for_themselves = for_themselves
        if for_themselves:
            field.empty_label = _("Myself, as a volunteer")
        else:
            field.required = True
            field.empty_label = None
        if not organisations:
            del self.fields["organisation"]


class OutcomeForm(forms.ModelForm):
    class Meta:
        model = HelpItem
        fields = [*both_languages("outcome"), "outcome_figure", "outcome_measure"]
        widgets = textareas(outcome=3)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outcome_bg"].required = True
        self.fields["outcome_measure"].choices = [("", "—"), *Measure.choices]
        label_languages(self)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("outcome_figure") is not None and not cleaned.get(
            "outcome_measure"
        ):
            self.add_error("outcome_measure", _("Say what the figure counts."))
        if cleaned.get("outcome_measure") and cleaned.get("outcome_figure") is None:
            self.add_error("outcome_figure", _("Give the figure, or leave both empty."))
        return cleaned


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("What is wrong with this request or offer? (optional)"),
        max_length=300,
        required=False,
    )


class HelpFilterForm(ListFilterForm):
    SHOWN = [("open", _("Open")), ("exchanged", _("Agreed and done"))]
    lookups = {
        "direction": "direction",
        "kind": "kind",
        "municipality": "place",
        "topic": "topics",
    }

    show = forms.ChoiceField(label=_("Show"), required=False, choices=SHOWN)
    direction = forms.ChoiceField(
        label=_("Requests or offers"),
        required=False,
        choices=choices_with_all(_("Requests and offers"), Direction.choices),
    )
    kind = forms.ChoiceField(
        label=_("Kind of help"),
        required=False,
        choices=choices_with_all(_("All kinds"), Kind.choices),
    )
    municipality = municipality_field()
    topic = topic_field()

    def apply(self, items):
        items = super().apply(items)
        if self.chosen().get("show") == "exchanged":
            return items.exchanged().order_by("-status_changed_at", "-pk")
        return items.open().order_by("-created_at", "-pk")

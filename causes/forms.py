"""Forms for causes: proposing one, and filtering the list."""

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from causes.models import Cause, Comment, Initiative, Status
from infrastructure.bilingual import both_languages, label_languages, textareas
from infrastructure.images import set_picture
from infrastructure.listfilters import ListFilterForm, choices_with_all
from infrastructure.uploads import UploadedImageField
from members.filters import topic_field
from members.models import Organisation, Topic


class CauseForm(forms.ModelForm):
    image_upload = UploadedImageField(label=_("Image"))

    class Meta:
        model = Cause
        fields = [
            *both_languages("title", "summary", "description"),
            "topics",
            *both_languages("image_alt"),
        ]
        widgets = {
            **textareas(summary=2, description=8),
            "topics": forms.CheckboxSelectMultiple,
        }

    # The image goes before its alternative text, after the topics.
    field_order = [*Meta.fields[:7], "image_upload", *Meta.fields[7:]]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title_bg"].required = True
        self.fields["summary_bg"].required = True
        self.fields["topics"].queryset = Topic.objects.all()
        if self.instance.image:
            self.fields["image_upload"].label = _("New image")
        label_languages(self)

    def clean(self):
        cleaned = super().clean()
        has_image = bool(cleaned.get("image_upload") or self.instance.image)
        if has_image and not cleaned.get("image_alt_bg"):
            self.add_error(
                "image_alt_bg", _("Describe the image for people who cannot see it.")
            )
        return cleaned

    def save(self, commit=True):
        cause = super().save(commit=False)
        if commit:
            with transaction.atomic():
                cause.save()  # the slug names the image's files
                if self.cleaned_data.get("image_upload"):
                    set_picture(cause, self.cleaned_data["image_upload"])
                    cause.save()
                self.save_m2m()
        return cause


class CommentForm(forms.ModelForm):
    organisation = forms.ModelChoiceField(
        label=_("Write as"),
        queryset=Organisation.objects.none(),
        required=False,
    )

    class Meta:
        model = Comment
        fields = ["body", "author_name", "organisation"]
        widgets = {"body": forms.Textarea(attrs={"rows": 4, "maxlength": 2000})}
        labels = {"body": _("Your comment"), "author_name": _("Your name")}
        help_texts = {"body": _("At most 2,000 characters.")}
        error_messages = {
            "body": {"required": _("Write something before you send it.")}
        }

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["organisation"]
        field.queryset = organisations
        field.empty_label = _("Myself")
        if not organisations:
            del self.fields["organisation"]


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("What is wrong with it? (optional)"), max_length=300, required=False
    )


class WithdrawForm(forms.Form):
    reason = forms.CharField(required=False, max_length=1000)


class CauseFilterForm(ListFilterForm):
    SORTS = [("newest", _("Newest first")), ("supported", _("Most supported first"))]
    lookups = {"status": "status", "topic": "topics"}
    ordering_fields = ("sort",)

    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=choices_with_all(_("All statuses"), Status.choices),
    )
    topic = topic_field()
    sort = forms.ChoiceField(label=_("Order"), required=False, choices=SORTS)

    def apply(self, causes):
        causes = super().apply(causes)
        if self.chosen().get("sort") == "supported":
            return causes.order_by("-supporter_count", "-created_at")
        return causes.order_by("-created_at")


class InitiativeFilterForm(ListFilterForm):
    lookups = {"status": "status"}

    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=choices_with_all(_("All statuses"), Initiative.Status.choices),
    )


class ActivityCauses:
    """The causes an activity advanced, chosen by its editors on the activity
    form (an extension of members.activity_forms.ActivityForm)."""

    field_name = "causes"
    CLOSED = (Status.WITHDRAWN, Status.DECLINED)

    def choices(self):
        return Cause.objects.public().exclude(status__in=self.CLOSED)

    def contribute(self, form):
        activity = form.instance
        form.fields[self.field_name] = forms.ModelMultipleChoiceField(
            label=_("Causes it advanced"),
            help_text=_("The activity is listed on the page of each cause."),
            queryset=self.choices(),
            required=False,
            widget=forms.CheckboxSelectMultiple,
            initial=list(activity.causes.values_list("pk", flat=True))
            if activity.pk
            else [],
        )

    def save(self, form, activity):
        chosen = form.cleaned_data.get(self.field_name) or []
        # Links to causes that cannot be chosen any more stay as they are.
        kept = activity.causes.exclude(pk__in=self.choices())
        activity.causes.set([*chosen, *kept])

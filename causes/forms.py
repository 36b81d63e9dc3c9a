"""Forms for causes (proposing one, filtering the list), for the proposals
sent to institutions and their answers, and for suggesting an institution."""

from django import forms
from django.db import transaction
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from causes.models import Cause, Comment, Initiative, Proposal, Status
from infrastructure.bilingual import both_languages, label_languages, textareas
from infrastructure.images import set_picture
from infrastructure.listfilters import ListFilterForm, choices_with_all
from infrastructure.transliteration import unique_slug
from infrastructure.uploads import DocumentField, UploadedImageField
from infrastructure.widgets import date_input
from members.filters import linked_choice, municipality_field, topic_field
from members.models import Institution, Organisation, Topic


class CauseForm(forms.ModelForm):
    image_upload = UploadedImageField(label=_("Image"))

    class Meta:
        model = Cause
        fields = [
            *both_languages("title", "summary", "description"),
            "topics",
            "institutions",
            *both_languages("image_alt"),
        ]
        widgets = {
            **textareas(summary=2, description=8),
            "topics": forms.CheckboxSelectMultiple,
            "institutions": forms.CheckboxSelectMultiple,
        }

    # The image goes before its alternative text, after the institutions.
    field_order = [*Meta.fields[:8], "image_upload", *Meta.fields[8:]]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title_bg"].required = True
        self.fields["summary_bg"].required = True
        self.fields["topics"].queryset = Topic.objects.all()
        self.fields["institutions"].queryset = Institution.objects.confirmed()
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

    # Chosen from an institution's page.
    institution = linked_choice(_("Institution"), Institution.objects.confirmed())
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=choices_with_all(_("All statuses"), Status.choices),
    )
    topic = topic_field()
    sort = forms.ChoiceField(label=_("Order"), required=False, choices=SORTS)

    def apply(self, causes):
        causes = super().apply(causes)
        institution = self.chosen().get("institution")
        if institution:
            causes = causes.concerning(institution)
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


def capitalised(choices):
    return [(value, capfirst(label)) for value, label in choices]


class ProposalForm(forms.ModelForm):
    """A proposal the organisation of the URL sent to an institution: what
    it asked, when, under which number, with whom, and the document."""

    document_upload = DocumentField(label=_("Document as sent"), required=False)

    class Meta:
        model = Proposal
        fields = [
            "kind",
            "institution",
            "cause",
            *both_languages("title", "summary"),
            "sent_on",
            "registration_number",
            "due_on",
            "co_signers",
            *both_languages("text"),
        ]
        widgets = {
            **textareas(summary=2, text=8),
            "sent_on": date_input(),
            "due_on": date_input(),
            "co_signers": forms.CheckboxSelectMultiple,
        }

    field_order = [*Meta.fields, "document_upload"]

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.organisation = organisation
        self.fields["title_bg"].required = True
        self.fields["summary_bg"].required = True
        self.fields["due_on"].required = False
        self.fields["kind"].choices = capitalised(Proposal.Kind.choices)
        self.fields["institution"].queryset = Institution.objects.confirmed()
        self.fields["cause"].queryset = Cause.objects.public().order_by("title")
        self.fields["co_signers"].queryset = (
            Organisation.objects.active().exclude(pk=organisation.pk).order_by("name")
        )
        if self.instance.document:
            self.fields["document_upload"].label = _("New document")
        label_languages(self)

    def clean(self):
        cleaned = super().clean()
        has_text = cleaned.get("text_bg") or cleaned.get("text_en")
        has_document = cleaned.get("document_upload") or self.instance.document
        # A document refused has said why already.
        if not has_text and not has_document and "document_upload" not in self.errors:
            self.add_error(
                "text_bg",
                forms.ValidationError(
                    _("Give the text of the proposal or attach the document as sent."),
                    code="no_text",
                ),
            )
        return cleaned

    def save(self, commit=True):
        proposal = super().save(commit=False)
        if self.cleaned_data.get("document_upload"):
            proposal.document = self.cleaned_data["document_upload"]
        if commit:
            with transaction.atomic():
                proposal.save()
                self.save_m2m()
        return proposal


class AnswerForm(forms.ModelForm):
    """The institution's answer: when, what it says, the outcome; or that
    no answer came."""

    answer_upload = DocumentField(label=_("The answer as received"), required=False)

    class Meta:
        model = Proposal
        fields = ["outcome", "answered_on", *both_languages("answer_summary")]
        widgets = {
            **textareas(answer_summary=4),
            "answered_on": date_input(),
            "outcome": forms.RadioSelect,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        outcome = self.fields["outcome"]
        outcome.required = True
        outcome.label = _("What did the institution answer?")
        outcome.choices = capitalised(Proposal.Outcome.choices)
        outcome.help_text = _(
            "Choose “No answer” if the institution did not answer; the proposal "
            "then stays overdue in the figures. Leave the date empty then."
        )
        if self.instance.answer_document:
            self.fields["answer_upload"].label = _("New answer document")
        label_languages(self)

    def save(self, commit=True):
        proposal = super().save(commit=False)
        if self.cleaned_data.get("answer_upload"):
            proposal.answer_document = self.cleaned_data["answer_upload"]
        if commit:
            proposal.save()
        return proposal


class InstitutionSuggestionForm(forms.ModelForm):
    """An editor suggests an institution that is missing; a coordinator
    confirms it."""

    class Meta:
        model = Institution
        fields = [
            *both_languages("name"),
            "kind",
            "municipality",
            "website",
            "suggestion_note",
        ]
        widgets = {"suggestion_note": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name_bg"].required = True
        self.fields["kind"].choices = capitalised(self.fields["kind"].choices)
        self.fields["municipality"].required = True
        label_languages(self)

    def clean_name_bg(self):
        name = self.cleaned_data["name_bg"].strip()
        # Compared in Python: SQLite matches case only in ASCII letters.
        known = Institution.objects.values_list("name_bg", flat=True)
        if name.casefold() in {known_name.casefold() for known_name in known}:
            raise forms.ValidationError(
                _("This institution is already in the list, or waits to be confirmed."),
                code="exists",
            )
        return name

    def save(self, commit=True):
        institution = super().save(commit=False)
        institution.confirmed_at = None
        institution.slug = unique_slug(
            institution.name_en or institution.name_bg,
            fallback="institution",
            taken_in=[Institution.objects.all()],
        )
        if commit:
            institution.save()
        return institution


class InstitutionFilterForm(ListFilterForm):
    lookups = {"kind": "kind", "municipality": "municipality"}

    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=choices_with_all(_("All kinds"), Institution.Kind.choices),
    )
    municipality = municipality_field()

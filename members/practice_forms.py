"""Forms of the practice library: the member area's practice form with its
photos and documents, the reuse form, and the public list's filters."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from infrastructure.bilingual import both_languages, label_languages, textareas
from infrastructure.listfilters import ListFilterForm
from infrastructure.uploads import DocumentField
from members.filters import topic_field
from members.models import (
    Activity,
    Organisation,
    Practice,
    PracticeDocument,
    PracticePhoto,
)
from members.publication_forms import (
    PublicationForm,
    bounded_formset,
    photo_formset,
)
from members.translation import PracticeTranslationOptions


class PracticeForm(PublicationForm):
    class Meta:
        model = Practice
        fields = [
            *both_languages(*PracticeTranslationOptions.fields),
            "activities",
            "topics",
            "contact_name",
            "contact_email",
            "in_project",
        ]
        widgets = {
            **textareas(summary=2, problem=5, approach=8, achievements=4),
            "activities": forms.CheckboxSelectMultiple,
            "topics": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, organisation=organisation, **kwargs)
        self.fields["activities"].queryset = (
            Activity.objects.filter(organisation=organisation)
            .exclude(state=Activity.State.HIDDEN)
            .order_by("-starts_on")
        )


class PracticeDocumentForm(forms.ModelForm):
    upload = DocumentField(label=_("Document"), required=False)

    class Meta:
        model = PracticeDocument
        fields = ["title_bg", "title_en"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title_bg"].required = False  # required with a file
        label_languages(self)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("DELETE"):
            return cleaned
        has_file = bool(cleaned.get("upload") or self.instance.file)
        if has_file and not cleaned.get("title_bg"):
            self.add_error("title_bg", _("Give the document a title."))
        if not has_file and self.has_changed() and "upload" not in self.errors:
            self.add_error("upload", _("Choose a document to upload."))
        return cleaned


PracticePhotoFormSet = photo_formset(Practice, PracticePhoto)
PracticeDocumentFormSet = bounded_formset(
    Practice, PracticeDocument, form=PracticeDocumentForm, extra=1, most=10
)


class ReuseForm(forms.Form):
    """“We applied this too”, for one of the person's organisations."""

    organisation = forms.ModelChoiceField(
        label=_("For the organisation"),
        queryset=Organisation.objects.none(),
        error_messages={
            "required": _("Choose the organisation that applied the practice."),
            "invalid_choice": _(
                "You cannot record this for that organisation: choose one you "
                "edit for, other than the practice's own."
            ),
        },
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("How it went for you: what you changed, what it achieved."),
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        if len(organisations) == 1:
            self.fields["organisation"].initial = organisations[0].pk
            self.fields["organisation"].widget = forms.HiddenInput()


class PracticeFilterForm(ListFilterForm):
    """The library's filters: topic and words, kept in the URL."""

    lookups = {"topic": "topics"}

    topic = topic_field()
    q = forms.CharField(
        label=_("Keywords"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search"}),
    )

    def apply(self, practices):
        chosen = self.chosen()
        practices = super().apply(practices)
        for word in chosen.get("q", "").split()[:6]:
            # SQLite folds the case of Latin letters only: Cyrillic words are
            # also tried as written, in lower case and capitalised.
            forms_of_word = {word, word.lower(), word.capitalize()}
            match = Q()
            for field in ("title", "summary", "problem", "approach"):
                for language in ("bg", "en"):
                    for form in forms_of_word:
                        match |= Q(**{f"{field}_{language}__icontains": form})
            practices = practices.filter(match)
        return practices.distinct() if "topic" in chosen else practices

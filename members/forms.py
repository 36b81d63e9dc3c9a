"""Forms of the registry: joining the network, editing a profile, inviting."""

from django import forms
from django.utils.translation import gettext_lazy as _

from infrastructure.bilingual import both_languages, label_languages, textareas
from infrastructure.uploads import UploadedImageField
from members.models import Application, Organisation, Place, Role, Topic
from members.models.organisation import REGISTERED_KINDS


class ApplicationForm(forms.ModelForm):
    consent = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree that the network keeps "
            "these details to process the application."
        ),
        error_messages={"required": _("Please agree to the privacy notice.")},
    )

    class Meta:
        model = Application
        fields = [
            "name",
            "kind",
            "eik",
            "municipality",
            "settlement",
            "contact_name",
            "contact_email",
            "phone",
            "website",
            "description",
            "topics",
            "consent",
        ]
        widgets = {
            "kind": forms.RadioSelect,
            "topics": forms.CheckboxSelectMultiple,
            "description": forms.Textarea(attrs={"rows": 6}),
            "eik": forms.TextInput(
                attrs={"inputmode": "numeric", "autocomplete": "off"}
            ),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "contact_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel"}),
        }
        help_texts = {
            "eik": _(
                "For associations, foundations and community centres. "
                "Informal groups leave it empty."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = Organisation.Kind.choices
        self.fields["municipality"].queryset = Place.objects.municipalities()
        self.fields["topics"].queryset = Topic.objects.all()

    def clean_eik(self):
        return self.cleaned_data["eik"].strip()

    def clean(self):
        cleaned = super().clean()
        kind, eik = cleaned.get("kind"), cleaned.get("eik")
        if kind in REGISTERED_KINDS and not eik and "eik" not in self.errors:
            self.add_error(
                "eik",
                _("Associations, foundations and community centres give their ЕИК."),
            )
        if kind == Organisation.Kind.INFORMAL_GROUP and eik:
            self.add_error("eik", _("Informal groups have no ЕИК: leave it empty."))
        if eik and Organisation.objects.filter(eik=eik).exists():
            self.add_error(
                "eik",
                _("An organisation with this ЕИК is already in the registry."),
            )
        elif eik and Application.objects.filter(eik=eik, status="pending").exists():
            self.add_error(
                "eik",
                _("An application with this ЕИК is already waiting for a decision."),
            )
        return cleaned


class OrganisationForm(forms.ModelForm):
    """What an organisation's editors change: its profile, never its network
    status or the coordinating flag."""

    logo_upload = UploadedImageField(label=_("New logo"))

    class Meta:
        model = Organisation
        fields = [
            *both_languages("name", "short_name"),
            "municipality",
            *both_languages("settlement", "address"),
            *Organisation.CONTACT_FIELDS,
            *both_languages("description", "mission"),
            "topics",
            "founded_year",
        ]
        widgets = {
            "topics": forms.CheckboxSelectMultiple,
            **textareas(description=8, mission=3),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name_bg"].required = True
        self.fields["municipality"].queryset = Place.objects.municipalities()
        self.fields["topics"].queryset = Topic.objects.all()
        label_languages(self)

    def clean(self):
        cleaned = super().clean()
        municipality = cleaned.get("municipality")
        if municipality:
            self.instance.region = municipality.region
        return cleaned


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail of the person"),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    role = forms.ChoiceField(
        label=_("Role"), choices=Role.Kind.choices, initial=Role.Kind.EDITOR
    )

    def __init__(self, *args, organisation, **kwargs):
        self.organisation = organisation
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        email, role = cleaned.get("email"), cleaned.get("role")
        if (
            email
            and role
            and Role.objects.filter(
                organisation=self.organisation, user__email__iexact=email, kind=role
            ).exists()
        ):
            raise forms.ValidationError(
                _("This person already has this role in the organisation.")
            )
        return cleaned

"""The directory's filters: kind, topic and municipality, kept in the URL."""

from django import forms
from django.utils.translation import gettext_lazy as _

from members.models import Organisation, Place, Topic


class DirectoryFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=[("", _("All kinds")), *Organisation.Kind.choices],
    )
    topic = forms.ModelChoiceField(
        label=_("Topic"),
        required=False,
        queryset=Topic.objects.all(),
        to_field_name="slug",
        empty_label=_("All topics"),
    )
    municipality = forms.ModelChoiceField(
        label=_("Municipality"),
        required=False,
        queryset=Place.objects.municipalities(),
        to_field_name="slug",
        empty_label=_("All municipalities"),
    )

    def apply(self, organisations):
        if not self.is_bound or not self.is_valid():
            return organisations
        data = self.cleaned_data
        if data["kind"]:
            organisations = organisations.filter(kind=data["kind"])
        if data["topic"]:
            organisations = organisations.filter(topics=data["topic"])
        if data["municipality"]:
            organisations = organisations.filter(municipality=data["municipality"])
        return organisations

    @property
    def is_filtered(self):
        return self.is_bound and self.is_valid() and any(self.cleaned_data.values())

    def summary(self):
        """The chosen filters in words, for the page's title."""
        data = self.cleaned_data
        parts = [
            dict(self.fields["kind"].choices).get(data["kind"]) if data["kind"] else "",
            data["topic"].name if data["topic"] else "",
            data["municipality"].name if data["municipality"] else "",
        ]
        return ", ".join(str(part) for part in parts if part)

"""Filters of the public lists, kept in the URL so that a view can be shared."""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from members.models import Organisation, Place, Topic


def choices_with_all(all_label, choices):
    """An empty choice that shows everything, then the choices, capitalised."""
    return [("", all_label), *[(value, capfirst(label)) for value, label in choices]]


def topic_field():
    return forms.ModelChoiceField(
        label=_("Topic"),
        required=False,
        queryset=Topic.objects.all(),
        to_field_name="slug",
        empty_label=_("All topics"),
    )


class ListFilterForm(forms.Form):
    """A GET form over a list: what is chosen, and the same in words."""

    # Fields that order the list rather than narrow it.
    ordering_fields = ()

    def chosen(self):
        """The valid, non-empty choices; unknown values are left out."""
        if not self.is_bound or not self.is_valid():
            return {}
        return {name: value for name, value in self.cleaned_data.items() if value}

    @property
    def is_filtered(self):
        return any(name not in self.ordering_fields for name in self.chosen())

    def summary(self):
        """The chosen filters in words, for the page's title."""
        words = []
        for name, value in self.chosen().items():
            if name in self.ordering_fields:
                continue
            field = self.fields[name]
            if isinstance(field, forms.ModelChoiceField):
                words.append(str(value))
            elif isinstance(field, forms.ChoiceField):
                words.append(str(dict(field.choices).get(value, value)))
            else:
                words.append(str(value))
        return ", ".join(words)


class DirectoryFilterForm(ListFilterForm):
    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=choices_with_all(_("All kinds"), Organisation.Kind.choices),
    )
    topic = topic_field()
    municipality = forms.ModelChoiceField(
        label=_("Municipality"),
        required=False,
        queryset=Place.objects.municipalities(),
        to_field_name="slug",
        empty_label=_("All municipalities"),
    )

    def apply(self, organisations):
        chosen = self.chosen()
        if "kind" in chosen:
            organisations = organisations.filter(kind=chosen["kind"])
        if "topic" in chosen:
            organisations = organisations.filter(topics=chosen["topic"])
        if "municipality" in chosen:
            organisations = organisations.filter(municipality=chosen["municipality"])
        return organisations

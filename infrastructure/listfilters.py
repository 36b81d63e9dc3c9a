"""Filters of the public lists, kept in the URL so that a view can be shared:
a GET form that says what is chosen, and the same in words."""

from django import forms
from django.utils.text import capfirst


def choices_with_all(all_label, choices):
    """An empty choice that shows everything, then the choices, capitalised."""
    return [("", all_label), *[(value, capfirst(label)) for value, label in choices]]


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

"""Filters of the public lists, kept in the URL so that a view can be shared:
a GET form that says what is chosen, and the same in words."""

from django import forms
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.text import capfirst


def choices_with_all(all_label, choices):
    """An empty choice that shows everything, then the choices, capitalised."""
    return [("", all_label), *[(value, capfirst(label)) for value, label in choices]]


def attributes(attrs):
    """HTML attributes as Django's `attrs.html` writes them."""
    return "".join(
        f" {name}" if value is True else f' {name}="{conditional_escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


class QuickSelect(forms.Select):
    """A select written in Python: the same HTML as Django's templates write,
    at a fraction of the cost. A list's filters render their selects on
    every request, each with its every choice; through the widget templates
    that was a third of a list page's time."""

    def render(self, name, value, attrs=None, renderer=None):
        # Iterated once, without asking its length: a model field's choices
        # are one query.
        choices = list(iter(self.choices))
        if any(isinstance(label, (list, tuple)) for _, label in choices):
            return super().render(name, value, attrs, renderer)  # option groups
        values = self.format_value(value)
        options = []
        chosen = False
        for option_value, label in choices:
            option_value = "" if option_value is None else str(option_value)
            selected = not chosen and option_value in values
            chosen |= selected
            options.append(
                f'\n  <option value="{conditional_escape(option_value)}"'
                f"{' selected' if selected else ''}>{conditional_escape(label)}"
                "</option>\n"
            )
        return mark_safe(  # noqa: S308 - every value and label escaped
            f'<select name="{conditional_escape(name)}"'
            f"{attributes(self.build_attrs(self.attrs, attrs))}>"
            f"{''.join(options)}\n</select>"
        )


class ListFilterForm(forms.Form):
    """A GET form over a list: what is chosen, and the same in words."""

    # Each field that narrows the list, and the lookup it filters by.
    lookups = {}
    # Fields that order the list rather than narrow it.
    ordering_fields = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if type(field.widget) is forms.Select:
                field.widget = QuickSelect(
                    attrs=field.widget.attrs, choices=field.widget.choices
                )

    def chosen(self):
        """The valid, non-empty choices; unknown values are left out."""
        if not self.is_bound or not self.is_valid():
            return {}
        return {name: value for name, value in self.cleaned_data.items() if value}

    def apply(self, queryset):
        """The list narrowed to what is chosen."""
        chosen = self.chosen()
        for name, lookup in self.lookups.items():
            if name in chosen:
                queryset = queryset.filter(**{lookup: chosen[name]})
        return queryset

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

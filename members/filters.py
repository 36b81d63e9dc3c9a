"""Filters of the public lists, kept in the URL so that a view can be shared."""

from django import forms
from django.utils.translation import gettext_lazy as _

from infrastructure.bilingual import both_languages
from infrastructure.listfilters import ListFilterForm, choices_with_all
from members.models import Organisation, Place, Topic


def slug_choice(label, queryset, empty_label):
    """An optional choice of a row, by its slug in the URL; of each row, only
    the slug and the names its option shows (the list's filters are drawn on
    every request)."""
    return forms.ModelChoiceField(
        label=label,
        required=False,
        queryset=queryset.only("slug", *both_languages("name")),
        to_field_name="slug",
        empty_label=empty_label,
    )


def linked_choice(label, queryset):
    """An optional row chosen by a link from its own page (its slug in the
    URL), not from a list: a list of them all would grow with the network."""
    return forms.ModelChoiceField(
        label=label,
        required=False,
        queryset=queryset,
        to_field_name="slug",
        widget=forms.HiddenInput,
    )


def topic_field():
    return slug_choice(_("Topic"), Topic.objects.all(), _("All topics"))


def municipality_field():
    return slug_choice(
        _("Municipality"), Place.objects.municipalities(), _("All municipalities")
    )


class DirectoryFilterForm(ListFilterForm):
    lookups = {"kind": "kind", "topic": "topics", "municipality": "municipality"}

    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=choices_with_all(_("All kinds"), Organisation.Kind.choices),
    )
    topic = topic_field()
    municipality = municipality_field()

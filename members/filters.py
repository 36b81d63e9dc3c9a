"""Filters of the public lists, kept in the URL so that a view can be shared."""

from django import forms
from django.utils.translation import gettext_lazy as _

from infrastructure.listfilters import ListFilterForm, choices_with_all
from members.models import Organisation, Place, Topic


def topic_field():
    return forms.ModelChoiceField(
        label=_("Topic"),
        required=False,
        queryset=Topic.objects.all(),
        to_field_name="slug",
        empty_label=_("All topics"),
    )


def municipality_field():
    return forms.ModelChoiceField(
        label=_("Municipality"),
        required=False,
        queryset=Place.objects.municipalities(),
        to_field_name="slug",
        empty_label=_("All municipalities"),
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

from django import forms
from django.utils.translation import gettext_lazy as _

from following.models import Notification
from members.models import Topic


class TopicsForm(forms.Form):
    topics = forms.ModelMultipleChoiceField(
        label=_("Tick the topics to follow"),
        queryset=Topic.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class PreferencesForm(forms.Form):
    """A checkbox for each kind the person may be told of, in the site and
    by e-mail, and one for the weekly digest."""

    weekly_digest = forms.BooleanField(
        label=_("Send me a weekly digest of what I follow"), required=False
    )

    def __init__(self, *args, preferences, kinds, **kwargs):
        super().__init__(*args, **kwargs)
        self.preferences = preferences
        self.kinds = kinds
        self.fields["weekly_digest"].initial = preferences.weekly_digest
        for kind in kinds:
            label = Notification.Kind(kind).label
            for channel, said in (
                ("in_site", _("on the site")),
                ("by_email", _("by e-mail")),
            ):
                self.fields[f"{kind}__{channel}"] = forms.BooleanField(
                    label=f"{label}: {said}",
                    required=False,
                    initial=preferences.wants(kind, channel),
                )

    def rows(self):
        """(label, in-site field, e-mail field) for each kind, for a table."""
        return [
            (
                Notification.Kind(kind).label,
                self[f"{kind}__in_site"],
                self[f"{kind}__by_email"],
            )
            for kind in self.kinds
        ]

    def save(self):
        prefs = self.preferences
        for channel in ("in_site", "by_email"):
            kept_off = [
                kind
                for kind in getattr(prefs, f"off_{channel}")
                if kind not in self.kinds
            ]
            setattr(
                prefs,
                f"off_{channel}",
                kept_off
                + [k for k in self.kinds if not self.cleaned_data[f"{k}__{channel}"]],
            )
        prefs.weekly_digest = self.cleaned_data["weekly_digest"]
        prefs.save()
        return prefs

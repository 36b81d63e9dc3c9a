"""Forms of meetings: filtering the list, registering oneself or a colleague."""

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from events.models import Meeting
from infrastructure.listfilters import ListFilterForm, choices_with_all


class MeetingFilterForm(ListFilterForm):
    WHEN = [("upcoming", _("Upcoming")), ("past", _("Past"))]
    lookups = {"kind": "kind"}
    ordering_fields = ("when",)

    when = forms.ChoiceField(
        label=_("When"), required=False, choices=WHEN, widget=forms.HiddenInput
    )
    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=choices_with_all(_("All kinds"), Meeting.Kind.choices),
    )

    @property
    def past(self):
        return self.chosen().get("when") == "past"

    def apply(self, meetings):
        return super().apply(meetings.past() if self.past else meetings.upcoming())


class RegisterForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Coming on behalf of"), queryset=None, required=False
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["organisation"].empty_label = _("Myself")
        if not organisations:
            del self.fields["organisation"]


class ColleagueForm(forms.Form):
    """An editor registers one of their organisation's people."""

    meeting = forms.ModelChoiceField(label=_("Meeting"), queryset=None)
    name = forms.CharField(label=_("Name"), max_length=150)
    email = forms.EmailField(label=_("E-mail"))

    def __init__(self, *args, meetings, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["meeting"]
        field.queryset = meetings.order_by("starts_at", "pk")
        field.label_from_instance = lambda meeting: (
            f"{date_format(timezone.localtime(meeting.starts_at), 'DATE_FORMAT')}"
            f" · {meeting.title}"
        )

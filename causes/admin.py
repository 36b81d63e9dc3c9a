"""Causes in the admin: coordinators follow them and move them on."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from causes.models import Cause, CoSponsorship, Milestone, Status, StatusChange


class StatusChangeInline(admin.TabularInline):
    model = StatusChange
    extra = 0
    fields = ["changed_at", "from_status", "to_status", "changed_by", "reason"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class CoSponsorshipInline(admin.TabularInline):
    model = CoSponsorship
    extra = 0
    fields = ["organisation", "added_by", "created_at"]
    readonly_fields = ["added_by", "created_at"]
    autocomplete_fields = ["organisation"]


class MilestoneInline(TranslationTabularInline):
    model = Milestone
    extra = 0
    fields = ["date", "title", "description"]


class CauseAdminForm(forms.ModelForm):
    new_status = forms.ChoiceField(
        label=_("Move to"), required=False, choices=[("", "—"), *Status.choices]
    )
    reason = forms.CharField(
        label=_("Why"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    class Meta:
        model = Cause
        fields = [
            "title",
            "summary",
            "description",
            "topics",
            "proposed_by",
            "activities",
        ]

    def clean(self):
        cleaned = super().clean()
        new_status = cleaned.get("new_status")
        if (
            new_status
            and self.instance.pk
            and not self.instance.can_move_to(new_status)
        ):
            self.add_error(
                "new_status",
                _("A cause that is “%(current)s” cannot become “%(next)s”.")
                % {
                    "current": self.instance.get_status_display(),
                    "next": Status(new_status).label,
                },
            )
        return cleaned


@admin.register(Cause)
class CauseAdmin(TranslationAdmin):
    form = CauseAdminForm
    list_display = ["title", "proposed_by", "status", "status_changed_at"]
    list_filter = ["status", "topics"]
    search_fields = ["title_bg", "title_en", "proposed_by__name_bg", "slug"]
    readonly_fields = ["slug", "status", "status_changed_at", "filed_by", "created_at"]
    autocomplete_fields = ["proposed_by"]
    filter_horizontal = ["topics", "activities"]
    inlines = [CoSponsorshipInline, MilestoneInline, StatusChangeInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "description", "topics"]}),
        (_("Who"), {"fields": ["proposed_by", "filed_by", "created_at"]}),
        (
            _("Status"),
            {"fields": ["status", "status_changed_at", "new_status", "reason"]},
        ),
        (_("Activities"), {"fields": ["activities"]}),
    ]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.filed_by = request.user
        super().save_model(request, obj, form, change)
        new_status = form.cleaned_data.get("new_status")
        if change and new_status:
            try:
                obj.change_status(
                    to=new_status, by=request.user, reason=form.cleaned_data["reason"]
                )
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)

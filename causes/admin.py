"""Causes in the admin: coordinators follow them and move them on."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin

from causes.models import (
    Cause,
    Comment,
    CommentReport,
    CoSponsorship,
    Initiative,
    Milestone,
    Proposal,
    Status,
    StatusChange,
)
from infrastructure.admin_records import RecordInline
from infrastructure.images import set_picture
from infrastructure.uploads import DocumentField, UploadedImageField


class StatusChangeInline(RecordInline):
    model = StatusChange
    fields = [
        "changed_at",
        "from_status",
        "to_status",
        "changed_by",
        "reason_bg",
        "reason_en",
    ]


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
    image = UploadedImageField(label=_("image"))
    new_status = forms.ChoiceField(
        label=_("Move to"), required=False, choices=[("", "—"), *Status.choices]
    )
    reason_bg = forms.CharField(
        label=_("Why (in Bulgarian)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    reason_en = forms.CharField(
        label=_("Why (in English)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
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
            "image",
            "image_alt",
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
class CauseAdmin(SimpleHistoryAdmin, TranslationAdmin):
    form = CauseAdminForm
    list_display = ["title", "proposed_by", "status", "status_changed_at"]
    list_filter = ["status", "topics"]
    search_fields = ["title_bg", "title_en", "proposed_by__name_bg", "slug"]
    readonly_fields = ["slug", "status", "status_changed_at", "filed_by", "created_at"]
    autocomplete_fields = ["proposed_by"]
    filter_horizontal = ["topics", "activities", "institutions"]
    inlines = [CoSponsorshipInline, MilestoneInline, StatusChangeInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "description", "topics"]}),
        (_("Who"), {"fields": ["proposed_by", "filed_by", "created_at"]}),
        (
            _("Status"),
            {
                "fields": [
                    "status",
                    "status_changed_at",
                    "new_status",
                    "reason_bg",
                    "reason_en",
                ]
            },
        ),
        (_("Image"), {"fields": ["image", "image_alt"]}),
        (_("Activities"), {"fields": ["activities"]}),
        (_("Institutions"), {"fields": ["institutions"]}),
    ]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.filed_by = request.user
        # An image uploaded here is re-encoded like one an editor uploads.
        changed_image = "image" in form.changed_data
        upload = form.cleaned_data.get("image") if changed_image else None
        super().save_model(request, obj, form, change)
        if upload:
            set_picture(obj, upload)
            obj.save()
        elif changed_image:
            obj.image_small = obj.image_medium = ""
            obj.save()
        new_status = form.cleaned_data.get("new_status")
        if change and new_status:
            reasons = {
                "bg": form.cleaned_data["reason_bg"],
                "en": form.cleaned_data["reason_en"],
            }
            try:
                obj.change_status(to=new_status, by=request.user, reason=reasons)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)


class CommentReportInline(RecordInline):
    model = CommentReport
    fields = ["created_at", "reason"]


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["excerpt", "cause", "signed", "state", "report_count", "created_at"]
    list_filter = ["state"]
    search_fields = ["body", "author_name", "cause__title_bg"]
    list_select_related = ["cause", "organisation"]
    fields = [
        "cause",
        "signed",
        "created_at",
        "body",
        "state",
        "decided_by",
        "decided_at",
    ]
    readonly_fields = fields
    inlines = [CommentReportInline]
    actions = ["restore", "remove"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(reports_count=models.Count("reports"))
        )

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("comment"))
    def excerpt(self, comment):
        return comment.body[:80]

    @admin.display(description=_("signed"))
    def signed(self, comment):
        if comment.organisation:
            return f"{comment.organisation} · {comment.signature}"
        return comment.signature

    @admin.display(description=_("reports"), ordering="reports_count")
    def report_count(self, comment):
        return comment.reports_count

    @admin.action(
        description=_("Restore the selected comments"), permissions=["change"]
    )
    def restore(self, request, queryset):
        for comment in queryset:
            comment.restore(by=request.user)
        self.message_user(request, _("The comments are shown again."))

    @admin.action(description=_("Remove the selected comments"), permissions=["change"])
    def remove(self, request, queryset):
        for comment in queryset:
            comment.remove(by=request.user)
        self.message_user(request, _("The comments are removed from the site."))


@admin.register(Initiative)
class InitiativeAdmin(SimpleHistoryAdmin, TranslationAdmin):
    list_display = ["title", "status", "starts_on", "ends_on"]
    list_filter = ["status"]
    search_fields = ["title_bg", "title_en", "slug"]
    filter_horizontal = ["institutions", "organisations", "causes"]
    fields = [
        "title",
        "summary",
        "description",
        "status",
        "starts_on",
        "ends_on",
        "institutions",
        "organisations",
        "causes",
        "agreement_title",
        "agreement",
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "agreement":
            # A PDF or office file, checked by its content, not by its name.
            return DocumentField(label=db_field.verbose_name, required=False)
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class OverdueFilter(admin.SimpleListFilter):
    title = _("answer")
    parameter_name = "answer"

    def lookups(self, request, model_admin):
        return [
            ("overdue", _("overdue")),
            ("awaiting", _("awaiting an answer")),
            ("answered", _("answered")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "overdue":
            return queryset.overdue()
        if self.value() == "awaiting":
            return queryset.awaiting()
        if self.value() == "answered":
            return queryset.answered()
        return queryset


@admin.register(Proposal)
class ProposalAdmin(SimpleHistoryAdmin, TranslationAdmin):
    list_display = [
        "title",
        "kind",
        "institution",
        "organisation",
        "sent_on",
        "due_on",
        "outcome",
    ]
    list_filter = [OverdueFilter, "kind", "outcome", "institution"]
    list_select_related = ["institution", "organisation"]
    search_fields = ["title_bg", "title_en", "registration_number", "slug"]
    date_hierarchy = "sent_on"
    autocomplete_fields = ["cause"]
    filter_horizontal = ["co_signers"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "kind",
                    "title",
                    "summary",
                    "text",
                    "document",
                    "institution",
                    "cause",
                    "organisation",
                    "co_signers",
                    "sent_on",
                    "registration_number",
                    "due_on",
                ]
            },
        ),
        (
            _("The answer"),
            {
                "fields": [
                    "outcome",
                    "answered_on",
                    "answer_summary",
                    "answer_document",
                ]
            },
        ),
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in {"document", "answer_document"}:
            return DocumentField(label=db_field.verbose_name, required=False)
        if db_field.name == "due_on":
            kwargs["required"] = False
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.recorded_by = request.user
        if "outcome" in form.changed_data:
            obj.answer_recorded_by = request.user
        super().save_model(request, obj, form, change)

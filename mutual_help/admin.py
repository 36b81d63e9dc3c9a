"""Coordinators' view of help between members: every item with its answers
and reports, hidden from the public with a reason its editors see."""

from django.contrib import admin, messages
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from mutual_help.models import HelpItem, Report, Response


class ResponseInline(admin.TabularInline):
    model = Response
    extra = 0
    fields = ["organisation", "responder", "message", "created_at", "accepted_at"]
    readonly_fields = fields
    can_delete = False


class ReportInline(admin.TabularInline):
    model = Report
    extra = 0
    fields = ["user", "reason", "created_at"]
    readonly_fields = fields
    can_delete = False


class ReportedFilter(admin.SimpleListFilter):
    title = _("reports")
    parameter_name = "reported"

    def lookups(self, request, model_admin):
        return [("yes", _("reported by members, still public"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.reported()
        return queryset


@admin.register(HelpItem)
class HelpItemAdmin(SimpleHistoryAdmin, TranslationAdmin):
    list_display = [
        "title",
        "direction",
        "kind",
        "organisation",
        "status",
        "created_at",
        "report_count",
        "hidden_at",
    ]
    list_filter = [
        "direction",
        "kind",
        "status",
        ReportedFilter,
        ("hidden_at", admin.EmptyFieldListFilter),
    ]
    search_fields = ["title_bg", "title_en", "organisation__name_bg", "slug"]
    date_hierarchy = "created_at"
    readonly_fields = ["slug", "status", "status_changed_at", "hidden_at", "hidden_by"]
    autocomplete_fields = ["organisation"]
    inlines = [ResponseInline, ReportInline]
    actions = ["restore"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "direction",
                    "kind",
                    "organisation",
                    "title",
                    "slug",
                    "description",
                    "quantity",
                    ("starts_on", "ends_on", "ongoing"),
                    ("place", "online"),
                    "topics",
                    "image",
                    "image_alt",
                ]
            },
        ),
        (
            _("Status"),
            {
                "fields": [
                    "status",
                    "status_changed_at",
                    "outcome",
                    ("outcome_figure", "outcome_measure"),
                ]
            },
        ),
        (
            _("Moderation"),
            {
                "fields": ["hidden_reason", "hidden_at", "hidden_by"],
                "description": _(
                    "A reason for hiding takes the item off the public pages; "
                    "its editors see the reason. Empty it to publish it again."
                ),
            },
        ),
    ]
    filter_horizontal = ["topics"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(report_count=Count("reports"))

    @admin.display(description=_("reports"), ordering="report_count")
    def report_count(self, item):
        return item.report_count

    def save_model(self, request, obj, form, change):
        # A reason hides the item; none publishes it again.
        if "hidden_reason" in form.changed_data:
            if obj.hidden_reason and not obj.is_hidden:
                obj.hidden_at, obj.hidden_by = timezone.now(), request.user
            elif not obj.hidden_reason:
                obj.hidden_at, obj.hidden_by = None, None
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Publish the chosen items again"))
    def restore(self, request, queryset):
        count = 0
        for item in queryset.filter(hidden_at__isnull=False):
            item.restore()
            count += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d item is public again.",
                "%(count)d items are public again.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

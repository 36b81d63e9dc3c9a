"""Activities, results, indicators and institutions in the admin: coordinators
keep the catalogues, verify results and hide what should not be public."""

from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin

from members.models import Activity, ActivityPhoto, Indicator, Institution, Result
from members.moderation_admin import PhotoInline, PublicationAdmin


class ActivityPhotoInline(PhotoInline):
    model = ActivityPhoto


class ResultInline(TranslationTabularInline):
    model = Result
    extra = 0
    fields = [
        "indicator",
        "value",
        "statement",
        "evidence_url",
        "verified_by",
        "verified_at",
    ]
    readonly_fields = ["verified_by", "verified_at"]


@admin.register(Activity)
class ActivityAdmin(PublicationAdmin):
    list_display = ["title", "organisation", "kind", "starts_on", "state"]
    list_filter = ["state", "in_project", "kind", "organisation", "topics", "place"]
    date_hierarchy = "starts_on"
    search_fields = ["title_bg", "title_en", "organisation__name_bg", "slug"]
    filter_horizontal = ["topics", "co_organisers", "institutions"]
    inlines = [ActivityPhotoInline, ResultInline]


@admin.register(Result)
class ResultAdmin(SimpleHistoryAdmin, TranslationAdmin):
    list_display = ["__str__", "activity", "indicator", "value", "verified_at"]
    list_filter = ["indicator", ("verified_at", admin.EmptyFieldListFilter)]
    search_fields = ["activity__title_bg", "statement_bg"]
    readonly_fields = ["activity", "verified_by", "verified_at"]
    actions = ["verify"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("activity", "indicator")

    def has_add_permission(self, request):
        return False

    @admin.action(
        description=_("Mark the selected results as verified"), permissions=["change"]
    )
    def verify(self, request, queryset):
        unverified = queryset.filter(verified_at__isnull=True)
        count = unverified.count()
        for result in unverified:
            result.verify(by=request.user)
        self.message_user(
            request,
            ngettext("%(count)d result verified.", "%(count)d results verified.", count)
            % {"count": count},
            messages.SUCCESS if count else messages.WARNING,
        )


@admin.register(Indicator)
class IndicatorAdmin(SimpleHistoryAdmin, TranslationAdmin):
    list_display = ["name", "unit", "aggregation", "position", "is_active"]
    list_editable = ["position", "is_active"]
    prepopulated_fields = {"slug": ["name_en"]}


class ConfirmedFilter(admin.SimpleListFilter):
    title = _("confirmed")
    parameter_name = "confirmed"

    def lookups(self, request, model_admin):
        return [("no", _("suggested, waiting")), ("yes", _("confirmed"))]

    def queryset(self, request, queryset):
        if self.value() == "no":
            return queryset.suggested()
        if self.value() == "yes":
            return queryset.confirmed()
        return queryset


@admin.register(Institution)
class InstitutionAdmin(SimpleHistoryAdmin, TranslationAdmin):
    list_display = ["name", "kind", "municipality", "confirmed_at"]
    list_filter = [ConfirmedFilter, "kind", "municipality"]
    search_fields = ["name_bg", "name_en"]
    prepopulated_fields = {"slug": ["name_en"]}
    readonly_fields = ["suggested_by", "suggestion_note"]
    actions = ["confirm"]

    @admin.action(description=_("Confirm the chosen institutions"))
    def confirm(self, request, queryset):
        count = 0
        for institution in queryset.suggested():
            institution.confirmed_at = timezone.now()
            institution.save(update_fields=["confirmed_at"])
            count += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d institution confirmed.",
                "%(count)d institutions confirmed.",
                count,
            )
            % {"count": count},
        )

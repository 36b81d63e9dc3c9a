"""Meetings in the admin: coordinators build the agenda, then record the
minutes, documents, attendance and decisions."""

from django.contrib import admin, messages
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import (
    TranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)
from simple_history.admin import SimpleHistoryAdmin

from events import services
from events.models import (
    AgendaItem,
    Attendance,
    Decision,
    Document,
    Meeting,
    Registration,
)
from infrastructure.admin_records import RecordInline
from infrastructure.uploads import DocumentField


class AgendaItemInline(TranslationTabularInline):
    model = AgendaItem
    extra = 0
    fields = ["order", "title", "duration", "cause", "description"]
    autocomplete_fields = ["cause"]
    formfield_overrides = {
        models.TextField: {"widget": admin.widgets.AdminTextareaWidget({"rows": 2})}
    }


class AttendanceInline(admin.TabularInline):
    model = Attendance
    extra = 0
    autocomplete_fields = ["organisation"]


class DocumentInline(TranslationTabularInline):
    model = Document
    extra = 0

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "file":
            # PDF and office files, checked by their content.
            return DocumentField(label=db_field.verbose_name)
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class DecisionInline(TranslationStackedInline):
    model = Decision
    extra = 0
    fields = [
        "agenda_item",
        "text",
        ("votes_for", "votes_against", "abstentions"),
        ("cause", "cause_status"),
        "applied",
    ]
    readonly_fields = ["applied"]
    autocomplete_fields = ["cause"]

    @admin.display(description=_("in the cause's history"))
    def applied(self, decision):
        return _("yes") if decision.status_change_id else _("not yet")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "agenda_item":
            meeting_id = request.resolver_match.kwargs.get("object_id")
            kwargs["queryset"] = AgendaItem.objects.filter(meeting_id=meeting_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class RegistrationInline(RecordInline):
    # Cancelling frees a place for the waiting list: people do it from the
    # site, so that the next person moves up and is told.
    model = Registration
    fields = ["name", "email", "organisation", "status", "created_at"]


class AgendaFilter(admin.SimpleListFilter):
    """Meetings soon without an agenda: the administration's work queue links
    here."""

    title = _("agenda")
    parameter_name = "no_agenda_within"
    DAYS = 7

    def lookups(self, request, model_admin):
        return [(str(self.DAYS), _("none yet, and the meeting is within a week"))]

    def queryset(self, request, queryset):
        if self.value() != str(self.DAYS):
            return queryset
        soon = Meeting.objects.without_agenda_within(self.DAYS)
        return queryset.filter(pk__in=soon.values("pk"))


@admin.register(Meeting)
class MeetingAdmin(SimpleHistoryAdmin, TranslationAdmin):
    list_display = ["title", "kind", "starts_at", "status", "format"]
    list_filter = ["kind", "status", "format", "in_project", AgendaFilter]
    search_fields = ["title_bg", "title_en", "slug"]
    date_hierarchy = "starts_at"
    filter_horizontal = ["organisers"]
    readonly_fields = ["slug", "sequence"]
    inlines = [
        AgendaItemInline,
        RegistrationInline,
        AttendanceInline,
        DecisionInline,
        DocumentInline,
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    "summary",
                    "description",
                    "kind",
                    "in_project",
                ]
            },
        ),
        (
            _("When and where"),
            {
                "fields": [
                    "status",
                    ("starts_at", "ends_at"),
                    "format",
                    "venue",
                    "address",
                    "place",
                    "online_url",
                ]
            },
        ),
        (
            _("Registration"),
            {
                "fields": [
                    "capacity",
                    ("registration_opens_at", "registration_closes_at"),
                    "organisers",
                ]
            },
        ),
        (_("After the meeting"), {"fields": ["minutes", "participants"]}),
        (_("Calendars"), {"fields": ["sequence"]}),
    ]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        meeting = form.instance
        # Causes on the agenda go on the agenda; decisions move causes on.
        services.bring_causes(meeting=meeting, by=request.user)
        for decision in services.apply_decisions(meeting=meeting, by=request.user):
            self.message_user(
                request,
                _(
                    "The decision “%(decision)s” cannot move “%(cause)s”, which "
                    "is %(status)s."
                )
                % {
                    "decision": decision,
                    "cause": decision.cause,
                    "status": decision.cause.get_status_display(),
                },
                messages.WARNING,
            )

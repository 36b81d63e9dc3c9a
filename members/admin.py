"""The registry in the admin, for coordinators."""

import csv

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from infrastructure.admin_records import RecordInline
from infrastructure.images import set_logo
from infrastructure.uploads import UploadedImageField
from members import services
from members.models import (
    Application,
    Invitation,
    Organisation,
    Place,
    Role,
    Topic,
    User,
)


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "is_staff", "is_active"]
    list_filter = ["is_staff", "is_active", "groups"]
    search_fields = ["email", "first_name", "last_name"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Personal info"), {"fields": ["first_name", "last_name"]}),
        (
            _("Permissions"),
            {"fields": ["is_active", "is_staff", "is_superuser", "groups"]},
        ),
        (_("Important dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})
    ]
    filter_horizontal = ["groups"]


def spreadsheet_safe(value):
    """A cell a spreadsheet shows as text: never a formula someone typed in."""
    text = str(value)
    return f"'{text}" if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text


class RoleInline(admin.TabularInline):
    model = Role
    extra = 0
    autocomplete_fields = ["user"]
    fields = ["user", "kind", "created_at"]
    readonly_fields = ["created_at"]


class InvitationInline(RecordInline):
    model = Invitation
    fields = ["email", "role", "invited_by", "created_at", "expires_at", "accepted_at"]
    show_change_link = True


class SilentFilter(admin.SimpleListFilter):
    """Members that have not reported: the administration's work queue links
    here."""

    title = _("reporting")
    parameter_name = "silent_for"
    DAYS = 90

    def lookups(self, request, model_admin):
        return [(str(self.DAYS), _("no activity published in the last 90 days"))]

    def queryset(self, request, queryset):
        if self.value() != str(self.DAYS):
            return queryset
        silent = Organisation.objects.silent_for(self.DAYS)
        return queryset.filter(pk__in=silent.values("pk"))


@admin.register(Organisation)
class OrganisationAdmin(SimpleHistoryAdmin, TranslationAdmin):
    list_display = ["name", "kind", "status", "municipality", "eik", "joined_on"]
    list_filter = [
        "kind",
        "status",
        "benefit",
        "region",
        "municipality",
        "topics",
        "is_coordinator",
        SilentFilter,
    ]
    search_fields = ["name_bg", "name_en", "short_name_bg", "slug", "eik", "email"]
    readonly_fields = ["slug", "created_at", "updated_at"]
    filter_horizontal = ["topics"]
    inlines = [RoleInline, InvitationInline]
    history_list_display = ["status", "kind"]
    formfield_overrides = {models.ImageField: {"form_class": UploadedImageField}}
    actions = ["suspend", "reactivate", "mark_former", "export_csv"]
    fieldsets = [
        (None, {"fields": ["name", "short_name", "slug", "kind", "benefit", "eik"]}),
        (
            _("Membership of the network"),
            {"fields": ["status", "joined_on", "left_on", "is_coordinator"]},
        ),
        (
            _("Place and contacts"),
            {
                "fields": [
                    "region",
                    "municipality",
                    "settlement",
                    "address",
                    *Organisation.CONTACT_FIELDS,
                ]
            },
        ),
        (
            _("Profile"),
            {"fields": ["logo", "description", "mission", "topics", "founded_year"]},
        ),
        (_("Record"), {"fields": ["created_at", "updated_at"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("municipality")

    def has_delete_permission(self, request, obj=None):
        # Organisations are never deleted: a former member keeps its history.
        return False

    def save_model(self, request, obj, form, change):
        # A logo uploaded here is re-encoded like one an editor uploads.
        if "logo" in form.changed_data:
            upload = form.cleaned_data.get("logo")
            if upload:
                obj.save()  # the slug names the logo's files
                set_logo(obj, upload)
            else:
                obj.logo_small = obj.logo_medium = ""
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Suspend the selected members"), permissions=["change"])
    def suspend(self, request, queryset):
        self._change_each(
            request,
            queryset.filter(status=Organisation.Status.MEMBER),
            Organisation.suspend,
            ngettext_lazy(
                "%(count)d organisation suspended.",
                "%(count)d organisations suspended.",
                "count",
            ),
        )

    @admin.action(
        description=_("Reactivate the selected suspended members"),
        permissions=["change"],
    )
    def reactivate(self, request, queryset):
        self._change_each(
            request,
            queryset.filter(status=Organisation.Status.SUSPENDED),
            Organisation.reactivate,
            ngettext_lazy(
                "%(count)d organisation reactivated.",
                "%(count)d organisations reactivated.",
                "count",
            ),
        )

    @admin.action(
        description=_("Mark the selected organisations as former members"),
        permissions=["change"],
    )
    def mark_former(self, request, queryset):
        self._change_each(
            request,
            queryset.exclude(status=Organisation.Status.FORMER),
            Organisation.leave,
            ngettext_lazy(
                "%(count)d organisation is now a former member.",
                "%(count)d organisations are now former members.",
                "count",
            ),
        )

    def _change_each(self, request, organisations, change, done):
        """`change` each organisation, one by one (each keeps its history),
        and say how many (`done`, counted by "count")."""
        count = 0
        for organisation in organisations:
            change(organisation)
            count += 1
        self.message_user(request, done % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Export the selected organisations as CSV"))
    def export_csv(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        filename = f"registry-{timezone.localdate():%Y-%m-%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response.write("\ufeff")  # Spreadsheets read the file as UTF-8 then.
        # Semicolons: what spreadsheets expect where the decimal mark is a comma.
        writer = csv.writer(response, delimiter=";")
        writer.writerow(
            [
                _("name (Bulgarian)"),
                _("name (English)"),
                _("kind"),
                _("benefit"),
                _("ЕИК (UIC)"),
                _("network status"),
                _("member since"),
                _("left on"),
                _("region"),
                _("municipality"),
                _("town or village"),
                _("e-mail"),
                _("phone"),
                _("website"),
                _("topics"),
                _("address of the profile"),
            ]
        )
        for organisation in queryset.select_related(
            "region", "municipality"
        ).prefetch_related("topics"):
            row = [
                organisation.name_bg,
                organisation.name_en,
                organisation.get_kind_display(),
                organisation.get_benefit_display(),
                organisation.eik or "",
                organisation.get_status_display(),
                organisation.joined_on or "",
                organisation.left_on or "",
                organisation.region.name,
                organisation.municipality.name if organisation.municipality else "",
                organisation.settlement,
                organisation.email,
                organisation.phone,
                organisation.website,
                ", ".join(topic.name for topic in organisation.topics.all()),
                request.build_absolute_uri(organisation.get_absolute_url()),
            ]
            writer.writerow([spreadsheet_safe(value) for value in row])
        return response


@admin.register(Application)
class ApplicationAdmin(SimpleHistoryAdmin):
    list_display = [
        "name",
        "kind",
        "municipality",
        "contact_email",
        "status",
        "submitted_at",
    ]
    list_filter = ["status", "kind", "municipality"]
    search_fields = ["name", "eik", "contact_email", "contact_name"]
    readonly_fields = [
        "submitted_at",
        "status",
        "decided_at",
        "decided_by",
        "organisation",
        "consent",
    ]
    filter_horizontal = ["topics"]
    actions = ["approve", "decline"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        # A decided application is a record, no longer a request.
        if obj is not None and not obj.is_pending:
            return False
        return super().has_change_permission(request, obj)

    @admin.action(
        description=_("Approve: create the organisation and invite its contact"),
        permissions=["change"],
    )
    def approve(self, request, queryset):
        approved = 0
        pending = queryset.filter(status=Application.Status.PENDING)
        # The first to apply is the first served, should two give one ЕИК.
        for application in pending.order_by("submitted_at"):
            try:
                services.approve_application(
                    application=application, by=request.user, request=request
                )
            except ValidationError as error:
                self.message_user(
                    request,
                    _("%(name)s could not be approved: %(error)s")
                    % {"name": application.name, "error": " ".join(error.messages)},
                    messages.ERROR,
                )
            else:
                approved += 1
        if not pending.exists() and not approved:
            self.message_user(
                request,
                _("Only pending applications can be approved."),
                messages.WARNING,
            )
        if approved:
            self.message_user(
                request,
                ngettext(
                    "%(count)d application approved; its contact is invited.",
                    "%(count)d applications approved; their contacts are invited.",
                    approved,
                )
                % {"count": approved},
                messages.SUCCESS,
            )

    @admin.action(
        description=_("Decline the selected applications"), permissions=["change"]
    )
    def decline(self, request, queryset):
        count = 0
        for application in queryset.filter(status=Application.Status.PENDING):
            services.decline_application(application=application, by=request.user)
            count += 1
        if not count:
            self.message_user(
                request,
                _("Only pending applications can be declined."),
                messages.WARNING,
            )
            return
        self.message_user(
            request,
            ngettext(
                "%(count)d application declined.",
                "%(count)d applications declined.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(Invitation)
class InvitationAdmin(SimpleHistoryAdmin):
    list_display = [
        "email",
        "organisation",
        "role",
        "created_at",
        "expires_at",
        "accepted_at",
    ]
    list_filter = ["role"]
    search_fields = ["email", "organisation__name_bg"]
    autocomplete_fields = ["organisation"]
    fields = ["organisation", "email", "role"]

    def has_change_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        invitation = services.invite(
            organisation=obj.organisation,
            email=obj.email,
            role=obj.role,
            invited_by=request.user,
            request=request,
        )
        obj.pk = invitation.pk


@admin.register(Role)
class RoleAdmin(SimpleHistoryAdmin):
    list_display = ["user", "organisation", "kind", "created_at"]
    list_filter = ["kind"]
    search_fields = ["user__email", "organisation__name_bg"]
    autocomplete_fields = ["user", "organisation"]


@admin.register(Topic)
class TopicAdmin(TranslationAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name_en"]}


@admin.register(Place)
class PlaceAdmin(TranslationAdmin):
    list_display = ["name", "kind", "code", "region"]
    list_filter = ["kind", "region"]
    search_fields = ["name_bg", "name_en", "code"]


# The reporting models have their own module; importing it registers them.
from members import activity_admin, practice_admin  # noqa: E402, F401

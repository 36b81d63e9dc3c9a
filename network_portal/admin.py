import csv

from allauth.account import views as account_views
from allauth.account.decorators import secure_admin_login
from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin

from infrastructure.images import store_drawing
from infrastructure.uploads import DocumentField, DrawingField
from network_portal import mail
from network_portal.models import (
    FailedEmail,
    IndicatorValue,
    ProjectIndicator,
    SiteSettings,
    Subscriber,
)
from network_portal.targets import progress

# The admin signs in, out and changes passwords through allauth: its rate
# limits, notifications and two-factor apply there too.
admin.site.login = secure_admin_login(admin.site.login)


def _password_change(request, extra_context=None):
    return redirect("account_change_password")


def _logout(request, extra_context=None):
    return account_views.logout(request)


admin.site.password_change = _password_change
admin.site.logout = _logout
admin.site.site_header = _("Synergy Network: coordination")
admin.site.site_title = _("Synergy Network")
admin.site.index_title = _("Coordination")
# Its home starts with what waits for the coordinators.
admin.site.index_template = "network_portal/admin/index.html"


# The logos the donors' rules ask for, and the name each file is kept under.
LOGOS = {"donor_logo": "donors", "programme_logo": "programme"}


class SiteSettingsForm(forms.ModelForm):
    donor_logo = DrawingField(label=_("Donors' logo"))
    programme_logo = DrawingField(label=_("Programme's logo"))

    class Meta:
        model = SiteSettings
        # The admin's fieldsets name the rest.
        fields = list(LOGOS)

    def clean(self):
        cleaned = super().clean()
        for field in LOGOS:
            if not cleaned.get(field):
                continue
            for language in ("bg", "en"):
                alt = f"{field}_alt_{language}"
                if alt in self.fields and not cleaned.get(alt):
                    self.add_error(
                        alt,
                        _(
                            "Say what the logo shows, for people who cannot "
                            "see it, in both languages."
                        ),
                    )
        return cleaned


@admin.register(SiteSettings)
class SiteSettingsAdmin(TranslationAdmin):
    form = SiteSettingsForm
    fieldsets = [
        (_("The network"), {"fields": ["network_name", "motto", "coordinator_name"]}),
        (_("Contact"), {"fields": ["contact_email", "address"]}),
        (
            _("Funding"),
            {
                "fields": [
                    "project_name",
                    "donors",
                    "programme",
                    "grant_reference",
                    "grant_amount",
                    "project_period",
                    ("project_starts_on", "project_ends_on"),
                    "funding_statement",
                    "disclaimer",
                ]
            },
        ),
        (
            _("The donors' visibility"),
            {
                "fields": [
                    "donor_logo",
                    "donor_logo_alt",
                    "programme_logo",
                    "programme_logo_alt",
                ],
                "description": _(
                    "Shown beside the funding statement: in the footer of "
                    "every page, on the transparency page and in the project "
                    "report. Without them the statement stands alone."
                ),
            },
        ),
    ]

    def save_model(self, request, obj, form, change):
        # A logo uploaded here is verified and re-encoded before it is kept,
        # and the one it replaces goes.
        for field, stem in LOGOS.items():
            if field not in form.changed_data:
                continue
            old = form.initial.get(field)
            upload = form.cleaned_data.get(field)
            if upload:
                store_drawing(obj, field, upload, max_side=600, stem=stem)
            if old:
                old.storage.delete(old.name)
        super().save_model(request, obj, form, change)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        return redirect(
            "admin:network_portal_sitesettings_change", SiteSettings.load().pk or 1
        )


@admin.register(FailedEmail)
class FailedEmailAdmin(admin.ModelAdmin):
    """E-mails the mail server did not take; `send_failed_mail` sends them
    again on its own, and a coordinator may try at once."""

    list_display = ["subject", "failed_at", "attempts", "error"]
    fields = ["subject", "failed_at", "attempts", "error"]
    readonly_fields = fields
    actions = ["send_again"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Send the chosen e-mails again"), permissions=["view"])
    def send_again(self, request, queryset):
        sent, failed = mail.send_again(queryset)
        self.message_user(
            request,
            _("%(sent)d sent, %(failed)d still failing.")
            % {"sent": sent, "failed": failed},
        )


class SubscriberStatusFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [("confirmed", _("confirmed")), ("pending", _("pending"))]

    def queryset(self, request, queryset):
        if self.value() == "confirmed":
            return queryset.filter(confirmed_at__isnull=False)
        if self.value() == "pending":
            return queryset.filter(confirmed_at__isnull=True)
        return queryset


def subscribers_csv(subscribers):
    """The confirmed subscribers as CSV, for the coordinators' mailing tool."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="subscribers.csv"'
    writer = csv.writer(response)
    writer.writerow(["email", "language", "confirmed_at"])
    for subscriber in subscribers.filter(confirmed_at__isnull=False).order_by(
        "confirmed_at"
    ):
        writer.writerow(
            [
                subscriber.email,
                subscriber.language,
                subscriber.confirmed_at.isoformat(),
            ]
        )
    return response


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    """The newsletter's subscribers: seen, exported, deleted; an address is
    the person's own to give, never typed in by a coordinator."""

    list_display = ["email", "language", "created_at", "confirmed_at"]
    list_filter = [SubscriberStatusFilter, "language"]
    search_fields = ["email"]
    fields = ["email", "language", "created_at", "confirmed_at"]
    readonly_fields = fields
    actions = ["export_csv"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.action(
        description=_("Export the chosen confirmed subscribers (CSV)"),
        permissions=["view"],
    )
    def export_csv(self, request, queryset):
        return subscribers_csv(queryset)

    def get_urls(self):
        export = path(
            "export/",
            self.admin_site.admin_view(require_safe(self.export_view)),
            name="network_portal_subscriber_export",
        )
        return [export, *super().get_urls()]

    def export_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        return subscribers_csv(Subscriber.objects.all())


class IndicatorValueInline(TranslationTabularInline):
    model = IndicatorValue
    extra = 0
    fields = ["measured_on", "value", "note", "evidence"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "evidence":
            # PDF and office files, checked by their content.
            return DocumentField(label=db_field.verbose_name, required=False)
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class ProjectIndicatorForm(forms.ModelForm):
    class Meta:
        model = ProjectIndicator
        fields = ["result_indicators"]

    def clean(self):
        cleaned = super().clean()
        summed = cleaned.get("source") == ProjectIndicator.Source.RESULTS
        if summed and not cleaned.get("result_indicators"):
            self.add_error(
                "result_indicators",
                _("Choose the result indicators whose values are summed."),
            )
        return cleaned


@admin.register(ProjectIndicator)
class ProjectIndicatorAdmin(SimpleHistoryAdmin, TranslationAdmin):
    """The project's indicators: what it promised, and how far it has come,
    shown beside each."""

    form = ProjectIndicatorForm
    list_display = [
        "name",
        "level",
        "baseline",
        "target",
        "actual",
        "share",
        "status",
        "is_headline",
    ]
    list_filter = ["level", "source", "is_headline"]
    fieldsets = [
        (None, {"fields": ["name", "definition", "level", "unit", "position"]}),
        (
            _("Promised"),
            {"fields": ["baseline", "target", "period_start", "period_end"]},
        ),
        (
            _("Reached"),
            {
                "fields": [
                    "source",
                    "counted",
                    "result_indicators",
                    "verified_only",
                    "is_headline",
                ],
                "description": _(
                    "Counted by the portal, summed from the members' results, "
                    "or the latest value you enter below with its evidence."
                ),
            },
        ),
    ]
    filter_horizontal = ["result_indicators"]
    inlines = [IndicatorValueInline]

    def get_changelist_instance(self, request):
        # Every row's progress at once: the same few queries for one
        # indicator or many.
        changelist = super().get_changelist_instance(request)
        rows = list(changelist.result_list.prefetch_related("result_indicators"))
        found = progress(rows, timezone.localdate())
        for row, reached in zip(rows, found, strict=True):
            row.progress = reached
        changelist.result_list = rows
        return changelist

    @admin.display(description=_("actual"))
    def actual(self, indicator):
        return indicator.progress.actual

    @admin.display(description=_("of the target"))
    def share(self, indicator):
        share = indicator.progress.share
        return "" if share is None else f"{share}%"

    @admin.display(description=_("progress"))
    def status(self, indicator):
        return indicator.progress.status_label

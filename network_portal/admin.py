from allauth.account import views as account_views
from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from network_portal import mail
from network_portal.models import FailedEmail, SiteSettings

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


@admin.register(SiteSettings)
class SiteSettingsAdmin(TranslationAdmin):
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
                    "funding_statement",
                    "disclaimer",
                ]
            },
        ),
    ]

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

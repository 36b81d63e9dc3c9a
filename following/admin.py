"""How people want to be told, for coordinators who answer a person's
request by other means (switch the digest off, change the language); and
which weeks' digests went. What people follow and the notifications
themselves are theirs alone and stay out of the admin."""

from django.contrib import admin

from following.models import DigestSent, Preferences


@admin.register(Preferences)
class PreferencesAdmin(admin.ModelAdmin):
    list_display = ["user", "language", "weekly_digest"]
    list_filter = ["weekly_digest", "language"]
    search_fields = ["user__email"]
    fields = ["user", "language", "weekly_digest", "off_in_site", "off_by_email"]
    readonly_fields = ["user", "off_in_site", "off_by_email"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user")

    def has_add_permission(self, request):
        return False  # made when the person first chooses


@admin.register(DigestSent)
class DigestSentAdmin(admin.ModelAdmin):
    list_display = ["user", "week", "sent_at"]
    date_hierarchy = "week"
    search_fields = ["user__email"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

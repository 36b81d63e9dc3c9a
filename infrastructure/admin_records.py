"""Records in the admin: what happened, shown with what it happened to and
never written there."""

from django.contrib import admin


class RecordInline(admin.TabularInline):
    """Rows shown as they were made: none added, changed or deleted here."""

    extra = 0
    can_delete = False

    def get_readonly_fields(self, request, obj=None):
        return self.fields

    def has_add_permission(self, request, obj=None):
        return False

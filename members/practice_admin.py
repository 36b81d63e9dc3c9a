"""Practices and their reuses in the admin: coordinators hide what should not
be public, and remove a reuse recorded in error."""

from django.contrib import admin
from modeltranslation.admin import TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin

from members.models import Practice, PracticeDocument, PracticePhoto, Reuse
from members.moderation_admin import PhotoInline, PublicationAdmin


class PracticePhotoInline(PhotoInline):
    model = PracticePhoto


class PracticeDocumentInline(TranslationTabularInline):
    model = PracticeDocument
    extra = 0
    fields = ["title", "file"]
    readonly_fields = ["file"]

    def has_add_permission(self, request, obj=None):
        return False  # documents are uploaded and checked by editors


class ReuseInline(admin.TabularInline):
    model = Reuse
    extra = 0
    fields = ["organisation", "note", "created_by", "created_at"]
    readonly_fields = ["organisation", "note", "created_by", "created_at"]

    def has_add_permission(self, request, obj=None):
        return False  # a member records its own reuse


@admin.register(Practice)
class PracticeAdmin(PublicationAdmin):
    list_display = ["title", "organisation", "state", "published_at"]
    list_filter = ["state", "in_project", "organisation", "topics"]
    search_fields = ["title_bg", "title_en", "organisation__name_bg", "slug"]
    filter_horizontal = ["topics", "activities"]
    inlines = [PracticePhotoInline, PracticeDocumentInline, ReuseInline]


@admin.register(Reuse)
class ReuseAdmin(SimpleHistoryAdmin):
    list_display = ["practice", "organisation", "created_at"]
    list_filter = ["organisation"]
    search_fields = ["practice__title_bg", "organisation__name_bg", "note"]
    readonly_fields = ["practice", "organisation", "note", "created_by", "created_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("practice", "organisation")

    def has_add_permission(self, request):
        return False

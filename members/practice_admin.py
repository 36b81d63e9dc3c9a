"""Practices and their reuses in the admin: coordinators hide what should not
be public, and remove a reuse recorded in error."""

from django.contrib import admin, messages
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin

from members.activity_admin import HideForm
from members.models import Practice, PracticeDocument, PracticePhoto, Reuse


class PracticePhotoInline(TranslationTabularInline):
    model = PracticePhoto
    extra = 0
    fields = ["image", "alt_text", "caption", "position"]
    readonly_fields = ["image"]

    def has_add_permission(self, request, obj=None):
        return False  # photos are uploaded, verified and re-encoded by editors


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
class PracticeAdmin(SimpleHistoryAdmin, TranslationAdmin):
    list_display = ["title", "organisation", "state", "published_at"]
    list_filter = ["state", "organisation", "topics"]
    search_fields = ["title_bg", "title_en", "organisation__name_bg", "slug"]
    # The state changes only through the actions, which keep its invariants.
    readonly_fields = [
        "slug",
        "state",
        "published_at",
        "hidden_reason",
        "hidden_by",
        "created_by",
        "created_at",
    ]
    filter_horizontal = ["topics", "activities"]
    inlines = [PracticePhotoInline, PracticeDocumentInline, ReuseInline]
    actions = ["hide", "restore"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("organisation")

    def has_add_permission(self, request):
        return False  # members share their own practices

    @admin.action(description=_("Hide the selected practices"), permissions=["change"])
    def hide(self, request, queryset):
        queryset = queryset.filter(state=Practice.State.PUBLISHED)
        if not queryset.exists():
            self.message_user(
                request, _("Only published practices can be hidden."), messages.WARNING
            )
            return None
        form = HideForm(request.POST if "reason" in request.POST else None)
        if form.is_valid():
            count = queryset.count()
            for practice in queryset:
                practice.hide(by=request.user, reason=form.cleaned_data["reason"])
            self.message_user(
                request,
                ngettext(
                    "%(count)d practice hidden.",
                    "%(count)d practices hidden.",
                    count,
                )
                % {"count": count},
                messages.SUCCESS,
            )
            return None
        return render(
            request,
            "admin/members/practice/hide.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Hide practices"),
                "practices": queryset,
                "form": form,
                "opts": self.model._meta,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )

    @admin.action(
        description=_("Publish the selected hidden practices again"),
        permissions=["change"],
    )
    def restore(self, request, queryset):
        hidden = queryset.filter(state=Practice.State.HIDDEN)
        count = hidden.count()
        for practice in hidden:
            practice.restore()
        self.message_user(
            request,
            ngettext(
                "%(count)d practice published again.",
                "%(count)d practices published again.",
                count,
            )
            % {"count": count},
            messages.SUCCESS if count else messages.WARNING,
        )


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

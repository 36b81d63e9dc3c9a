"""What members publish, in the admin: the coordinators' two moderation
actions (hide with a reason the editors see, and publish again), shared by
activities and practices, with what else their admins share."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import model_ngettext
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin


def counted(model, items):
    return {"count": len(items), "items": model_ngettext(model, len(items))}


class HideForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason, which the organisation's editors see"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ModerationActions:
    """Admin actions for a `Moderated` model, in words made of its
    `verbose_name_plural`, as Django's own actions are."""

    actions = ["hide", "restore"]

    @admin.action(
        description=_("Hide the selected %(verbose_name_plural)s"),
        permissions=["change"],
    )
    def hide(self, request, queryset):
        queryset = queryset.filter(state=self.model.State.PUBLISHED)
        if not queryset.exists():
            self.message_user(
                request, self.model.only_published_message(), messages.WARNING
            )
            return None
        form = HideForm(request.POST if "reason" in request.POST else None)
        names = {"verbose_name_plural": self.opts.verbose_name_plural}
        if form.is_valid():
            hidden = list(queryset)
            for item in hidden:
                item.hide(by=request.user, reason=form.cleaned_data["reason"])
            self.message_user(
                request,
                _("Hidden: %(count)d %(items)s.") % counted(self.model, hidden),
                messages.SUCCESS,
            )
            return None
        return render(
            request,
            "admin/moderation/hide.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Hide the selected %(verbose_name_plural)s") % names,
                "intro": _(
                    "The public will no longer see these %(verbose_name_plural)s. "
                    "Their editors see the reason."
                )
                % names,
                "items": queryset,
                "form": form,
                "opts": self.model._meta,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )

    @admin.action(
        description=_("Publish the selected hidden %(verbose_name_plural)s again"),
        permissions=["change"],
    )
    def restore(self, request, queryset):
        hidden = list(queryset.filter(state=self.model.State.HIDDEN))
        for item in hidden:
            item.restore()
        self.message_user(
            request,
            _("Published again: %(count)d %(items)s.") % counted(self.model, hidden),
            messages.SUCCESS if hidden else messages.WARNING,
        )


class PublicationAdmin(ModerationActions, SimpleHistoryAdmin, TranslationAdmin):
    """An activity's or a practice's admin: coordinators change and hide
    what members published, never add it."""

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

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("organisation")

    def has_add_permission(self, request):
        return False  # members publish their own


class PhotoInline(TranslationTabularInline):
    """A publication's photos; `model` names the kind's."""

    extra = 0
    fields = ["image", "alt_text", "caption", "position"]
    readonly_fields = ["image"]

    def has_add_permission(self, request, obj=None):
        return False  # photos are uploaded, verified and re-encoded by editors

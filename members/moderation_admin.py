"""The coordinators' two moderation actions, shared by what members publish:
hide with a reason the editors see, and publish again."""

from django import forms
from django.contrib import admin, messages
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _


class HideForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason, which the organisation's editors see"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ModerationActions:
    """Admin actions for a `Moderated` model. Each admin says, in its kind's
    words: `hide_title`, `hide_intro`, `only_published_message`, and the
    plural-aware `hidden_count` and `restored_count` (ngettext_lazy with a
    "count")."""

    actions = ["hide", "restore"]
    hide_title = hide_intro = hidden_count = restored_count = None

    @admin.action(
        description=_("Hide the selected %(verbose_name_plural)s"),
        permissions=["change"],
    )
    def hide(self, request, queryset):
        queryset = queryset.filter(state=self.model.State.PUBLISHED)
        if not queryset.exists():
            self.message_user(
                request, self.model.only_published_message, messages.WARNING
            )
            return None
        form = HideForm(request.POST if "reason" in request.POST else None)
        if form.is_valid():
            hidden = list(queryset)
            for item in hidden:
                item.hide(by=request.user, reason=form.cleaned_data["reason"])
            self.message_user(
                request,
                self.hidden_count % {"count": len(hidden)},
                messages.SUCCESS,
            )
            return None
        return render(
            request,
            "admin/moderation/hide.html",
            {
                **self.admin_site.each_context(request),
                "title": self.hide_title,
                "intro": self.hide_intro,
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
            self.restored_count % {"count": len(hidden)},
            messages.SUCCESS if hidden else messages.WARNING,
        )

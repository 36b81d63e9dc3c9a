"""Activities: the network's news for the public, and the member area where
editors post what their organisation did and achieved."""

from django.contrib import messages
from django.db import transaction
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import DetailView, ListView, TemplateView

from infrastructure.images import set_photo
from infrastructure.pagecache import SameForEveryone
from members.activity_forms import (
    ActivityFilterForm,
    ActivityForm,
    PhotoFormSet,
    ResultFormSet,
)
from members.models import Activity
from members.permissions import can_edit_organisation
from members.views.moderation import state_changer
from members.views.organisations import EditorMixin


class ActivityListView(SameForEveryone, ListView):
    template_name = "members/activities/list.html"
    context_object_name = "activities"
    paginate_by = 12

    def get_queryset(self):
        years = (
            Activity.objects.for_public()
            .annotate(year=ExtractYear("starts_on"))
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        )
        self.filters = ActivityFilterForm(self.request.GET or None, years=years)
        activities = Activity.objects.for_public().for_cards()
        return self.filters.apply(activities).order_by("-starts_on", "-published_at")

    def get_context_data(self, **kwargs):
        return super().get_context_data(filters=self.filters, **kwargs)


class ActivityDetailView(SameForEveryone, DetailView):
    """A published activity; its editors and coordinators also see drafts and
    hidden ones, as a preview."""

    template_name = "members/activities/detail.html"
    context_object_name = "activity"

    def get_queryset(self):
        return Activity.objects.select_related(
            "organisation", "place", "organisation__municipality"
        ).prefetch_related(
            "topics",
            "photos",
            "co_organisers",
            "institutions",
            "results__indicator",
        )

    def get_object(self, queryset=None):
        activity = super().get_object(queryset)
        visible = activity.is_published and activity.organisation.status != "applicant"
        if not visible and not can_edit_organisation(
            self.request.user, activity.organisation
        ):
            raise Http404
        return activity

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        results = list(self.object.results.all())
        context.update(
            can_edit=can_edit_organisation(self.request.user, self.object.organisation),
            numbers=[result for result in results if result.indicator_id],
            statements=[result for result in results if not result.indicator_id],
        )
        return context


class OrganisationActivitiesView(EditorMixin, TemplateView):
    template_name = "members/dashboard/activities.html"

    def get_context_data(self, **kwargs):
        activities = (
            self.organisation.activities.select_related("hidden_by")
            .prefetch_related("results")
            .order_by("-starts_on", "-created_at")
        )
        return super().get_context_data(activities=activities, **kwargs)


class ActivityFormMixin(EditorMixin):
    """The activity form with its photos and results, saved all or nothing."""

    template_name = "members/dashboard/activity_form.html"

    def forms(self, activity):
        data = self.request.POST if self.request.method == "POST" else None
        files = self.request.FILES if self.request.method == "POST" else None
        return (
            ActivityForm(data, instance=activity, organisation=self.organisation),
            PhotoFormSet(data, files, instance=activity, prefix="photos"),
            ResultFormSet(data, instance=activity, prefix="results"),
        )

    def render_forms(self, activity, form, photos, results):
        return self.render_to_response(
            self.get_context_data(
                activity=activity, form=form, photos=photos, results=results
            )
        )

    def get(self, request, *args, **kwargs):
        activity = self.get_activity()
        return self.render_forms(activity, *self.forms(activity))

    def post(self, request, *args, **kwargs):
        activity = self.get_activity()
        form, photos, results = self.forms(activity)
        valid = form.is_valid() & photos.is_valid() & results.is_valid()
        if "publish" in request.POST and activity.state == Activity.State.HIDDEN:
            form.add_error(
                None,
                _("A coordinator hid this activity; ask them to publish it again."),
            )
            valid = False
        if not valid:
            return self.render_forms(activity, form, photos, results)
        with transaction.atomic():
            activity = form.save(commit=False)
            activity.organisation = self.organisation
            activity.created_by = activity.created_by or request.user
            activity.save()
            form.save_m2m()
            for photo_form in photos.forms:
                if photo_form in photos.deleted_forms:
                    if photo_form.instance.pk:
                        photo_form.instance.delete()
                    continue
                upload = photo_form.cleaned_data.get("upload")
                if not upload and not photo_form.instance.pk:
                    continue
                photo = photo_form.save(commit=False)
                photo.activity = activity
                if upload:
                    set_photo(photo, upload)
                photo.save()
            results.instance = activity
            results.save()
            if "publish" in request.POST:
                activity.publish()
        if "publish" in request.POST:
            messages.success(request, _("The activity is published."))
        elif activity.is_draft:
            messages.success(request, _("The activity is saved as a draft."))
        else:
            messages.success(request, _("The activity is saved."))
        return redirect(
            "members_dashboard:activity_edit",
            slug=self.organisation.slug,
            pk=activity.pk,
        )


class ActivityCreateView(ActivityFormMixin, TemplateView):
    def get_activity(self):
        return Activity(organisation=self.organisation)


class ActivityEditView(ActivityFormMixin, TemplateView):
    def get_activity(self):
        return get_object_or_404(self.organisation.activities, pk=self.kwargs["pk"])


change_activity_state = state_changer(
    related="activities",
    list_url="members_dashboard:activities",
    published=gettext_lazy("The activity is published."),
    drafted=gettext_lazy(
        "The activity is back to draft: the public no longer sees it."
    ),
    not_a_draft=gettext_lazy(
        "Only drafts are deleted; unpublish a published activity instead."
    ),
)

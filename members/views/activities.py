"""Activities: the network's news for the public, and the member area where
editors post what their organisation did and achieved."""

from django.utils.translation import gettext_lazy

from members.activity_forms import (
    ActivityFilterForm,
    ActivityForm,
    PhotoFormSet,
    ResultFormSet,
)
from members.models import Activity, ActivityYear
from members.views.publishing import (
    OrganisationPublicationsView,
    PublicationDetailView,
    PublicationFormView,
    PublicationListView,
    state_changer,
)


class ActivityListView(PublicationListView):
    model = Activity
    title = gettext_lazy("News from the members")
    feed = "news_feed"
    ordering = ["-starts_on", "-published_at"]

    def filter_form(self, data):
        self.per_year = ActivityYear.objects.per_year()
        return ActivityFilterForm(data, years=self.per_year)

    def get_paginator(self, *args, **kwargs):
        paginator = super().get_paginator(*args, **kwargs)
        if not self.filters.is_filtered:
            # All the activities the public sees: the kept counts say how
            # many, without counting them.
            paginator.count = sum(self.per_year.values())
        return paginator


class ActivityDetailView(PublicationDetailView):
    model = Activity

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

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        results = list(self.object.results.all())
        context.update(
            numbers=[result for result in results if result.indicator_id],
            statements=[result for result in results if not result.indicator_id],
        )
        return context


class OrganisationActivitiesView(OrganisationPublicationsView):
    model = Activity
    ordering = ["-starts_on", "-created_at"]
    prefetch = ["results"]


class ActivityFormView(PublicationFormView):
    """An activity with its photos and results."""

    model = Activity
    form_class = ActivityForm
    formsets = {"photos": PhotoFormSet, "results": ResultFormSet}
    new_title = gettext_lazy("Report an activity")


change_activity_state = state_changer(Activity)

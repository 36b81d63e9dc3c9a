"""The personal parts of members' pages served from the page cache: the
edit links, shown to the organisation's editors only."""

from django.template.loader import render_to_string

from members.models import Activity, Organisation
from members.permissions import can_edit_organisation
from network_portal.page_cache import personal


@personal("edit-organisation")
def edit_organisation(request, pk):
    organisation = Organisation.objects.get(pk=pk)
    return render_to_string(
        "members/_edit_profile.html",
        {
            "organisation": organisation,
            "can_edit": can_edit_organisation(request.user, organisation),
        },
    )


@personal("edit-activity")
def edit_activity(request, pk):
    activity = Activity.objects.select_related("organisation").get(pk=pk)
    return render_to_string(
        "members/activities/_edit_link.html",
        {
            "activity": activity,
            "can_edit": can_edit_organisation(request.user, activity.organisation),
        },
    )

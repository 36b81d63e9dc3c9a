"""The personal parts of members' pages served from the page cache: the
edit links, shown to the organisation's editors only, and the form with which
another member says it applied a practice too."""

from django.template.loader import render_to_string

from infrastructure.pagecache import personal, remember, render_personal
from members.models import Activity, Organisation, Practice, Reuse, Role
from members.permissions import is_coordinator, reusing_organisations
from members.practice_forms import ReuseForm


def edits_for(user, organisation_id):
    """`can_edit_organisation`, answered from the person's roles, which are
    kept until the data changes: most people who look edit nothing, and
    should not cost a query for it."""
    if is_coordinator(user):
        return True
    if not user.is_authenticated or not user.is_active:
        return False
    roles = remember(
        f"roles:{user.pk}",
        lambda: set(
            Role.objects.filter(user=user).values_list("organisation_id", "kind")
        ),
    )
    return (organisation_id, Role.Kind.EDITOR) in roles


@personal("edit-organisation")
def edit_organisation(request, pk):
    if not edits_for(request.user, int(pk)):
        return ""
    organisation = remember(
        f"organisation-personal:{pk}",
        lambda: Organisation.objects.only("pk", "slug").get(pk=pk),
    )
    return render_to_string(
        "members/_edit_profile.html",
        {"organisation": organisation, "can_edit": True},
    )


@personal("edit-activity")
def edit_activity(request, pk):
    activity = remember(
        f"activity-personal:{pk}",
        lambda: (
            Activity.objects.select_related("organisation")
            .only("pk", "organisation__slug")
            .get(pk=pk)
        ),
    )
    if not edits_for(request.user, activity.organisation_id):
        return ""
    return render_to_string(
        "members/activities/_edit_link.html",
        {"activity": activity, "can_edit": True},
    )


def _practice(pk):
    return remember(
        f"practice-personal:{pk}",
        lambda: (
            Practice.objects.select_related("organisation")
            .only("pk", "slug", "state", "organisation__slug")
            .get(pk=pk)
        ),
    )


@personal("edit-practice")
def edit_practice(request, pk):
    practice = _practice(pk)
    if not edits_for(request.user, practice.organisation_id):
        return ""
    return render_to_string(
        "members/practices/_edit_link.html",
        {"practice": practice, "can_edit": True},
    )


def reuse_context(practice, user, form=None):
    """What a person may say on a practice's page: for which of their
    organisations “we applied this too”, and which they may withdraw."""
    if not user.is_authenticated:
        return {"practice": practice, "reuse_form": None, "reused_by_mine": []}
    mine = list(reusing_organisations(user, practice))
    if not mine:
        return {"practice": practice, "reuse_form": None, "reused_by_mine": []}
    reused = set(
        Reuse.objects.filter(practice=practice, organisation__in=mine).values_list(
            "organisation_id", flat=True
        )
    )
    not_yet = [organisation for organisation in mine if organisation.pk not in reused]
    if form is None and not_yet:
        form = ReuseForm(
            organisations=Organisation.objects.filter(pk__in=[o.pk for o in not_yet]),
            auto_id="reuse_%s",
        )
        form.fields["organisation"].choices = [(o.pk, o.name) for o in not_yet]
    return {
        "practice": practice,
        "reuse_form": form,
        "reuse_for": not_yet[0] if len(not_yet) == 1 else None,
        "reused_by_mine": [o for o in mine if o.pk in reused],
    }


@personal("practice-reuse")
def practice_reuse(request, pk):
    """“We applied this too”, for editors of other member organisations."""
    practice = _practice(pk)
    return render_personal(
        "members/practices/_reuse.html",
        request,
        reuse_context(practice, request.user),
    )

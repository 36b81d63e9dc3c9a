"""Every change to the registry and to what members report is kept, with who
made it: an account of the network's work that no one can quietly rewrite."""

import pytest
from django.apps import apps

from causes.models import Cause

pytestmark = pytest.mark.django_db

# The registry, and the reports of what members and the network do.
KEPT = [
    "members.Organisation",
    "members.Role",
    "members.Invitation",
    "members.Application",
    "members.Activity",
    "members.ActivityPhoto",
    "members.Result",
    "members.Indicator",
    "members.Institution",
    "causes.Cause",
    "causes.Milestone",
    "causes.Initiative",
    "events.Meeting",
    "events.Decision",
]


@pytest.mark.parametrize("label", KEPT)
def test_the_model_keeps_its_history(label):
    model = apps.get_model(label)

    assert hasattr(model._meta, "simple_history_manager_attribute"), label


def test_an_editors_change_to_a_cause_is_kept_with_their_name(client, cause, owner):
    client.force_login(owner)

    response = client.post(
        f"/en/causes/{cause.slug}/edit/",
        {
            "title_bg": "Достъпен град",
            "title_en": "An accessible town",
            "summary_bg": "Рампи навсякъде.",
            "summary_en": "Ramps everywhere.",
            "description_bg": "",
            "description_en": "",
            "image_alt_bg": "",
            "image_alt_en": "",
        },
    )

    assert response.status_code == 302
    latest = Cause.revisions.filter(id=cause.pk).latest("history_date")
    assert latest.title_bg == "Достъпен град"
    assert latest.history_user == owner
    assert latest.prev_record.title_bg == "Достъпна градска среда"
    # The statuses of a cause are still its `history`.
    assert list(cause.history.all()) == list(
        cause.history.model.objects.filter(cause=cause)
    )


def test_a_coordinator_reads_a_causes_history_in_the_admin(coordinator_client, cause):
    cause.title_bg = "Ново заглавие"
    cause.save()

    page = coordinator_client.get(f"/admin/causes/cause/{cause.pk}/history/")

    assert page.status_code == 200
    content = page.content.decode()
    assert "Ново заглавие" in content  # the change
    assert "Достъпна градска среда" in content  # and what was there before

"""Coordinators keep the indicator catalogue, verify results and hide what
should not be public."""

import pytest

from members.models import Activity, Result
from tests.factories import ActivityFactory, ResultFactory

pytestmark = pytest.mark.django_db


def test_hiding_asks_for_a_reason_first(coordinator_client):
    activity = ActivityFactory()

    response = coordinator_client.post(
        "/admin/members/activity/",
        {"action": "hide", "_selected_action": [activity.pk]},
    )

    activity.refresh_from_db()
    page = response.content.decode()
    assert response.status_code == 200
    assert 'name="reason"' in page
    assert "<h1>Скриване на избраните дейности</h1>" in page
    assert "Посетителите вече няма да виждат тези дейности." in page
    assert activity.state == Activity.State.PUBLISHED


def test_a_coordinator_hides_an_activity_with_a_reason(coordinator_client, coordinator):
    activity = ActivityFactory()

    response = coordinator_client.post(
        "/admin/members/activity/",
        {
            "action": "hide",
            "_selected_action": [activity.pk],
            "reason": "Снимка без съгласие.",
        },
        follow=True,
    )

    activity.refresh_from_db()
    assert "Скрити: 1 дейност." in response.content.decode()
    assert activity.state == Activity.State.HIDDEN
    assert activity.hidden_reason == "Снимка без съгласие."
    assert activity.hidden_by == coordinator


def test_only_published_activities_are_hidden(coordinator_client):
    draft = ActivityFactory(state=Activity.State.DRAFT)

    response = coordinator_client.post(
        "/admin/members/activity/",
        {"action": "hide", "_selected_action": [draft.pk], "reason": "Спам."},
        follow=True,
    )

    draft.refresh_from_db()
    assert draft.state == Activity.State.DRAFT
    assert "Могат да се скриват само публикувани дейности." in response.content.decode()


def test_a_coordinator_publishes_a_hidden_activity_again(coordinator_client):
    activity = ActivityFactory()
    activity.hide(by=None, reason="x")

    response = coordinator_client.post(
        "/admin/members/activity/",
        {"action": "restore", "_selected_action": [activity.pk]},
        follow=True,
    )

    activity.refresh_from_db()
    assert "Публикувани отново: 1 дейност." in response.content.decode()
    assert activity.state == Activity.State.PUBLISHED


def test_a_coordinator_verifies_results(coordinator_client, coordinator):
    result = ResultFactory()

    coordinator_client.post(
        "/admin/members/result/", {"action": "verify", "_selected_action": [result.pk]}
    )

    result.refresh_from_db()
    assert result.verified_by == coordinator
    assert result.verified_at is not None


@pytest.mark.parametrize(
    "path",
    [
        "/admin/members/activity/",
        "/admin/members/result/",
        "/admin/members/indicator/",
        "/admin/members/institution/",
        "/admin/members/institution/add/",
        "/admin/members/indicator/add/",
    ],
)
def test_coordinator_opens_the_reporting_pages(coordinator_client, path):
    ResultFactory()

    assert coordinator_client.get(path).status_code == 200


def test_coordinator_sees_an_activitys_change_page_and_history(coordinator_client):
    activity = ActivityFactory()
    ResultFactory(activity=activity)

    change = coordinator_client.get(f"/admin/members/activity/{activity.pk}/change/")
    history = coordinator_client.get(f"/admin/members/activity/{activity.pk}/history/")

    assert change.status_code == history.status_code == 200
    assert change.context["original"] == activity
    inlines = {
        inline.formset.model: inline.formset.initial_form_count()
        for inline in change.context["inline_admin_formsets"]
    }
    assert inlines[Result] == 1  # its result, to verify
    assert history.context["object"] == activity
    records = history.context["page_obj"].object_list
    assert [record.history_type for record in records] == ["+"]


def test_indicator_catalogue_ships_with_the_defaults():
    from members.models import Indicator

    assert list(Indicator.objects.values_list("slug", flat=True)) == [
        "people-reached",
        "volunteers",
        "participants-trained",
        "proposals",
        "agreements",
        "media",
        "funds-raised",
    ]

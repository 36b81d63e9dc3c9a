"""Activities: what members report, who may change it, what the public sees."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import ProtectedError
from PIL import Image

from members.models import Activity, ActivityPhoto, Result
from tests.factories import (
    ActivityFactory,
    OrganisationFactory,
    ResultFactory,
    indicator,
    place,
    topic,
)
from tests.markup import definitions, parse, rows

pytestmark = pytest.mark.django_db


def photo(name="photo.jpg", size=(2400, 1600)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "#b4410f").save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue())


def activity_data(**overrides):
    data = {
        "title_bg": "Почистване на парка",
        "title_en": "Park clean-up",
        "summary_bg": "Почистихме парка.",
        "summary_en": "We cleaned the park.",
        "body_bg": "",
        "body_en": "",
        "kind": "volunteering",
        "starts_on": "2026-05-10",
        "ends_on": "",
        "place": place("stara-zagora").pk,
        "location_bg": "",
        "location_en": "",
        "topics": [topic("environment").pk],
        "photos-TOTAL_FORMS": "2",
        "photos-INITIAL_FORMS": "0",
        "photos-MIN_NUM_FORMS": "0",
        "photos-MAX_NUM_FORMS": "12",
        "results-TOTAL_FORMS": "3",
        "results-INITIAL_FORMS": "0",
        "results-MIN_NUM_FORMS": "0",
        "results-MAX_NUM_FORMS": "20",
    }
    data.update(overrides)
    return data


def new_url(organisation):
    return f"/dashboard/organisations/{organisation.slug}/activities/new/"


def state_url(activity, action):
    return (
        f"/dashboard/organisations/{activity.organisation.slug}/activities/"
        f"{activity.pk}/{action}/"
    )


# The model


def test_slug_is_transliterated_and_unique():
    first = ActivityFactory(title="Празник на общността")
    second = ActivityFactory(title="Празник на общността")

    assert first.slug == "praznik-na-obshtnostta"
    assert second.slug == "praznik-na-obshtnostta-2"


def test_a_published_activity_is_never_deleted():
    activity = ActivityFactory()

    with pytest.raises(ProtectedError):
        activity.delete()


def test_a_hidden_activity_cannot_be_published_by_its_editors():
    from django.core.exceptions import ValidationError

    activity = ActivityFactory()
    activity.hide(by=None, reason="Лични данни на снимка.")

    with pytest.raises(ValidationError):
        activity.publish()


def test_totals_add_up_per_indicator_verified_and_self_reported_apart(coordinator):
    ResultFactory(value=100).verify(by=coordinator)
    ResultFactory(value=50)
    ResultFactory(indicator=indicator("funds-raised"), value=1200)

    totals = {t.indicator.slug: t for t in Result.objects.public().totals()}

    assert totals["people-reached"].verified == 100
    assert totals["people-reached"].self_reported == 50
    assert totals["people-reached"].value == 150
    assert totals["funds-raised"].value == 1200


def test_results_of_unpublished_activities_are_not_public():
    ResultFactory(activity=ActivityFactory(draft=True))

    assert Result.objects.public().totals() == []


def test_results_of_an_applicants_activities_are_not_public():
    applicant = OrganisationFactory(status="applicant")
    ResultFactory(activity=ActivityFactory(organisation=applicant), value=40)
    ResultFactory(value=7)

    assert [total.value for total in Result.objects.public().totals()] == [7]


# The member area, for the owner, another member and an outsider


def test_the_owner_reports_an_activity_with_two_photos_and_three_results(
    client, owner, organisation
):
    client.force_login(owner)
    data = activity_data(
        **{
            "photos-0-upload": photo(),
            "photos-0-alt_text_bg": "Доброволци с чували",
            "photos-1-upload": photo("second.jpg"),
            "photos-1-alt_text_bg": "Новите дървета",
            "photos-1-caption_bg": "Парк „Аязмото“",
            "results-0-indicator": indicator("volunteers").pk,
            "results-0-value": "24",
            "results-1-indicator": indicator("people-reached").pk,
            "results-1-value": "300",
            "results-2-statement_bg": "Общината ще поддържа новите дървета.",
            "publish": "",
        }
    )

    response = client.post(new_url(organisation), data)

    activity = Activity.objects.get()
    assert response.status_code == 302
    assert activity.organisation == organisation
    assert activity.state == Activity.State.PUBLISHED
    assert activity.created_by == owner
    assert activity.photos.count() == 2
    assert activity.results.count() == 3
    first = activity.photos.first()
    with Image.open(first.image.path) as full:
        assert max(full.size) == 1600
    with Image.open(first.image_small.path) as small:
        assert small.format == "WEBP"


def test_saving_without_publishing_keeps_a_draft(client, owner, organisation):
    client.force_login(owner)

    client.post(new_url(organisation), activity_data(save=""))

    assert Activity.objects.get().state == Activity.State.DRAFT


@pytest.mark.parametrize("persona", ["other_member", "outsider"])
def test_others_cannot_report_for_the_organisation(
    client, request, organisation, persona
):
    client.force_login(request.getfixturevalue(persona))

    response = client.post(new_url(organisation), activity_data())

    assert response.status_code == 403
    assert not Activity.objects.exists()


def test_a_photo_without_alternative_text_is_refused_and_nothing_saved(
    client, owner, organisation
):
    client.force_login(owner)

    response = client.post(
        f"/en{new_url(organisation)}", activity_data(**{"photos-0-upload": photo()})
    )

    assert response.status_code == 200
    assert not Activity.objects.exists()
    assert not ActivityPhoto.objects.exists()
    assert "Describe the photo" in response.content.decode()


def test_an_svg_photo_is_refused(client, owner, organisation):
    client.force_login(owner)
    svg = SimpleUploadedFile("x.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>')

    response = client.post(
        f"/en{new_url(organisation)}",
        activity_data(**{"photos-0-upload": svg, "photos-0-alt_text_bg": "x"}),
    )

    assert "SVG is not accepted" in response.content.decode()
    assert not Activity.objects.exists()


def test_a_number_needs_an_indicator_and_cannot_be_negative(
    client, owner, organisation
):
    client.force_login(owner)

    response = client.post(
        f"/en{new_url(organisation)}",
        activity_data(
            **{
                "results-0-value": "5",
                "results-1-indicator": indicator("volunteers").pk,
                "results-1-value": "-3",
            }
        ),
    )

    content = response.content.decode()
    assert "Choose what the number measures." in content
    assert "A result cannot be negative." in content
    assert not Activity.objects.exists()


def test_the_error_summary_numbers_each_result_and_links_to_its_field(
    client, owner, organisation
):
    client.force_login(owner)

    response = client.post(
        f"/en{new_url(organisation)}",
        activity_data(
            title_bg="",
            **{
                "results-1-indicator": indicator("volunteers").pk,
                "results-1-value": "-3",
            },
        ),
    )

    summary = response.content.decode().split('class="form"')[0]
    assert (
        '<a href="#id_title_bg">Title (in Bulgarian): This field is required.</a>'
        in (summary)
    )
    assert (
        '<a href="#id_results-1-value">Result 2, Value: A result cannot be negative.'
        in summary
    )


def test_an_activity_cannot_end_before_it_starts(client, owner, organisation):
    client.force_login(owner)

    response = client.post(
        f"/en{new_url(organisation)}", activity_data(ends_on="2026-05-01")
    )

    assert "cannot end before it starts" in response.content.decode()
    assert not Activity.objects.exists()


def test_the_owner_publishes_unpublishes_and_deletes_a_draft(
    client, owner, organisation
):
    activity = ActivityFactory(organisation=organisation, draft=True)
    client.force_login(owner)

    client.post(state_url(activity, "publish"))
    activity.refresh_from_db()
    assert activity.state == Activity.State.PUBLISHED

    client.post(state_url(activity, "delete"))
    assert Activity.objects.filter(pk=activity.pk).exists()

    client.post(state_url(activity, "unpublish"))
    client.post(state_url(activity, "delete"))
    assert not Activity.objects.filter(pk=activity.pk).exists()


@pytest.mark.parametrize("persona", ["other_member", "outsider"])
@pytest.mark.parametrize("action", ["publish", "unpublish", "delete"])
def test_others_cannot_change_an_activitys_state(
    client, request, organisation, persona, action
):
    activity = ActivityFactory(organisation=organisation, draft=True)
    client.force_login(request.getfixturevalue(persona))

    response = client.post(state_url(activity, action))

    assert response.status_code == 403
    activity.refresh_from_db()
    assert activity.state == Activity.State.DRAFT


def test_editors_see_why_a_coordinator_hid_their_activity(client, owner, organisation):
    activity = ActivityFactory(organisation=organisation)
    activity.hide(by=None, reason="Снимката показва деца без съгласие.")
    client.force_login(owner)

    response = client.get(f"/dashboard/organisations/{organisation.slug}/activities/")

    assert "Снимката показва деца без съгласие." in response.content.decode()


# The public


def test_news_lists_published_activities_newest_first(client):
    old = ActivityFactory(starts_on="2025-03-01")
    new = ActivityFactory(starts_on="2026-03-01")
    ActivityFactory(draft=True)
    hidden = ActivityFactory()
    hidden.hide(by=None, reason="x")

    response = client.get("/activities/")

    assert list(response.context["activities"]) == [new, old]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=training", ["Обучение"]),
        ("year=2025", ["Обучение"]),
        ("topic=youth", ["Празник"]),
        ("organisation=sdruzhenie-zelena-bulgaria", ["Празник", "Съвместно"]),
    ],
)
def test_news_filters(client, organisation, query, expected):
    other = OrganisationFactory()
    ActivityFactory(
        title="Празник", organisation=organisation, starts_on="2026-06-01",
        topics=[topic("youth")],
    )  # fmt: skip
    ActivityFactory(
        title="Обучение", organisation=other, kind="training", starts_on="2025-06-01"
    )
    joint = ActivityFactory(
        title="Съвместно", organisation=other, starts_on="2026-01-01"
    )
    joint.co_organisers.add(organisation)

    response = client.get(f"/activities/?{query}")

    assert [a.title for a in response.context["activities"]] == expected


def test_the_activity_page_shows_photos_results_and_co_organisers(client, organisation):
    activity = ActivityFactory(title_en="Park clean-up")
    activity.co_organisers.add(organisation)
    ResultFactory(activity=activity, value=300)

    response = client.get(f"/en/activities/{activity.slug}/")

    content = response.content.decode()
    page = parse(content)
    assert page.find("h1").text == "Park clean-up"
    together = definitions(page.find("aside", class_="profile__facts").find("dl"))
    assert together["Together with"] == organisation.name_en
    # The figure in its row: the indicator, the value with its unit, unchecked.
    assert rows(page.find("table")) == [
        ["Indicator", "Value", "Checked"],
        ["People reached", "300 people", "reported by the organisation"],
    ]
    assert '"@type": "Event"' in content


def test_a_draft_is_a_preview_for_its_editors_and_404_for_others(
    client, owner, other_member, organisation
):
    activity = ActivityFactory(organisation=organisation, draft=True)

    url = f"/en{activity.get_absolute_url()}"
    assert client.get(url).status_code == 404
    client.force_login(other_member)
    assert client.get(url).status_code == 404
    client.force_login(owner)
    preview = client.get(url)
    assert preview.status_code == 200
    assert "Preview of a draft: the public does not see it yet." in preview.text
    assert parse(preview.text).find("h1").text == activity.title_en


def test_a_co_organiser_sees_the_activity_on_its_profile(client, organisation):
    activity = ActivityFactory(title="Съвместна акция")
    activity.co_organisers.add(organisation)
    ResultFactory(activity=activity, value=40)

    response = client.get(organisation.get_absolute_url())

    assert activity in response.context["activities"]
    assert response.context["totals"][0].value == 40


def test_a_hidden_activity_disappears_from_the_public(client, organisation):
    activity = ActivityFactory(organisation=organisation)

    activity.hide(by=None, reason="x")

    assert client.get(activity.get_absolute_url()).status_code == 404
    assert activity not in client.get("/activities/").context["activities"]
    assert (
        activity
        not in client.get(organisation.get_absolute_url()).context["activities"]
    )


def test_the_home_page_shows_the_latest_news(client):
    activity = ActivityFactory(title="Последна новина")

    response = client.get("/")

    assert activity in response.context["latest_news"]


def test_an_edited_verified_result_is_no_longer_verified(
    client, owner, organisation, coordinator
):
    activity = ActivityFactory(organisation=organisation)
    result = ResultFactory(activity=activity, value=35)
    result.verify(by=coordinator)
    client.force_login(owner)
    url = f"/dashboard/organisations/{organisation.slug}/activities/{activity.pk}/"
    data = activity_data(
        title_bg=activity.title_bg,
        **{
            "results-TOTAL_FORMS": "1",
            "results-INITIAL_FORMS": "1",
            "results-0-id": result.pk,
            "results-0-activity": activity.pk,
            "results-0-indicator": result.indicator.pk,
            "results-0-value": "3500",
            "photos-TOTAL_FORMS": "0",
        },
    )

    client.post(url, data)

    result.refresh_from_db()
    assert result.value == 3500
    assert result.verified_at is None
    assert result.verified_by is None


def test_a_hidden_activity_cannot_be_republished_from_the_form(
    client, owner, organisation
):
    activity = ActivityFactory(organisation=organisation)
    activity.hide(by=None, reason="x")
    client.force_login(owner)
    url = f"/en/dashboard/organisations/{organisation.slug}/activities/{activity.pk}/"

    response = client.post(url, activity_data(title_bg=activity.title_bg, publish=""))

    activity.refresh_from_db()
    assert response.status_code == 200
    assert "ask them to publish it again" in response.content.decode()
    assert activity.state == Activity.State.HIDDEN


def test_only_published_activities_can_be_hidden():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        ActivityFactory(draft=True).hide(by=None, reason="x")


def test_deleting_a_draft_deletes_its_photo_files(client, owner, organisation):
    client.force_login(owner)
    client.post(
        new_url(organisation),
        activity_data(**{"photos-0-upload": photo(), "photos-0-alt_text_bg": "Снимка"}),
    )
    activity = Activity.objects.get()
    paths = [activity.photos.get().image.path, activity.photos.get().image_small.path]

    client.post(state_url(activity, "delete"))

    import os

    assert not any(os.path.exists(path) for path in paths)


def test_the_news_list_names_the_organisation_chosen_without_listing_every_member(
    client, organisation
):
    OrganisationFactory(name="Друга организация")

    page = client.get(f"/en/activities/?organisation={organisation.slug}")

    content = page.content.decode()
    assert f'href="{organisation.get_absolute_url()}"' in content
    assert f'type="hidden" name="organisation" value="{organisation.slug}"' in content
    assert "Друга организация" not in content


# The editor's way


def test_the_member_area_offers_to_report_an_activity_first(
    client, owner, organisation
):
    client.force_login(owner)

    page = parse(client.get("/dashboard/").content.decode())

    (buttons,) = page.find_all("div", class_="button-group")
    first = buttons.elements[0]
    assert first.attrs["href"] == new_url(organisation)
    assert first.text.startswith("Добавете дейност")


def test_the_activity_form_is_short_and_marks_what_is_required(
    client, owner, organisation
):
    client.force_login(owner)

    page = parse(client.get(new_url(organisation)).content.decode())

    required = {
        label.attrs["for"] for label in page.find_all("label", class_="required")
    }
    assert {"id_title_bg", "id_summary_bg", "id_kind", "id_starts_on"} <= required
    assert "id_title_en" not in required
    (details,) = page.find_all("details", class_="form__more")
    folded = {label.attrs.get("for") for label in details.find_all("label")}
    assert {"id_ends_on", "id_location_bg", "id_co_organisers_0"} & folded
    assert "open" not in details.attrs
    # One empty photo block, the file first, nothing to delete in it.
    (photos,) = [
        div for div in page.find_all("div") if div.attrs.get("data-formset") == "photos"
    ]
    (block,) = photos.find_all("div", class_="formset__item")
    inputs = [i.attrs["name"] for i in block.find_all("input")]
    assert inputs[0] == "photos-0-upload"
    assert not [name for name in inputs if name.endswith("DELETE")]


def test_after_an_error_photos_are_asked_for_again_only_if_some_were_chosen(
    client, owner, organisation
):
    client.force_login(owner)
    again = "Избраните снимки не се запазват"

    without = client.post(new_url(organisation), activity_data(title_bg=""))
    with_photo = client.post(
        new_url(organisation),
        activity_data(
            title_bg="",
            **{"photos-0-upload": photo(), "photos-0-alt_text_bg": "Снимка"},
        ),
    )

    assert without.status_code == with_photo.status_code == 200
    assert again not in without.content.decode()
    assert again in with_photo.content.decode()
    assert not Activity.objects.exists()

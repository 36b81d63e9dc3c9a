"""The practice library: the public pages, the member area where editors
share practices, and “we applied this too” from other members."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError
from django.db.models import ProtectedError
from django.test import Client
from django.urls import reverse
from PIL import Image

from members.models import Practice, PracticeDocument, PracticePhoto, Reuse
from network_portal.models import SearchEntry
from tests.factories import (
    ActivityFactory,
    OrganisationFactory,
    PracticeFactory,
    ResultFactory,
    topic,
)
from tests.markup import parse

pytestmark = pytest.mark.django_db


def practice_form(**changes):
    data = {
        "title_bg": "Квартални срещи с кмета",
        "title_en": "Neighbourhood meetings with the mayor",
        "summary_bg": "Всеки месец жителите питат, кметът отговаря.",
        "summary_en": "",
        "problem_bg": "Хората не знаят към кого да се обърнат.",
        "problem_en": "",
        "approach_bg": "1. Договаряме дата.\n2. Каним съседите.",
        "approach_en": "",
        "needs_people_bg": "Двама доброволци",
        "contact_name": "Мария",
        "contact_email": "maria@example.org",
        "photos-TOTAL_FORMS": "0",
        "photos-INITIAL_FORMS": "0",
        "documents-TOTAL_FORMS": "0",
        "documents-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return data


def png(name="photo.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


# The model ------------------------------------------------------------------


def test_a_practice_gets_a_transliterated_slug(organisation):
    practice = PracticeFactory(organisation=organisation, title="Зелен двор")

    assert practice.slug == "zelen-dvor"


def test_a_published_practice_is_hidden_never_deleted(organisation):
    practice = PracticeFactory(organisation=organisation)

    with pytest.raises(ProtectedError, match="не се изтриват, а само се скриват"):
        practice.delete()


def test_an_organisation_cannot_reuse_its_own_practice(organisation):
    practice = PracticeFactory(organisation=organisation)

    with pytest.raises(ValidationError):
        practice.record_reuse(organisation=organisation, note="", by=None)
    with pytest.raises(ValidationError):
        Reuse(practice=practice, organisation=organisation).full_clean()


def test_an_organisation_reuses_a_practice_once(organisation, other_organisation):
    practice = PracticeFactory(organisation=organisation)
    Reuse.objects.create(practice=practice, organisation=other_organisation)

    with pytest.raises(IntegrityError):
        Reuse.objects.create(practice=practice, organisation=other_organisation)


def test_a_hidden_practice_is_not_published_again_by_its_editors(
    organisation, coordinator
):
    practice = PracticeFactory(organisation=organisation)
    practice.hide(by=coordinator, reason="Лични данни")

    with pytest.raises(ValidationError):
        practice.publish()


def test_a_published_practice_is_found_by_the_site_search(organisation):
    practice = PracticeFactory(organisation=organisation, title="Градина за всички")

    entries = SearchEntry.objects.filter(kind="practice", object_id=practice.pk)

    assert entries.count() == 2
    practice.unpublish()
    assert not SearchEntry.objects.filter(kind="practice").exists()


# The public pages -----------------------------------------------------------


def test_the_library_lists_published_practices_newest_first(client, organisation):
    PracticeFactory(organisation=organisation, title="Стара практика")
    PracticeFactory(organisation=organisation, title="Нова практика")
    PracticeFactory(organisation=organisation, title="Чернова", draft=True)
    PracticeFactory(
        organisation=OrganisationFactory(status="applicant"), title="Кандидат"
    )

    response = client.get("/practices/")

    titles = [practice.title for practice in response.context["practices"]]
    assert titles == ["Нова практика", "Стара практика"]


def test_the_library_filters_by_topic_and_words(client, organisation):
    PracticeFactory(
        organisation=organisation, title="Училищна градина", topics=[topic("youth")]
    )
    PracticeFactory(organisation=organisation, title="Улично осветление")

    by_topic = client.get("/practices/?topic=youth")
    by_words = client.get("/practices/?q=градина")
    by_capitalised_word = client.get("/en/practices/?q=училищна")

    assert [p.title_bg for p in by_topic.context["practices"]] == ["Училищна градина"]
    assert [p.title_bg for p in by_words.context["practices"]] == ["Училищна градина"]
    assert [p.title_bg for p in by_capitalised_word.context["practices"]] == [
        "Училищна градина"
    ]


def test_the_library_pages_twelve_practices(client, organisation):
    for _ in range(13):
        PracticeFactory(organisation=organisation)

    first = client.get("/practices/")
    second = client.get("/practices/?page=2")

    assert len(first.context["practices"]) == 12
    assert len(second.context["practices"]) == 1


def test_a_practice_page_shows_reuses_and_the_results_of_its_activities(
    client, organisation, other_organisation
):
    activity = ActivityFactory(organisation=organisation, title="Среща в квартала")
    ResultFactory(activity=activity, value=120)
    draft = ActivityFactory(organisation=organisation, title="Тайна", draft=True)
    practice = PracticeFactory(organisation=organisation)
    practice.activities.add(activity, draft)
    practice.record_reuse(
        organisation=other_organisation, note="Приложихме го в Казанлък.", by=None
    )

    response = client.get(practice.get_absolute_url())

    html = response.content.decode()
    assert "Среща в квартала" in html
    # The activity's result, with its indicator and unit, in its own item.
    items = [item.text for item in parse(html).find_all("li")]
    assert "Достигнати хора: 120 души" in items
    assert "Тайна" not in html
    assert "Приложихме го в Казанлък." in html
    assert other_organisation.name in html


def test_a_draft_is_previewed_by_its_editors_only(
    client, organisation, owner, other_member
):
    practice = PracticeFactory(organisation=organisation, draft=True)
    url = f"/en{practice.get_absolute_url()}"

    assert client.get(url).status_code == 404
    client.force_login(other_member)
    assert client.get(url).status_code == 404
    client.force_login(owner)
    preview = client.get(url)
    assert preview.status_code == 200
    assert "Preview of a draft: the public does not see it yet." in preview.text
    assert parse(preview.text).find("h1").text == practice.title_en


def test_the_profile_shows_practices_shared_and_reused(
    client, organisation, other_organisation
):
    shared = PracticeFactory(organisation=organisation, title="Споделена")
    theirs = PracticeFactory(organisation=other_organisation, title="Чужда")
    theirs.record_reuse(organisation=organisation, note="", by=None)

    html = client.get(f"/en{organisation.get_absolute_url()}").content.decode()

    assert "Practices shared" in html
    assert "Practices of other members it applied" in html
    assert shared.title_en in html
    assert theirs.title_en in html


def test_the_feed_and_the_sitemap_carry_practices(client, organisation):
    practice = PracticeFactory(organisation=organisation, title="В емисията")

    feed = client.get("/feeds/practices/").content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()

    assert "В емисията" in feed
    assert practice.get_absolute_url() in sitemap
    assert "/practices/" in sitemap


def test_the_main_navigation_links_the_library(client):
    html = client.get("/").content.decode()

    assert 'href="/practices/"' in html


# “We applied this too” --------------------------------------------------------


def test_another_member_records_and_withdraws_a_reuse(
    client, organisation, other_organisation, other_member
):
    practice = PracticeFactory(organisation=organisation)
    client.force_login(other_member)
    url = reverse("practices:reuse", args=[practice.slug])

    page = client.get(practice.get_absolute_url()).content.decode()
    response = client.post(
        url, {"organisation": other_organisation.pk, "note": "Работи и при нас."}
    )

    assert f'action="{url}"' in page
    assert response.status_code == 302
    reuse = Reuse.objects.get(practice=practice)
    assert (reuse.organisation, reuse.note, reuse.created_by) == (
        other_organisation,
        "Работи и при нас.",
        other_member,
    )
    client.post(url, {"organisation": other_organisation.pk, "action": "withdraw"})
    assert not Reuse.objects.exists()


def test_the_owner_sees_no_reuse_form_and_cannot_post_one(client, organisation, owner):
    practice = PracticeFactory(organisation=organisation)
    client.force_login(owner)
    url = reverse("practices:reuse", args=[practice.slug])

    page = client.get(practice.get_absolute_url()).content.decode()
    response = client.post(url, {"organisation": organisation.pk})

    assert f'action="{url}"' not in page
    assert response.status_code == 403
    assert not Reuse.objects.exists()


def test_an_outsider_cannot_record_a_reuse(client, organisation, outsider):
    practice = PracticeFactory(organisation=organisation)
    client.force_login(outsider)

    response = client.post(
        reverse("practices:reuse", args=[practice.slug]),
        {"organisation": organisation.pk},
    )

    assert response.status_code == 403
    assert not Reuse.objects.exists()


def test_the_anonymous_are_sent_to_sign_in(client, organisation):
    practice = PracticeFactory(organisation=organisation)

    response = client.post(reverse("practices:reuse", args=[practice.slug]))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not Reuse.objects.exists()


def test_a_too_long_note_comes_back_with_a_message_in_bulgarian(
    client, organisation, other_organisation, other_member
):
    practice = PracticeFactory(organisation=organisation)
    client.force_login(other_member)

    response = client.post(
        reverse("practices:reuse", args=[practice.slug]),
        {"organisation": other_organisation.pk, "note": "х" * 1001},
    )

    assert response.status_code == 200
    refusal = "Уверете се, че тази стойност има най-много 1000 знака (тя има 1001)."
    assert response.context["reuse_form"].errors["note"] == [refusal]
    assert refusal in response.content.decode()
    assert not Reuse.objects.exists()


def test_a_member_cannot_record_a_reuse_for_an_organisation_it_does_not_edit(
    client, organisation, other_member
):
    practice = PracticeFactory(organisation=organisation)
    stranger = OrganisationFactory()
    client.force_login(other_member)

    response = client.post(
        reverse("practices:reuse", args=[practice.slug]),
        {"organisation": stranger.pk},
    )

    assert response.status_code == 200
    assert response.context["reuse_form"].errors["organisation"]
    assert not Reuse.objects.exists()


# The member area ------------------------------------------------------------


def test_an_editor_shares_a_practice_as_a_draft_then_publishes_it(
    client, organisation, owner
):
    activity = ActivityFactory(organisation=organisation)
    client.force_login(owner)
    url = reverse("members_dashboard:practice_new", args=[organisation.slug])

    response = client.post(
        url, practice_form(activities=[activity.pk], topics=[topic("youth").pk])
    )

    practice = Practice.objects.get()
    assert response.status_code == 302
    assert practice.is_draft
    assert practice.organisation == organisation
    assert practice.created_by == owner
    assert list(practice.activities.all()) == [activity]
    state = reverse(
        "members_dashboard:practice_state",
        args=[organisation.slug, practice.pk, "publish"],
    )
    client.post(state)
    practice.refresh_from_db()
    assert practice.is_published
    assert practice.published_at is not None


def test_a_practice_saved_with_a_photo_and_a_document(client, organisation, owner):
    client.force_login(owner)
    data = practice_form(
        **{
            "photos-TOTAL_FORMS": "1",
            "photos-0-alt_text_bg": "Съседи на среща",
            "photos-0-upload": png(),
            "documents-TOTAL_FORMS": "1",
            "documents-0-title_bg": "Наръчник",
            "documents-0-upload": SimpleUploadedFile(
                "guide.pdf", b"%PDF-1.4\n%%EOF", content_type="application/pdf"
            ),
            "publish": "",
        }
    )

    response = client.post(
        reverse("members_dashboard:practice_new", args=[organisation.slug]), data
    )

    assert response.status_code == 302
    practice = Practice.objects.get()
    assert practice.is_published
    photo = PracticePhoto.objects.get()
    assert photo.image_small.name.endswith(".webp")
    assert PracticeDocument.objects.get().title_bg == "Наръчник"


def test_a_forged_document_saves_nothing_and_says_why(client, organisation, owner):
    client.force_login(owner)
    data = practice_form(
        **{
            "documents-TOTAL_FORMS": "1",
            "documents-0-title_bg": "Наръчник",
            "documents-0-upload": SimpleUploadedFile(
                "guide.pdf", b"MZ not a pdf", content_type="application/pdf"
            ),
        }
    )

    response = client.post(
        reverse("members_dashboard:practice_new", args=[organisation.slug]), data
    )

    assert response.status_code == 200
    assert response.context["documents"].total_error_count() == 1
    # The summary calls the form by its kind and number, in Bulgarian.
    assert '<a href="#id_documents-0-upload">Документ 1, ' in response.content.decode()
    assert not Practice.objects.exists()
    assert not PracticeDocument.objects.exists()


def test_a_practice_without_its_problem_is_refused_in_bulgarian(
    client, organisation, owner
):
    client.force_login(owner)

    response = client.post(
        reverse("members_dashboard:practice_new", args=[organisation.slug]),
        practice_form(problem_bg=""),
    )

    assert response.status_code == 200
    assert response.context["form"].errors["problem_bg"] == [
        "Това поле е задължително."
    ]
    assert not Practice.objects.exists()


def test_the_form_offers_only_the_organisations_own_activities(
    client, organisation, owner
):
    own = ActivityFactory(organisation=organisation)
    theirs = ActivityFactory()
    client.force_login(owner)

    response = client.get(
        reverse("members_dashboard:practice_new", args=[organisation.slug])
    )

    choices = set(response.context["form"].fields["activities"].queryset)
    assert own in choices
    assert theirs not in choices


@pytest.mark.parametrize(
    ("who", "status"),
    [("owner", 200), ("other_member", 403), ("outsider", 403)],
)
def test_only_the_organisations_editors_manage_its_practices(
    client, organisation, request, who, status
):
    practice = PracticeFactory(organisation=organisation, draft=True)
    client.force_login(request.getfixturevalue(who))

    listing = client.get(
        reverse("members_dashboard:practices", args=[organisation.slug])
    )
    edit = client.get(
        reverse(
            "members_dashboard:practice_edit", args=[organisation.slug, practice.pk]
        )
    )
    delete = client.post(
        reverse(
            "members_dashboard:practice_state",
            args=[organisation.slug, practice.pk, "delete"],
        )
    )

    assert (listing.status_code, edit.status_code) == (status, status)
    assert Practice.objects.exists() == (who != "owner")
    assert delete.status_code == (302 if who == "owner" else 403)


def test_the_anonymous_are_asked_to_sign_in_for_the_member_area(client, organisation):
    response = client.get(
        reverse("members_dashboard:practices", args=[organisation.slug])
    )

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_published_practice_is_unpublished_not_deleted(client, organisation, owner):
    practice = PracticeFactory(organisation=organisation)
    client.force_login(owner)

    client.post(
        reverse(
            "members_dashboard:practice_state",
            args=[organisation.slug, practice.pk, "delete"],
        )
    )
    client.post(
        reverse(
            "members_dashboard:practice_state",
            args=[organisation.slug, practice.pk, "unpublish"],
        )
    )

    practice.refresh_from_db()
    assert practice.is_draft


# The admin --------------------------------------------------------------------


def test_a_coordinator_hides_a_practice_with_a_reason(
    coordinator_client, coordinator, organisation
):
    practice = PracticeFactory(organisation=organisation)

    coordinator_client.post(
        reverse("admin:members_practice_changelist"),
        {
            "action": "hide",
            "_selected_action": [practice.pk],
            "reason": "Съдържа лични данни.",
        },
    )

    practice.refresh_from_db()
    assert practice.state == Practice.State.HIDDEN
    assert practice.hidden_reason == "Съдържа лични данни."
    assert practice.hidden_by == coordinator


def test_a_coordinator_sees_and_removes_reuses(
    coordinator_client, organisation, other_organisation
):
    practice = PracticeFactory(organisation=organisation)
    reuse = practice.record_reuse(organisation=other_organisation, note="", by=None)

    listing = coordinator_client.get(reverse("admin:members_reuse_changelist"))
    coordinator_client.post(
        reverse("admin:members_reuse_delete", args=[reuse.pk]), {"post": "yes"}
    )

    assert listing.status_code == 200
    assert not Reuse.objects.exists()


# The page cache -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("person", "edit_link", "reuse_form"),
    [
        ("owner", True, False),
        ("other_member", False, True),
        ("outsider", False, False),
    ],
)
def test_the_cached_practice_page_shows_each_person_their_own_parts(
    settings, client, organisation, request, person, edit_link, reuse_form
):
    settings.PAGE_CACHE_SECONDS = 300
    practice = PracticeFactory(organisation=organisation)
    url = f"/en{practice.get_absolute_url()}"
    Client().get(url)  # the visitors' copy, kept
    client.force_login(request.getfixturevalue(person))

    page = client.get(url)

    html = page.content.decode()
    assert "members/practices/detail.html" not in [t.name for t in page.templates]
    assert ("Edit the practice" in html) is edit_link
    assert ("We applied this too" in html) is reuse_form

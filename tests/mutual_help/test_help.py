"""Help between members: an editor posts a request or an offer, another
member answers, the poster accepts and records what came of it; the public
sees what is open and what was exchanged, never a person's contact; the
coordinators hide what should not be public."""

import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from PIL import Image

from members.models import Role
from mutual_help.models import HelpItem, Report, Response
from tests.factories import (
    HelpItemFactory,
    OrganisationFactory,
    ResponseFactory,
    RoleFactory,
    UserFactory,
    place,
    topic,
)
from tests.markup import parse

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def posted(organisation, **fields):
    fields = {
        "direction": "request",
        "kind": "volunteers",
        "title": "Десет доброволци за почистване",
        "title_bg": "Десет доброволци за почистване",
        "title_en": "Ten volunteers for a clean-up",
        "description": "Почистваме брега на Бедечка.",
        "description_bg": "Почистваме брега на Бедечка.",
        "starts_on": TODAY + timedelta(days=20),
        "place": place("stara-zagora"),
        "organisation": organisation,
        **fields,
    }
    return HelpItem.objects.create(**fields)


def item_form(**changes):
    return {
        "direction": "request",
        "kind": "premises",
        "title_bg": "Зала за общо събрание",
        "title_en": "",
        "description_bg": "Търсим зала за 40 души за една събота.",
        "description_en": "",
        "quantity_bg": "зала за 40 души",
        "quantity_en": "",
        "starts_on": (TODAY + timedelta(days=30)).isoformat(),
        "ends_on": "",
        "place": place("kazanlak").pk,
        "topics": [topic("civic-participation").pk],
        "image_alt_bg": "",
        "image_alt_en": "",
        **changes,
    }


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (900, 600), "teal").save(buffer, "PNG")
    return SimpleUploadedFile("zala.png", buffer.getvalue(), content_type="image/png")


def answer(client, item, **data):
    return client.post(
        f"/help/{item.slug}/answer/", {"message": "Ще дойдем шестима.", **data}
    )


# Posting


def test_an_editor_posts_a_request_with_a_picture(client, owner, organisation):
    client.force_login(owner)

    response = client.post(
        "/help/new/", item_form(image_upload=png(), image_alt_bg="Празна зала")
    )

    item = HelpItem.objects.get()
    assert response.status_code == 302
    assert item.organisation == organisation and item.posted_by == owner
    assert item.status == "open" and item.slug == "zala-za-obshto-sabranie"
    assert item.image_medium.name.endswith(".webp")
    page = client.get(item.get_absolute_url()).content.decode()
    assert "Зала за общо събрание" in page and "зала за 40 души" in page


@pytest.mark.parametrize(
    "changes, field, message",
    [
        (
            {"starts_on": ""},
            "starts_on",
            "Посочете дата или отбележете, че е постоянно.",
        ),
        ({"place": ""}, "place", "Изберете община или отбележете, че е онлайн."),
        (
            {"ends_on": (TODAY + timedelta(days=1)).isoformat()},
            "ends_on",
            "Не може да завършва, преди да е започнало.",
        ),
        ({"title_bg": ""}, "title_bg", "Това поле е задължително."),
        (
            {"image_upload": SimpleUploadedFile("x.png", b"not an image")},
            "image_upload",
            None,
        ),
    ],
)
def test_a_wrong_form_saves_nothing_and_says_why_in_bulgarian(
    client, owner, changes, field, message
):
    client.force_login(owner)

    response = client.post("/help/new/", item_form(**changes))

    assert response.status_code == 200
    assert not HelpItem.objects.exists()
    errors = response.context["form"].errors
    assert field in errors
    if message:
        assert message in errors[field]


def test_ongoing_help_online_needs_no_date_nor_place(client, owner):
    client.force_login(owner)

    client.post(
        "/help/new/", item_form(starts_on="", place="", ongoing="on", online="on")
    )

    item = HelpItem.objects.get()
    assert item.ongoing and item.online and item.last_day is None


def test_an_editor_of_two_organisations_chooses_whose_it_is(client, owner):
    second = OrganisationFactory()
    RoleFactory(user=owner, organisation=second, kind=Role.Kind.EDITOR)
    client.force_login(owner)

    client.post("/help/new/", item_form(organisation=second.pk))

    assert HelpItem.objects.get().organisation == second


def test_a_supporter_cannot_post_and_is_told_what_they_can_do(client, outsider):
    client.force_login(outsider)

    page = client.get("/help/new/")
    posted_anyway = client.post("/help/new/", item_form())

    assert page.status_code == 403 and posted_anyway.status_code == 403
    assert "?direction=request&amp;kind=volunteers" in page.content.decode()
    assert not HelpItem.objects.exists()


def test_the_anonymous_sign_in_first(client):
    response = client.get("/help/new/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_posting_too_often_is_refused(client, owner, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "help_post": (2, 3600)}
    client.force_login(owner)

    codes = [client.post("/help/new/", item_form()).status_code for _ in range(3)]

    assert codes == [302, 302, 429]


# The public pages


def test_the_list_shows_what_is_open_newest_first(client, organisation):
    older = posted(organisation, title="По-стара", title_bg="По-стара")
    HelpItem.objects.filter(pk=older.pk).update(
        created_at=timezone.now() - timedelta(days=2)
    )
    newer = posted(organisation, title="По-нова", title_bg="По-нова", direction="offer")
    done = posted(organisation, title="Свършена", title_bg="Свършена")
    done.move_to("done")
    hidden = posted(organisation, title="Скрита", title_bg="Скрита")
    hidden.hide(by=None, reason="Лични данни.")
    posted(
        OrganisationFactory(status="applicant"), title="Кандидат", title_bg="Кандидат"
    )

    page = client.get("/help/").content.decode()
    titles = [h.text for h in parse(page).find_all("h2", "cause-card__title")]

    assert titles == [newer.title, older.title]
    exchanged = client.get("/help/?show=exchanged").content.decode()
    assert "Свършена" in exchanged and "По-нова" not in exchanged
    offers = client.get("/help/?direction=offer").content.decode()
    assert "По-нова" in offers and "По-стара" not in offers


def test_the_main_navigation_links_help_in_both_languages(client):
    assert '<a href="/help/">Взаимопомощ</a>' in client.get("/").content.decode()
    assert (
        '<a href="/en/help/">Help between members</a>'
        in client.get("/en/").content.decode()
    )


def test_a_hidden_item_is_gone_from_the_public(client, organisation):
    item = posted(organisation)
    item.hide(by=None, reason="Реклама.")

    assert client.get(item.get_absolute_url()).status_code == 404
    assert client.get(f"/help/{item.slug}/report/").status_code in (302, 404)


def test_the_page_describes_the_request_for_machines(client, organisation):
    item = posted(organisation)

    page = client.get(item.get_absolute_url()).content.decode()

    assert '"@type": "Demand"' in page and '"category": "доброволци"' in page


def test_the_organisations_page_lists_its_open_items_and_the_help_it_gave(
    client, organisation, other_organisation, other_member
):
    mine = posted(organisation, title="Нужда", title_bg="Нужда")
    theirs = posted(other_organisation, title="Чужда нужда", title_bg="Чужда нужда")
    Response.objects.create(
        item=theirs, organisation=organisation, message="Да."
    ).accept(by=other_member)

    # And an offer of its own, which the other member took.
    offer = posted(organisation, direction="offer", title="Бус", title_bg="Бус")
    Response.objects.create(
        item=offer, organisation=other_organisation, message="Вземаме го."
    ).accept(by=other_member)

    page = client.get(organisation.get_absolute_url()).content.decode()
    others = client.get(other_organisation.get_absolute_url()).content.decode()

    assert mine.get_absolute_url() in page
    assert f'<a href="{theirs.get_absolute_url()}">Чужда нужда</a>' in page
    assert f'<a href="{offer.get_absolute_url()}">Бус</a>' in page
    # Taking an offer is not help given.
    assert offer.get_absolute_url() not in others


# Answering, for the owner, another member and an outsider


def test_another_member_answers_and_the_poster_sees_it(
    client, organisation, owner, other_organisation, other_member
):
    item = posted(organisation, kind="premises")
    client.force_login(other_member)

    response = answer(client, item, organisation=other_organisation.pk)

    assert response.status_code == 302
    given = Response.objects.get()
    assert given.organisation == other_organisation and given.responder == other_member
    again = answer(client, item, organisation=other_organisation.pk)
    assert again.status_code == 400 and Response.objects.count() == 1
    client.force_login(owner)
    dashboard = client.get(f"/dashboard/organisations/{organisation.slug}/help/")
    assert "Ще дойдем шестима." in dashboard.content.decode()


@pytest.mark.parametrize("kind", ["premises", "volunteers"])
def test_the_owner_cannot_answer_its_own_item(client, organisation, owner, kind):
    item = posted(organisation, kind=kind)
    client.force_login(owner)

    assert answer(client, item).status_code == 403
    assert not Response.objects.exists()


@pytest.mark.parametrize(
    "kind, direction, allowed",
    [
        ("volunteers", "request", True),
        ("premises", "request", False),
        ("volunteers", "offer", False),
    ],
)
def test_a_supporter_answers_requests_for_volunteers_only(
    client, organisation, outsider, kind, direction, allowed
):
    item = posted(organisation, kind=kind, direction=direction)
    client.force_login(outsider)

    response = answer(client, item)

    assert (response.status_code == 302) is allowed
    assert (
        Response.objects.filter(responder=outsider, organisation=None).exists()
        is allowed
    )


def test_the_anonymous_are_sent_to_sign_in_and_back(client, organisation):
    item = posted(organisation)

    response = answer(client, item)

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next=/help/{item.slug}/"


def test_an_unverified_address_answers_nothing(client, organisation):
    unverified = UserFactory(verified_email=False)
    client.force_login(unverified)

    answer(client, posted(organisation))

    assert not Response.objects.exists()


def test_an_empty_answer_says_why_in_bulgarian(client, organisation, outsider):
    item = posted(organisation)
    client.force_login(outsider)

    response = client.post(f"/help/{item.slug}/answer/", {"message": ""})

    assert response.status_code == 400
    assert "Напишете отговора си, преди да го изпратите." in response.content.decode()


# Accepting, for the owner, another member and an outsider


@pytest.fixture
def answered(organisation, other_organisation, other_member):
    item = posted(organisation, kind="premises")
    return Response.objects.create(
        item=item,
        organisation=other_organisation,
        responder=other_member,
        message="Имаме зала.",
    )


def test_the_owner_accepts_and_each_side_sees_the_others_public_contact(
    client, owner, organisation, other_organisation, other_member, answered
):
    client.force_login(owner)

    client.post(f"/help/answers/{answered.pk}/accept/")

    answered.refresh_from_db()
    assert answered.is_accepted and answered.accepted_by == owner
    assert answered.item.status == "agreed"
    poster_side = client.get(f"/dashboard/organisations/{organisation.slug}/help/")
    assert other_organisation.email in poster_side.content.decode()
    client.force_login(other_member)
    responder_side = client.get(
        f"/dashboard/organisations/{other_organisation.slug}/help/"
    )
    assert organisation.email in responder_side.content.decode()
    # Nobody's own address on the public page.
    public = client.get(answered.item.get_absolute_url()).content.decode()
    assert other_member.email not in public and owner.email not in public
    assert other_organisation.name in public  # agreed with it


@pytest.mark.parametrize("who", ["other_member", "outsider"])
def test_no_one_else_accepts_an_answer(client, answered, request, who):
    client.force_login(request.getfixturevalue(who))

    response = client.post(f"/help/answers/{answered.pk}/accept/")

    assert response.status_code == 403
    answered.refresh_from_db()
    assert not answered.is_accepted


def test_a_volunteers_address_reaches_the_poster_only_once_accepted(
    client, owner, organisation, outsider
):
    item = posted(organisation)
    volunteer = Response.objects.create(item=item, responder=outsider, message="Идвам.")
    client.force_login(owner)
    dashboard = f"/dashboard/organisations/{organisation.slug}/help/"

    before = client.get(dashboard).content.decode()
    volunteer.accept(by=owner)
    after = client.get(dashboard).content.decode()

    assert outsider.email not in before and outsider.email in after
    assert outsider.email not in client.get(item.get_absolute_url()).content.decode()


# Closing the loop


def test_the_owner_records_what_came_of_it(client, owner, answered):
    answered.accept(by=owner)
    client.force_login(owner)
    item = answered.item

    wrong = client.post(
        f"/help/{item.slug}/done/",
        {"outcome_bg": "Събранието се проведе.", "outcome_figure": "40"},
    )
    assert "Посочете какво брои числото." in wrong.content.decode()
    client.post(
        f"/help/{item.slug}/done/",
        {
            "outcome_bg": "Събранието се проведе в залата.",
            "outcome_en": "The meeting took place in the hall.",
            "outcome_figure": "40",
            "outcome_measure": "people",
        },
    )

    item.refresh_from_db()
    assert item.status == "done" and item.outcome_figure == 40
    page = client.get(item.get_absolute_url()).content.decode()
    assert "Събранието се проведе в залата." in page and "40" in page
    english = client.get("/en" + item.get_absolute_url()).content.decode()
    assert "The meeting took place in the hall." in english


def test_an_open_item_cannot_be_closed_as_done(client, owner, organisation):
    item = posted(organisation)
    client.force_login(owner)

    client.post(f"/help/{item.slug}/done/", {"outcome_bg": "Готово."})

    item.refresh_from_db()
    assert item.status == "open"


@pytest.mark.parametrize(
    "who, allowed", [("owner", True), ("other_member", False), ("outsider", False)]
)
def test_only_the_owner_withdraws(client, organisation, request, who, allowed):
    item = posted(organisation)
    client.force_login(request.getfixturevalue(who))

    response = client.post(f"/help/{item.slug}/withdraw/")

    item.refresh_from_db()
    assert (item.status == "withdrawn") is allowed
    assert response.status_code == (302 if allowed else 403)


@pytest.mark.parametrize(
    "who, allowed", [("owner", True), ("other_member", False), ("outsider", False)]
)
def test_only_the_owner_edits(client, organisation, request, who, allowed):
    item = posted(organisation)
    client.force_login(request.getfixturevalue(who))

    response = client.post(
        f"/help/{item.slug}/edit/", item_form(title_bg="Ново заглавие")
    )

    item.refresh_from_db()
    assert (item.title_bg == "Ново заглавие") is allowed
    assert response.status_code == (302 if allowed else 403)


# Moderation


def test_a_member_reports_and_a_coordinator_hides_with_a_reason(
    coordinator_client, organisation, owner, other_member
):
    item = posted(organisation)
    client = Client()
    client.force_login(other_member)
    client.post(f"/help/{item.slug}/report/", {"reason": "Търговска реклама."})
    assert Report.objects.get().reason == "Търговска реклама."

    listed = coordinator_client.get("/admin/mutual_help/helpitem/?reported=yes")
    assert item.title in listed.content.decode()
    change = coordinator_client.get(f"/admin/mutual_help/helpitem/{item.pk}/change/")
    form = change.context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data["topics"] = []
    data["hidden_reason"] = "Реклама, не помощ."
    data |= {"responses-TOTAL_FORMS": "0", "responses-INITIAL_FORMS": "0"}
    data |= {"reports-TOTAL_FORMS": "1", "reports-INITIAL_FORMS": "1"}
    data |= {"reports-0-id": Report.objects.get().pk, "reports-0-item": item.pk}
    coordinator_client.post(f"/admin/mutual_help/helpitem/{item.pk}/change/", data)

    item.refresh_from_db()
    assert item.is_hidden and item.hidden_by.email == "coordinator@example.org"
    assert client.get(item.get_absolute_url()).status_code == 404
    client.force_login(owner)
    dashboard = client.get(f"/dashboard/organisations/{organisation.slug}/help/")
    assert "Реклама, не помощ." in dashboard.content.decode()


# The daily command


def test_the_daily_command_reminds_before_and_expires_after(organisation, owner):
    soon = posted(organisation, starts_on=TODAY + timedelta(days=2))
    past = posted(
        organisation,
        starts_on=TODAY - timedelta(days=5),
        ends_on=TODAY - timedelta(days=1),
    )
    ongoing = posted(organisation, starts_on=None, ongoing=True)
    later = posted(organisation, starts_on=TODAY + timedelta(days=30))

    call_command("expire_help")
    call_command("expire_help")

    assert [message.to for message in mail.outbox] == [[owner.email]]
    assert soon.title in mail.outbox[0].subject
    past.refresh_from_db()
    assert past.status == "expired"
    for still in (soon, ongoing, later):
        still.refresh_from_db()
        assert still.status == "open"


@pytest.mark.parametrize(
    "who, kind, says",
    [
        ("other_member", "premises", "Изпратете отговора"),
        ("owner", "premises", "Вашата организация е публикувала това."),
        ("outsider", "volunteers", "Изпратете отговора"),
        ("outsider", "premises", "поддръжниците отговарят на нужди от доброволци"),
        (None, "premises", "за да отговорите"),
    ],
)
def test_the_page_offers_each_person_what_they_may_do(
    client, organisation, request, who, kind, says
):
    item = posted(organisation, kind=kind)
    # The page is kept once for everyone; each person's part is their own.
    client.get(item.get_absolute_url())
    if who:
        client.force_login(request.getfixturevalue(who))

    for _ in range(2):
        answer_part = parse(client.get(item.get_absolute_url()).content.decode())
        [section] = [
            s for s in answer_part.find_all("section") if s.attrs.get("id") == "answer"
        ]
        assert says in section.text


def test_a_members_page_shows_its_open_items_and_the_help_it_gave(client):
    member = OrganisationFactory(name="Помагащо сдружение", short_name="Помагащи")
    own_request = HelpItemFactory(organisation=member)
    # Its accepted answer to another's request: it helped the poster.
    poster = OrganisationFactory(name="Молещо")
    asked = HelpItemFactory(organisation=poster)
    ResponseFactory(item=asked, organisation=member, accepted=True)
    # Its own offer another member took: it helped that member.
    offer = HelpItemFactory(organisation=member, offer=True, status="agreed")
    taker = OrganisationFactory(name="Взело")
    ResponseFactory(item=offer, organisation=taker, accepted=True)
    # Not help it gave: an answer not accepted, and an item hidden since.
    ResponseFactory(item=HelpItemFactory(), organisation=member)
    hidden = HelpItemFactory(hidden_at=timezone.now())
    ResponseFactory(item=hidden, organisation=member, accepted=True)

    response = client.get(f"/en{member.get_absolute_url()}")

    context = response.context
    assert context["open_help"] == [own_request]
    assert [(r.item, r.item.is_request) for r in context["help_given"]] == [
        (offer, False),
        (asked, True),
    ]
    # Each with whom it helped, in the page's language.
    section = " ".join(response.content.decode().split())
    assert f"{asked.title_en}</a> — {poster.name_en}</li>" in section
    assert f"{offer.title_en}</a> — {taker.name_en}</li>" in section
    assert hidden.title_en not in section

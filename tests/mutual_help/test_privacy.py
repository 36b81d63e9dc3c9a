"""A person's data in help between members: the download holds their
answers, what they posted and their reports; deleting the account takes
their own answers and reports, and leaves what they did for an
organisation with it."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from following.models import Notification
from mutual_help import services
from mutual_help.models import HelpItem, Report, Response
from tests.factories import PASSWORD
from tests.mutual_help.test_following_notifications import help_item

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def exchange(organisation, owner, other_member, other_organisation, outsider):
    """The owner's organisation asks for volunteers; another member and a
    supporter answer, the owner accepts the supporter; the supporter and
    the other member report another item."""
    item = help_item(organisation, posted_by=owner, title_en="Ten volunteers")
    other = help_item(other_organisation, posted_by=other_member, title_en="Theirs")
    for_members = services.respond(
        item=item,
        by=other_member,
        organisation=other_organisation,
        message="Идваме шестима.",
    )
    for_themselves = services.respond(item=item, by=outsider, message="Ще дойда и аз.")
    for_themselves.accept(by=owner)
    Report.objects.create(item=item, user=outsider, reason="Прилича на реклама.")
    Report.objects.create(item=other, user=owner, reason="Не е на място.")
    return {
        "item": item,
        "for_members": for_members,
        "for_themselves": for_themselves,
    }


def download(user):
    client = Client()
    client.force_login(user)
    response = client.get("/en/dashboard/account/my-data.json")
    assert response.status_code == 200
    return json.loads(response.content)


def delete_account(user, capture):
    client = Client()
    client.force_login(user)
    with capture(execute=True):
        response = client.post("/en/dashboard/account/delete/", {"password": PASSWORD})
    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()


def test_the_download_holds_a_supporters_answers_and_reports(exchange, outsider):
    data = download(outsider)

    (answer,) = data["help_answers"]
    assert answer["item"] == "Ten volunteers"
    assert answer["for_organisation"] is None
    assert answer["message"] == "Ще дойда и аз."
    assert answer["sent"] and answer["accepted"]
    assert data["help_posted"] == []
    assert [(r["item"], r["why"]) for r in data["reported_help"]] == [
        ("Ten volunteers", "Прилича на реклама.")
    ]
    assert "Идваме шестима." not in json.dumps(data, ensure_ascii=False)


def test_the_download_holds_an_editors_answers_and_posts(
    exchange, owner, other_member, other_organisation
):
    theirs = download(other_member)
    mine = download(owner)

    (answer,) = theirs["help_answers"]
    assert answer["for_organisation"] == other_organisation.name_en
    assert answer["message"] == "Идваме шестима."
    assert answer["accepted"] is None
    assert [p["title"] for p in theirs["help_posted"]] == ["Theirs"]
    assert [p["title"] for p in mine["help_posted"]] == ["Ten volunteers"]
    assert mine["help_posted"][0]["organisation"] == exchange["item"].organisation.name
    assert mine["help_posted"][0]["posted"]
    assert mine["help_answers"] == []
    assert [r["why"] for r in mine["reported_help"]] == ["Не е на място."]


def test_a_supporter_who_goes_takes_their_answer_and_reports(
    exchange, owner, outsider, django_capture_on_commit_callbacks
):
    item = exchange["item"]
    told = Notification.objects.filter(user=owner, kind="help_answer")
    assert told.count() == 2

    delete_account(outsider, django_capture_on_commit_callbacks)

    assert list(Response.objects.filter(item=item)) == [exchange["for_members"]]
    assert not Report.objects.filter(reason="Прилича на реклама.").exists()
    assert Report.objects.filter(reason="Не е на място.").exists()  # another's
    # What told the poster of the answer goes with it.
    assert [n.help_response for n in told] == [exchange["for_members"]]


def test_an_editor_who_goes_leaves_their_organisations_answers_and_items(
    exchange, owner, other_member, django_capture_on_commit_callbacks
):
    delete_account(other_member, django_capture_on_commit_callbacks)
    delete_account(owner, django_capture_on_commit_callbacks)

    answer = Response.objects.get(pk=exchange["for_members"].pk)
    assert (answer.responder, answer.message) == (None, "Идваме шестима.")
    item = HelpItem.objects.get(pk=exchange["item"].pk)
    assert item.posted_by is None
    accepted = Response.objects.get(pk=exchange["for_themselves"].pk)
    assert accepted.accepted_by is None and accepted.is_accepted
    assert not Report.objects.filter(reason="Не е на място.").exists()


def test_the_privacy_notice_says_what_help_between_members_keeps(client):
    page = client.get("/en/privacy/").content.decode()

    assert "Your answers to requests for volunteers, given for yourself" in page
    assert "Who posted, answered or accepted a request or offer of help" in page

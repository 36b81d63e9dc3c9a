"""What help between members tells people: the poster's editors of an
answer, those who answered of their answer accepted, followers of a new
request or offer; never the person who did it, and each as they chose."""

from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from following.models import Follow, Notification, Preferences
from following.services import muted
from mutual_help import services
from mutual_help.models import HelpItem
from tests.factories import OrganisationFactory, RoleFactory, UserFactory, place, topic

pytestmark = pytest.mark.django_db


def help_item(organisation, *, topics=(), **fields):
    """A request for volunteers the organisation posted, in a transaction
    as the form saves it: the item, then its topics."""
    fields = {
        "direction": "request",
        "kind": "volunteers",
        "title_bg": "Десет доброволци за почистване",
        "title_en": "Ten volunteers for a clean-up",
        "description_bg": "Почистваме брега на Бедечка.",
        "starts_on": timezone.localdate() + timedelta(days=20),
        "place": place("stara-zagora"),
        "organisation": organisation,
        **fields,
    }
    with transaction.atomic():
        item = HelpItem.objects.create(**fields)
        item.topics.set(topics)
    return item


@pytest.fixture
def told(django_capture_on_commit_callbacks):
    """Runs what is sent once committed, and gives the e-mails."""

    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            result = action()
        return result

    return run


@pytest.fixture
def item(organisation, owner):
    return help_item(organisation, posted_by=owner)


def kinds(user):
    return [n.kind for n in Notification.objects.filter(user=user)]


def in_english(notification):
    with translation.override("en"):
        return notification.text, notification.get_absolute_url()


def test_an_answer_is_told_to_the_posters_editors_but_not_to_who_answered(
    item, organisation, owner, other_member, other_organisation, told
):
    colleague = UserFactory(email="colleague@example.org")
    RoleFactory(user=colleague, organisation=organisation)
    # The one who answers edits the poster too: they know already.
    RoleFactory(user=other_member, organisation=organisation)
    Preferences.objects.create(user=owner, language="en")

    told(
        lambda: services.respond(
            item=item,
            by=other_member,
            organisation=other_organisation,
            message="Идваме шестима.",
        )
    )

    assert kinds(owner) == kinds(colleague) == ["help_answer"]
    assert kinds(other_member) == []
    assert sorted(m.to[0] for m in mail.outbox) == [
        "colleague@example.org",
        "owner@example.org",
    ]
    text, url = in_english(Notification.objects.get(user=owner))
    assert text == (
        f"{other_organisation.name_en} answered “Ten volunteers for a clean-up”."
    )
    assert url == f"/en/dashboard/organisations/{organisation.slug}/help/"
    (to_owner,) = [m for m in mail.outbox if m.to == ["owner@example.org"]]
    assert "answered “Ten volunteers for a clean-up”." in to_owner.body
    assert f"/en/dashboard/organisations/{organisation.slug}/help/" in to_owner.body


def test_a_supporters_answer_is_told_with_their_name(item, owner, outsider, told):
    outsider.first_name, outsider.last_name = "Мария", "Петрова"
    outsider.save()

    told(lambda: services.respond(item=item, by=outsider, message="Ще дойда."))

    (notification,) = Notification.objects.filter(user=owner)
    assert notification.help_response.responder == outsider
    assert in_english(notification)[0].startswith("Мария Петрова answered")
    assert kinds(outsider) == []


def test_an_accepted_answer_is_told_to_both_sides_not_to_who_accepted_as_answerer(
    item, owner, other_member, other_organisation, told
):
    # The one who accepts edits the answering organisation too.
    RoleFactory(user=owner, organisation=other_organisation)
    response = told(
        lambda: services.respond(
            item=item, by=other_member, organisation=other_organisation, message="Да"
        )
    )
    mail.outbox.clear()

    told(lambda: response.accept(by=owner))

    assert kinds(other_member) == ["help_accepted"]
    # The poster's side has it too, by e-mail, with where the contact is.
    assert kinds(owner) == ["help_agreed", "help_answer"]
    assert [m.to for m in mail.outbox] == [[other_member.email], [owner.email]]
    agreed = Notification.objects.get(user=owner, kind="help_agreed")
    assert in_english(agreed) == (
        "“Ten volunteers for a clean-up” is agreed with "
        f"{other_organisation.name_en}: each side's contact is in the member area.",
        f"/en/dashboard/organisations/{item.organisation.slug}/help/",
    )
    text, url = in_english(Notification.objects.get(user=other_member))
    assert text == (
        f"{item.organisation.name_en} accepted your answer to “Ten volunteers for "
        "a clean-up”; you now see each other's contact."
    )
    assert url == f"/en/help/{item.slug}/"

    # Saving the answer again tells no one again.
    told(lambda: response.save())
    assert kinds(other_member) == ["help_accepted"]


def test_a_supporter_whose_answer_is_accepted_is_told(item, owner, outsider, told):
    response = told(
        lambda: services.respond(item=item, by=outsider, message="Ще дойда.")
    )

    told(lambda: response.accept(by=owner))

    assert kinds(outsider) == ["help_accepted"]
    assert in_english(Notification.objects.get(user=outsider))[1] == (
        f"/en/help/{item.slug}/"
    )


@pytest.fixture
def followers(organisation):
    """Who follows the poster, who a topic of its item, who something else."""
    people = {
        "organisation": UserFactory(email="follows-organisation@example.org"),
        "topic": UserFactory(email="follows-topic@example.org"),
        "other": UserFactory(email="follows-other@example.org"),
    }
    Follow.objects.create(user=people["organisation"], organisation=organisation)
    Follow.objects.create(user=people["topic"], topic=topic("youth"))
    Follow.objects.create(user=people["other"], topic=topic("health"))
    Follow.objects.create(user=people["other"], organisation=OrganisationFactory())
    return people


def test_a_new_item_is_told_to_who_follows_its_organisation_or_a_topic(
    organisation, owner, followers, told
):
    Follow.objects.create(user=owner, organisation=organisation)  # its own editor
    # Following both the organisation and the topic tells once.
    Follow.objects.create(user=followers["organisation"], topic=topic("youth"))

    item = told(
        lambda: help_item(organisation, posted_by=owner, topics=[topic("youth")])
    )

    assert kinds(followers["organisation"]) == ["help_posted"]
    assert kinds(followers["topic"]) == ["help_posted"]
    assert kinds(followers["other"]) == []
    assert kinds(owner) == []
    assert sorted(m.to[0] for m in mail.outbox) == [
        "follows-organisation@example.org",
        "follows-topic@example.org",
    ]
    text, url = in_english(Notification.objects.get(user=followers["topic"]))
    assert text == (
        f"{organisation.name_en} asks for help: “Ten volunteers for a clean-up”."
    )
    assert url == f"/en/help/{item.slug}/"


def test_an_offer_is_told_as_an_offer(organisation, followers, told):
    told(
        lambda: help_item(
            organisation,
            direction="offer",
            kind="equipment",
            title_en="A projector to lend",
        )
    )

    notification = Notification.objects.get(user=followers["organisation"])
    assert in_english(notification)[0] == (
        f"{organisation.name_en} offers help: “A projector to lend”."
    )


def test_an_item_posted_with_the_form_is_told_to_its_topics_followers(
    client, organisation, owner, followers, told
):
    client.force_login(owner)
    form = {
        "organisation": organisation.pk,
        "direction": "offer",
        "kind": "premises",
        "title_bg": "Зала за събрания",
        "description_bg": "Зала за 40 души в центъра.",
        "ongoing": "on",
        "place": place("kazanlak").pk,
        "topics": [topic("youth").pk],
    }

    response = told(lambda: client.post("/help/new/", form))

    assert response.status_code == 302
    assert HelpItem.objects.filter(title_bg="Зала за събрания").exists()
    assert kinds(followers["topic"]) == ["help_posted"]
    assert kinds(followers["organisation"]) == ["help_posted"]


def test_editing_an_item_or_the_demo_tell_no_followers(organisation, followers, told):
    def in_the_demo():  # which commits once it is loaded
        with muted():
            help_item(organisation)

    told(in_the_demo)
    assert not Notification.objects.exists()

    item = told(lambda: help_item(organisation, title_en="Once"))
    item.title_en = "Changed"
    told(item.save)

    assert kinds(followers["organisation"]) == ["help_posted"]


def test_a_hidden_or_applicants_item_is_told_to_no_follower(
    organisation, coordinator, followers, told
):
    def hidden_at_once():
        with transaction.atomic():
            item = help_item(organisation)
            item.hide(by=coordinator, reason="Реклама.")

    told(hidden_at_once)
    applicant = OrganisationFactory(status="applicant")
    Follow.objects.create(user=followers["other"], organisation=applicant)
    told(lambda: help_item(applicant))

    assert not Notification.objects.exists()


def test_the_help_kinds_are_in_everyones_settings(outsider, followers, told):
    client = Client()
    client.force_login(followers["topic"])

    page = client.get("/en/dashboard/notifications/settings/").text
    for kind in ("help_answer", "help_accepted", "help_posted"):
        assert f'name="{kind}__in_site"' in page
        assert f'name="{kind}__by_email"' in page
    assert "A new request or offer of help from an organisation or on a topic" in page
    assert page.index("help_answer__in_site") < page.index("help_posted__in_site")

    everything_but = {
        f"{kind}__{channel}": "on"
        for kind in Notification.Kind.values
        for channel in ("in_site", "by_email")
        if (kind, channel) != ("help_posted", "in_site")
    }
    client.post("/en/dashboard/notifications/settings/", everything_but)
    assert Preferences.objects.get(user=followers["topic"]).off_in_site == [
        "help_posted"
    ]

    told(lambda: help_item(OrganisationFactory(), topics=[topic("youth")]))

    assert kinds(followers["topic"]) == []
    assert [m.to for m in mail.outbox] == [["follows-topic@example.org"]]


def test_the_notifications_page_lists_them_with_their_links(
    item, owner, other_member, other_organisation, told
):
    told(
        lambda: services.respond(
            item=item, by=other_member, organisation=other_organisation, message="Да"
        )
    )
    client = Client()
    client.force_login(owner)

    page = client.get("/en/dashboard/notifications/").text

    assert "answered “Ten volunteers for a clean-up”." in page
    assert f'href="/en/dashboard/organisations/{item.organisation.slug}/help/"' in page


def test_the_notifications_page_makes_no_query_per_help_notification(
    organisation, owner, outsider, told
):
    client = Client()
    client.force_login(owner)

    def queries():
        Notification.objects.update(read_at=None)
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/dashboard/notifications/").status_code == 200
        return len(captured)

    def answered_and_accepted():
        item = help_item(organisation, posted_by=owner)
        response = services.respond(item=item, by=outsider, message="Аз")
        Notification.objects.create(
            user=owner, kind="help_accepted", help_item=item, help_response=response
        )
        Notification.objects.create(user=owner, kind="help_posted", help_item=item)

    told(answered_and_accepted)
    queries()  # what the first visit alone asks
    few = queries()
    for _ in range(3):
        told(answered_and_accepted)

    assert queries() == few


def test_a_notification_goes_with_the_answer_it_was_about(item, owner, outsider, told):
    response = told(lambda: services.respond(item=item, by=outsider, message="Аз"))
    assert kinds(owner) == ["help_answer"]

    response.delete()

    assert kinds(owner) == []

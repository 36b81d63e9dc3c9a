"""Notifications: who is told of what, in the site and by e-mail as each
chose, in their language; the list, the unread count and the settings."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client, RequestFactory

from causes.models import Comment, Status
from causes.services import report_comment
from following.models import Follow, Notification, Preferences
from members.services import acknowledge_application
from tests.events.test_meetings import make_meeting, sign_up
from tests.factories import (
    ActivityFactory,
    ApplicationFactory,
    PracticeFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def told(django_capture_on_commit_callbacks):
    """Runs what is sent once committed, and gives the e-mails."""

    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            action()
        return mail.outbox

    return run


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def kinds(user):
    return [n.kind for n in Notification.objects.filter(user=user)]


def test_a_co_sponsor_is_told_to_the_causes_editors(
    cause, owner, other_member, other_organisation, told
):
    Preferences.objects.create(user=owner, language="en")

    (message,) = told(
        lambda: cause.add_co_sponsor(organisation=other_organisation, by=other_member)
    )

    assert kinds(owner) == ["co_sponsor"]
    assert kinds(other_member) == []
    assert message.to == ["owner@example.org"]
    assert "co-sponsors your cause “An accessible town”." in message.body
    assert f"/en/causes/{cause.slug}/" in message.body
    assert "/en/dashboard/notifications/settings/" in message.body


def test_the_e_mail_is_in_bulgarian_unless_the_person_chose_english(
    cause, owner, other_member, other_organisation, told
):
    (message,) = told(
        lambda: cause.add_co_sponsor(organisation=other_organisation, by=other_member)
    )

    assert "съинициира вашата кауза „Достъпна градска среда“" in message.body


def test_a_comment_is_told_but_not_to_its_author(cause, owner, outsider, told):
    told(lambda: Comment.objects.create(cause=cause, author=outsider, body="Да!"))
    assert kinds(owner) == ["comment"]

    told(lambda: Comment.objects.create(cause=cause, author=owner, body="Благодарим"))
    assert kinds(owner) == ["comment"]
    assert kinds(outsider) == []


def test_a_step_of_the_cause_is_told_except_to_whoever_took_it(
    cause, owner, coordinator, told
):
    told(lambda: cause.change_status(to=Status.ON_AGENDA, by=coordinator))
    told(lambda: cause.withdraw(by=owner))

    (notification,) = Notification.objects.filter(user=owner)
    assert notification.kind == "decision"
    assert notification.text == (
        "Вашата кауза „Достъпна градска среда“ вече е „в дневния ред“."
    )
    assert len(mail.outbox) == 1


def test_a_changed_meeting_is_told_to_its_registrants_only(outsider, owner, told):
    meeting = make_meeting(capacity=1)
    sign_up(meeting, outsider)
    waiting = UserFactory()
    sign_up(meeting, waiting)
    mail.outbox.clear()

    meeting.capacity = 5
    told(meeting.save)
    assert not Notification.objects.exists()

    meeting.starts_at += timedelta(hours=1)
    meeting.ends_at += timedelta(hours=1)
    told(meeting.save)

    assert kinds(outsider) == ["meeting"]
    assert kinds(waiting) == ["meeting"]
    assert kinds(owner) == []
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [outsider.email, waiting.email]
    )
    assert "е променена" in Notification.objects.filter(user=outsider).get().text

    meeting.status = "cancelled"
    told(meeting.save)
    assert Notification.objects.filter(user=outsider).first().text == (
        "Срещата „Общо събрание“, за която сте записани, е отменена."
    )


def test_hiding_an_activity_or_a_practice_tells_the_organisations_editors(
    organisation, owner, coordinator, told
):
    activity = ActivityFactory(organisation=organisation)
    practice = PracticeFactory(organisation=organisation)

    told(lambda: activity.hide(by=coordinator, reason="Лични данни на снимка."))
    told(lambda: practice.hide(by=coordinator, reason="Реклама."))

    hidden_activity, hidden_practice = Notification.objects.filter(user=owner).order_by(
        "pk"
    )
    assert hidden_activity.kind == hidden_practice.kind == "hidden"
    assert "Лични данни на снимка." in hidden_activity.text
    assert hidden_activity.get_absolute_url() == (
        f"/dashboard/organisations/{organisation.slug}/activities/"
    )
    assert hidden_practice.get_absolute_url() == (
        f"/dashboard/organisations/{organisation.slug}/practices/"
    )
    assert len(mail.outbox) == 2


def test_coordinators_are_told_of_an_application_in_the_site_and_by_mail(
    coordinator, owner, told
):
    quiet = UserFactory(email="quiet@example.org", is_staff=True)
    Preferences.objects.create(user=quiet, off_by_email=["application"])
    application = ApplicationFactory()

    told(
        lambda: acknowledge_application(
            application=application, request=RequestFactory().get("/")
        )
    )

    assert kinds(coordinator) == kinds(quiet) == ["application"]
    assert kinds(owner) == []
    to_coordinators = [m for m in mail.outbox if application.contact_email not in m.to]
    assert [m.to for m in to_coordinators] == [[coordinator.email]]


def test_coordinators_are_told_of_a_comment_that_reports_hid(
    cause, coordinator, settings, told
):
    settings.COMMENT_REPORT_THRESHOLD = 1
    comment = Comment.objects.create(cause=cause, author=UserFactory(), body="Обида")

    told(
        lambda: report_comment(
            comment=comment,
            by=UserFactory(),
            reason="",
            request=RequestFactory().get("/"),
        )
    )

    (notification,) = Notification.objects.filter(user=coordinator)
    assert notification.kind == "report"
    assert notification.get_absolute_url().endswith("?state__exact=awaiting")
    assert len(mail.outbox) == 1


def test_a_kind_switched_off_is_not_told_there(
    cause, owner, other_member, other_organisation, told
):
    Preferences.objects.create(
        user=owner, off_in_site=["co_sponsor"], off_by_email=["comment"]
    )

    told(lambda: cause.add_co_sponsor(organisation=other_organisation, by=other_member))
    assert kinds(owner) == []
    assert len(mail.outbox) == 1

    mail.outbox.clear()
    told(lambda: Comment.objects.create(cause=cause, author=other_member, body="Да"))
    assert kinds(owner) == ["comment"]
    assert mail.outbox == []


def test_the_list_is_ones_own_and_reading_it_clears_the_count(
    cause, owner, other_member, other_organisation, told
):
    told(lambda: cause.add_co_sponsor(organisation=other_organisation, by=other_member))
    owners = signed_in(owner)

    assert 'class="badge badge--count">1' in owners.get("/en/").text
    page = owners.get("/en/dashboard/notifications/").text
    assert "co-sponsors your cause" in page
    assert "notification--unread" in page

    assert "badge--count" not in owners.get("/en/").text
    assert "notification--unread" not in owners.get("/en/dashboard/notifications/").text
    assert Notification.objects.get().is_read
    theirs = signed_in(other_member).get("/en/dashboard/notifications/").text
    assert "co-sponsors your cause" not in theirs
    assert "Nothing yet." in theirs


def test_the_list_comes_a_page_at_a_time(owner, cause):
    for _ in range(25):
        Notification.objects.create(user=owner, kind="comment", cause=cause)

    first = signed_in(owner).get("/dashboard/notifications/")
    second = signed_in(owner).get("/dashboard/notifications/?page=2")

    assert first.text.count("notification__text") == 20
    assert second.text.count("notification__text") == 5


def test_settings_save_each_kind_and_channel_and_the_digest(owner):
    client = signed_in(owner)
    form = client.get("/dashboard/notifications/settings/").text
    assert 'name="co_sponsor__in_site"' in form
    assert 'name="application__in_site"' not in form  # for coordinators only

    response = client.post(
        "/dashboard/notifications/settings/",
        {"co_sponsor__in_site": "on", "comment__by_email": "on"},
    )

    assert response.status_code == 302
    prefs = Preferences.objects.get(user=owner)
    assert "co_sponsor" not in prefs.off_in_site
    assert "co_sponsor" in prefs.off_by_email
    assert "comment" in prefs.off_in_site
    assert "comment" not in prefs.off_by_email
    assert prefs.weekly_digest is False


def test_coordinators_choose_for_what_waits_for_them(coordinator_client):
    form = coordinator_client.get("/dashboard/notifications/settings/").text

    assert 'name="application__by_email"' in form
    assert 'name="report__in_site"' in form


def test_a_person_deleted_takes_their_notifications_and_follows(owner, cause):
    Notification.objects.create(user=owner, kind="comment", cause=cause)
    Follow.objects.create(user=owner, cause=cause)
    owner.delete()

    assert not Notification.objects.exists()
    assert not Follow.objects.exists()


def test_a_cause_without_editors_tells_no_one(cause, other_organisation, told):
    told(lambda: cause.add_co_sponsor(organisation=other_organisation, by=None))

    assert Notification.objects.count() == 0  # the cause had no editor yet


def test_the_count_follows_notifications_gone_with_what_they_were_about(owner, cause):
    Notification.objects.create(user=owner, kind="comment", cause=cause)
    client = signed_in(owner)
    assert 'class="badge badge--count">1' in client.get("/en/").text

    cause.delete()

    assert "badge--count" not in client.get("/en/").text

"""A person downloads everything the portal keeps about them, and deletes
their account: what is theirs goes, what they wrote stays without their name,
their organisation's content stays."""

import io
import json
from datetime import date, timedelta
from unittest.mock import ANY

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from causes.models import Comment, CommentReport, Support
from events.models import Registration
from following.models import DigestSent, Follow, Notification, Preferences
from members.models import Activity, Invitation, Role
from tests.events.test_meetings import make_meeting
from tests.factories import (
    PASSWORD,
    ActivityFactory,
    InvitationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db
User = get_user_model()


def export(client):
    response = client.get("/en/dashboard/account/my-data.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    return json.loads(response.content)


def test_the_download_holds_everything_of_the_person_and_nothing_of_others(
    client, cause, owner, outsider, organisation
):
    cause.support(user=owner)
    cause.support(user=outsider)
    Comment.objects.create(
        cause=cause, author=owner, author_name="Мария", body="Моят коментар"
    )
    theirs = Comment.objects.create(cause=cause, author=outsider, body="Чужд")
    CommentReport.objects.create(comment=theirs, user=owner, reason="Обидно")
    meeting = make_meeting()
    Registration.objects.create(
        meeting=meeting, user=owner, name="Мария", email=owner.email
    )
    client.force_login(owner)

    data = export(client)

    assert data["account"]["email"] == "owner@example.org"
    assert data["roles"] == [{"organisation": organisation.name, "role": "editor"}]
    assert [s["cause"] for s in data["supported_causes"]] == [cause.title]
    assert [c["comment"] for c in data["comments"]] == ["Моят коментар"]
    assert [r["why"] for r in data["reported_comments"]] == ["Обидно"]
    assert [r["email"] for r in data["meeting_registrations"]] == [owner.email]
    assert "Чужд" not in json.dumps(data, ensure_ascii=False)
    assert "outsider@example.org" not in json.dumps(data)


def test_the_download_holds_follows_notifications_and_their_settings(
    client, cause, owner, outsider, organisation
):
    Follow.objects.create(user=owner, cause=cause)
    Follow.objects.create(user=outsider, organisation=organisation)
    Notification.objects.create(user=owner, kind="comment", cause=cause)
    Preferences.objects.create(user=owner, off_by_email=["comment"], language="en")
    DigestSent.objects.create(user=owner, week=date(2026, 11, 23))
    client.force_login(owner)

    data = export(client)

    assert data["following"] == [
        {"kind": "cause", "name": cause.title_en, "since": ANY}
    ]
    assert data["notifications"][0]["kind"] == "comment"
    assert "An accessible town" in data["notifications"][0]["text"]
    assert data["notification_settings"]["off_by_email"] == ["comment"]
    assert data["digests_sent"] == [{"week": "2026-11-23", "sent": ANY}]


@pytest.mark.parametrize("url", ["my-data.json", "", "delete/"])
def test_an_outsider_is_asked_to_sign_in(client, url):
    response = client.get(f"/en/dashboard/account/{url}")

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_the_account_pages_are_linked_from_the_member_area(client, outsider):
    client.force_login(outsider)

    area = client.get("/en/dashboard/").content.decode()
    page = client.get("/en/dashboard/account/").content.decode()

    assert 'href="/en/dashboard/account/"' in area
    assert 'href="/en/dashboard/account/my-data.json"' in page
    assert 'href="/en/dashboard/account/delete/"' in page


def test_a_wrong_password_deletes_nothing(client, outsider):
    client.force_login(outsider)

    response = client.post("/en/dashboard/account/delete/", {"password": "guess"})

    assert response.status_code == 200
    assert "This is not your password." in response.content.decode()
    assert User.objects.filter(pk=outsider.pk).exists()


def test_a_wrong_password_in_bulgarian(client, outsider):
    client.force_login(outsider)

    response = client.post("/dashboard/account/delete/", {"password": "guess"})

    assert "Това не е вашата парола." in response.content.decode()


def test_guessing_the_password_is_stopped(client, outsider):
    client.force_login(outsider)
    for _ in range(5):
        client.post("/en/dashboard/account/delete/", {"password": "guess"})

    response = client.post("/en/dashboard/account/delete/", {"password": PASSWORD})

    assert response.status_code == 302
    assert User.objects.filter(pk=outsider.pk).exists()


def test_deleting_takes_what_is_the_persons_and_leaves_the_organisations(
    client,
    cause,
    owner,
    other_member,
    organisation,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    activity = ActivityFactory(organisation=organisation, created_by=owner)
    cause.support(user=owner)
    comment = Comment.objects.create(
        cause=cause, author=owner, author_name="Мария", body="Да го направим"
    )
    CommentReport.objects.create(comment=comment, user=other_member)
    meeting = make_meeting(capacity=1)
    Registration.objects.create(
        meeting=meeting, user=owner, name="Мария", email=owner.email
    )
    waiting = Registration.objects.create(
        meeting=meeting,
        user=other_member,
        name="Иван",
        email=other_member.email,
        status=Registration.Status.WAITING,
    )
    InvitationFactory(organisation=organisation, email=owner.email)
    client.force_login(owner)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/dashboard/account/delete/", {"password": PASSWORD})

    assert response.status_code == 302
    assert not User.objects.filter(pk=owner.pk).exists()
    assert not Support.objects.filter(cause=cause).exists()
    assert not Registration.objects.filter(email="owner@example.org").exists()
    assert not Role.objects.filter(organisation=organisation).exists()
    assert not Invitation.objects.filter(email="owner@example.org").exists()
    comment.refresh_from_db()
    assert (comment.author, comment.author_name, comment.body) == (
        None,
        "",
        "Да го направим",
    )
    assert CommentReport.objects.filter(comment=comment).exists()  # another's
    assert Activity.objects.filter(pk=activity.pk).exists()
    waiting.refresh_from_db()
    assert waiting.is_confirmed  # the freed place went to the waiting list
    assert [m.to for m in mailoutbox] == [[other_member.email]]
    # Signed out, and told so.
    home = client.get(response["Location"])
    assert "Your account and your personal data are deleted." in home.content.decode()
    assert client.get("/en/dashboard/").status_code == 302


def test_the_only_editor_is_warned_before_deleting(
    client, owner, other_member, organisation
):
    client.force_login(owner)
    alone = client.get("/en/dashboard/account/delete/").content.decode()
    client.force_login(other_member)
    Role.objects.create(
        user=other_member, organisation=organisation, kind=Role.Kind.EDITOR
    )
    client.force_login(owner)

    shared = client.get("/en/dashboard/account/delete/").content.decode()

    assert "You are the only editor of this organisation" in alone
    assert organisation.name in alone
    assert "only editor" not in shared


def test_the_purge_deletes_old_unverified_accounts_and_expired_invitations(
    organisation, owner
):
    old = timezone.now() - timedelta(days=30)
    stale = UserFactory(verified_email=False, date_joined=old)
    fresh = UserFactory(verified_email=False)
    verified = UserFactory(date_joined=old)
    expired = InvitationFactory(
        organisation=organisation, expires_at=timezone.now() - timedelta(days=1)
    )
    pending = InvitationFactory(organisation=organisation)

    call_command("purge_personal_data", stdout=io.StringIO())

    assert not User.objects.filter(pk=stale.pk).exists()
    assert User.objects.filter(pk__in=[fresh.pk, verified.pk, owner.pk]).count() == 3
    assert not Invitation.objects.filter(pk=expired.pk).exists()
    assert Invitation.objects.filter(pk=pending.pk).exists()


def test_the_purge_counts_without_deleting_on_a_dry_run(capsys):
    stale = UserFactory(
        verified_email=False, date_joined=timezone.now() - timedelta(days=30)
    )

    call_command("purge_personal_data", "--dry-run")

    assert "1 unverified account(s)" in capsys.readouterr().out
    assert User.objects.filter(pk=stale.pk).exists()

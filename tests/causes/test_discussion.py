"""The discussion of a cause: comments by signed-up people, reports that
hide a comment at the threshold, coordinators who decide, and rate limits."""

import pytest
from django.core import mail

from causes.models import Cause, Comment, CommentReport
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def comment(cause, other_member):
    return Comment.objects.create(
        cause=cause, author=other_member, author_name="Иван", body="Подкрепям."
    )


def report_by(people, comment):
    for person in people:
        comment.report(by=person)


# Writing


def test_the_anonymous_sign_in_before_commenting(client, cause):
    response = client.post(f"/causes/{cause.slug}/comments/", {"body": "Здравейте"})

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    assert not Comment.objects.exists()


def test_a_signed_in_person_comments_under_their_name(client, cause, outsider):
    client.force_login(outsider)

    response = client.post(
        f"/causes/{cause.slug}/comments/",
        {"body": "  Добра идея!  ", "author_name": "Елена"},
    )

    posted = Comment.objects.get()
    assert response["Location"] == f"{cause.get_absolute_url()}#comment-{posted.pk}"
    assert (posted.author, posted.author_name, posted.body) == (
        outsider,
        "Елена",
        "Добра идея!",
    )
    page = client.get(cause.get_absolute_url()).content.decode()
    assert "Добра идея!" in page
    assert outsider.email not in page


def test_a_comment_without_a_name_is_signed_by_a_supporter(client, cause, outsider):
    client.force_login(outsider)
    client.post(f"/en/causes/{cause.slug}/comments/", {"body": "Yes"})

    page = client.get(f"/en/causes/{cause.slug}/").content.decode()

    assert "A supporter" in page
    assert outsider.email not in page


def test_an_editor_comments_on_behalf_of_their_organisation(
    client, cause, other_member, other_organisation
):
    client.force_login(other_member)

    client.post(
        f"/causes/{cause.slug}/comments/",
        {"body": "Ще помогнем.", "organisation": other_organisation.pk},
    )

    assert Comment.objects.get().organisation == other_organisation
    page = client.get(cause.get_absolute_url()).content.decode()
    assert other_organisation.get_absolute_url() in page


def test_no_one_comments_for_an_organisation_they_do_not_act_for(
    client, cause, outsider, other_organisation
):
    client.force_login(outsider)

    response = client.post(
        f"/causes/{cause.slug}/comments/",
        {"body": "Ще помогнем.", "organisation": other_organisation.pk},
    )

    # Without a role the choice is not even offered: the comment is theirs.
    assert response.status_code == 302
    assert Comment.objects.get().organisation is None


def test_a_member_cannot_pick_another_organisation(
    client, cause, other_member, organisation
):
    client.force_login(other_member)

    response = client.post(
        f"/en/causes/{cause.slug}/comments/",
        {"body": "Ще помогнем.", "organisation": organisation.pk},
    )

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not Comment.objects.exists()


def test_an_empty_comment_is_refused_in_the_users_language(client, cause, outsider):
    client.force_login(outsider)

    response = client.post(f"/causes/{cause.slug}/comments/", {"body": "   "})

    assert response.status_code == 200
    assert "Напишете нещо, преди да го изпратите." in response.content.decode()
    assert not Comment.objects.exists()


def test_an_over_long_comment_is_refused(client, cause, outsider):
    client.force_login(outsider)

    response = client.post(f"/causes/{cause.slug}/comments/", {"body": "а" * 2001})

    assert response.status_code == 200
    assert not Comment.objects.exists()


def test_an_unverified_address_cannot_comment_or_support(client, cause):
    person = UserFactory(verified_email=False)
    client.force_login(person)

    client.post(f"/causes/{cause.slug}/comments/", {"body": "Здравейте"})
    client.post(f"/causes/{cause.slug}/support/")

    assert not Comment.objects.exists()
    assert not cause.supports.exists()


def test_comments_are_escaped(client, cause, outsider):
    client.force_login(outsider)
    client.post(
        f"/causes/{cause.slug}/comments/", {"body": "<script>alert(1)</script>"}
    )

    page = client.get(cause.get_absolute_url()).content.decode()

    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


# Reports and moderation


def test_a_report_counts_once_per_person(comment, outsider):
    comment.report(by=outsider)
    comment.report(by=outsider)

    assert CommentReport.objects.count() == 1
    assert comment.is_visible


def test_the_third_report_hides_the_comment_and_tells_the_coordinators(
    client, comment, coordinator, django_capture_on_commit_callbacks
):
    report_by([UserFactory(), UserFactory()], comment)
    third = UserFactory()
    client.force_login(third)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/causes/comments/{comment.pk}/report/", {"reason": "Обидно"}
        )

    assert response["Location"] == f"{comment.cause.get_absolute_url()}#discussion"
    comment.refresh_from_db()
    assert comment.state == Comment.State.AWAITING
    (message,) = mail.outbox
    assert message.to == [coordinator.email]
    assert "/admin/causes/comment/?state__exact=awaiting" in message.body
    assert (
        "Подкрепям."
        not in client.get(comment.cause.get_absolute_url()).content.decode()
    )


def test_the_threshold_is_configurable(settings, comment):
    settings.COMMENT_REPORT_THRESHOLD = 1

    assert comment.report(by=UserFactory()) is True
    assert comment.state == Comment.State.AWAITING


def test_the_anonymous_sign_in_before_reporting(client, comment):
    response = client.post(f"/causes/comments/{comment.pk}/report/")
    page = client.get(f"/causes/comments/{comment.pk}/report/")

    assert response["Location"].startswith("/accounts/login/")
    assert page["Location"] == (
        f"/accounts/login/?next=/causes/comments/{comment.pk}/report/"
    )
    assert not CommentReport.objects.exists()


def test_a_report_starts_on_a_page_of_its_own(client, comment, outsider):
    client.force_login(outsider)

    page = client.get(f"/en/causes/comments/{comment.pk}/report/")

    assert page.status_code == 200
    assert "Подкрепям." in page.content.decode()
    assert 'name="reason"' in page.content.decode()
    assert not CommentReport.objects.exists()


def test_no_one_reports_their_own_comment(client, comment, other_member):
    client.force_login(other_member)

    page = client.get(f"/causes/comments/{comment.pk}/report/")
    sent = client.post(f"/causes/comments/{comment.pk}/report/")

    assert (
        page["Location"] == f"{comment.cause.get_absolute_url()}#comment-{comment.pk}"
    )
    assert sent.status_code == 302
    assert not CommentReport.objects.exists()


def test_a_hidden_comment_cannot_be_reported_again(client, comment, outsider):
    report_by([UserFactory() for _ in range(3)], comment)
    client.force_login(outsider)

    response = client.post(f"/causes/comments/{comment.pk}/report/")

    assert response.status_code == 404
    assert not CommentReport.objects.filter(comment=comment, user=outsider).exists()


def test_a_coordinator_restores_a_hidden_comment_from_the_admin(
    coordinator_client, comment
):
    report_by([UserFactory() for _ in range(3)], comment)

    queue = coordinator_client.get("/admin/causes/comment/?state__exact=awaiting")
    assert "Подкрепям." in queue.content.decode()

    coordinator_client.post(
        "/admin/causes/comment/",
        {"action": "restore", "_selected_action": [comment.pk]},
    )

    comment.refresh_from_db()
    assert comment.is_visible
    assert comment.decided_by is not None
    # Old reports were decided on: it takes three new ones to hide it again.
    report_by([UserFactory(), UserFactory()], comment)
    assert comment.is_visible


def test_a_coordinator_removes_a_hidden_comment_from_the_admin(
    client, coordinator_client, comment
):
    report_by([UserFactory() for _ in range(3)], comment)

    coordinator_client.post(
        "/admin/causes/comment/",
        {"action": "remove", "_selected_action": [comment.pk]},
    )

    comment.refresh_from_db()
    assert comment.state == Comment.State.REMOVED
    assert (
        "Подкрепям."
        not in client.get(comment.cause.get_absolute_url()).content.decode()
    )


@pytest.mark.parametrize("persona", ["owner", "other_member", "outsider"])
def test_only_coordinators_moderate(client, request, comment, persona):
    client.force_login(request.getfixturevalue(persona))

    response = client.post(
        "/admin/causes/comment/",
        {"action": "remove", "_selected_action": [comment.pk]},
    )

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    comment.refresh_from_db()
    assert comment.is_visible


# Rate limits


def test_commenting_is_rate_limited(client, settings, cause, outsider):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "comment": (2, 3600)}
    client.force_login(outsider)

    statuses = [
        client.post(f"/causes/{cause.slug}/comments/", {"body": f"№{n}"}).status_code
        for n in range(3)
    ]

    assert statuses == [302, 302, 429]
    assert Comment.objects.count() == 2


def test_supporting_is_rate_limited(client, settings, organisation, outsider):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "support": (2, 3600)}
    causes = [
        Cause.objects.create(proposed_by=organisation, title_bg=f"К{n}", summary_bg="x")
        for n in range(3)
    ]
    client.force_login(outsider)

    responses = [client.post(f"/causes/{c.slug}/support/") for c in causes]

    assert [r.status_code for r in responses] == [302, 302, 429]
    assert "Retry-After" in responses[-1]
    assert outsider.supports.count() == 2


def test_reporting_is_rate_limited(client, settings, cause, outsider):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "report": (1, 3600)}
    comments = [
        Comment.objects.create(cause=cause, author=UserFactory(), body=f"№{n}")
        for n in range(2)
    ]
    client.force_login(outsider)

    statuses = [
        client.post(f"/causes/comments/{c.pk}/report/").status_code for c in comments
    ]

    assert statuses == [302, 429]
    assert CommentReport.objects.count() == 1

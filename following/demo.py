"""The demo network's follows and notifications: the demo supporter follows
a few organisations, causes and topics; the demo editor and coordinator find
what happened to their organisation's causes and what waits for them."""

from datetime import timedelta

from django.utils import timezone

from causes.models import Cause, Comment, CoSponsorship, StatusChange
from following.models import Follow, Notification, Preferences
from members.models import Application, Organisation, Role, Topic


def seed_following(*, supporter, editor, coordinator):
    """Once: later runs leave what people changed."""
    if Follow.objects.filter(user=supporter).exists():
        return
    organisations = list(Organisation.objects.public().order_by("pk")[1:3])
    for organisation in organisations:
        Follow.objects.create(user=supporter, organisation=organisation)
    backed = Cause.objects.public().filter(co_sponsorships__isnull=False)
    for cause in backed.distinct().order_by("pk")[:2]:
        Follow.objects.create(user=supporter, cause=cause)
    for topic in Topic.objects.order_by("position")[:2]:
        Follow.objects.create(user=supporter, topic=topic)
    Preferences.objects.get_or_create(user=supporter)

    mine = Role.objects.filter(user=editor, kind=Role.Kind.EDITOR).values(
        "organisation"
    )
    now = timezone.now()
    ours = {"cause__proposed_by__in": mine}
    told = [
        Notification(
            user=editor,
            kind=Notification.Kind.CO_SPONSOR,
            cause=sponsorship.cause,
            organisation=sponsorship.organisation,
        )
        for sponsorship in CoSponsorship.objects.filter(**ours)[:2]
    ]
    told += [
        Notification(
            user=editor, kind=Notification.Kind.COMMENT, cause=c.cause, comment=c
        )
        for c in Comment.objects.filter(**ours)[:2]
    ]
    told += [
        Notification(
            user=editor, kind=Notification.Kind.DECISION, cause=s.cause, status_change=s
        )
        for s in StatusChange.objects.filter(**ours).exclude(from_status="")[:1]
    ]
    told += [
        Notification(
            user=coordinator, kind=Notification.Kind.APPLICATION, application=a
        )
        for a in Application.objects.filter(status="pending")[:1]
    ]
    for age, notification in enumerate(told):
        notification.save()
        # Spread over the last days, the oldest already read.
        when = now - timedelta(days=age, hours=age)
        Notification.objects.filter(pk=notification.pk).update(
            created_at=when, read_at=when if age >= 3 else None
        )

"""Workflows of causes that send mail: a comment hidden by reports waits for
the coordinators."""

from django.conf import settings
from django.db import transaction
from django.urls import reverse

from causes.models import Comment
from causes.signals import comment_hidden
from members.services import mail
from members.signals import addresses


def report_comment(*, comment, by, reason, request):
    """Record a report; when it hides the comment, tell the coordinators."""
    hidden = comment.report(by=by, reason=reason)
    if hidden:
        notify_coordinators_of_hidden_comment(comment=comment, request=request)
    return hidden


def notify_coordinators_of_hidden_comment(*, comment, request):
    recipients = addresses(
        comment_hidden.send(Comment, comment=comment, request=request)
    )
    if not recipients:
        return
    queue = reverse("admin:causes_comment_changelist") + "?state__exact=awaiting"
    context = {
        "comment": comment,
        "cause": comment.cause,
        "reports": comment.open_reports().count(),
        "url": request.build_absolute_uri(queue),
    }
    transaction.on_commit(
        lambda: mail(
            template="causes/email/comment_hidden",
            to=recipients,
            context=context,
            language=settings.LANGUAGE_CODE,
        )
    )

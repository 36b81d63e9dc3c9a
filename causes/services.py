"""Workflows of causes that send mail: a comment hidden by reports waits for
the coordinators; a proposal's answer falls due."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from causes.models import Comment, Proposal
from causes.signals import comment_hidden
from infrastructure.siteaddress import SiteAddress
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


def remind_of_due_answers(*, today=None, site=None):
    """Tell the editors of the organisations that sent a proposal, a few
    days before its answer is due and on the day, once a day; how many
    e-mails went."""
    today = today or timezone.localdate()
    site = site or SiteAddress()
    days = settings.PROPOSAL_REMIND_DAYS
    sent = 0
    for proposal in Proposal.objects.falling_due(today, days).for_lists():
        with transaction.atomic():
            locked = Proposal.objects.select_for_update().get(pk=proposal.pk)
            if locked.reminded_on == today:
                continue  # another run got there first
            senders = [o.pk for o in proposal.organisations()]
            editors = (
                get_user_model()
                .objects.filter(
                    roles__organisation__in=senders,
                    roles__kind="editor",
                    is_active=True,
                )
                .distinct()
            )
            context = {
                "proposal": proposal,
                "today": proposal.due_on == today,
                "url": site.build_absolute_uri(proposal.get_absolute_url()),
                "answer_url": site.build_absolute_uri(
                    reverse("causes_dashboard:proposal_answer", args=[proposal.slug])
                ),
            }
            for editor in editors:
                mail(
                    template="causes/email/proposal_due",
                    to=[editor.email],
                    context=context,
                    language=settings.LANGUAGE_CODE,
                )
                sent += 1
            locked.reminded_on = today
            locked.save(update_fields=["reminded_on"])
    return sent

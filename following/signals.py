"""What tells editors and registrants: a co-sponsor, a comment or a step of
their cause, a change of a meeting they registered for, and a coordinator
hiding what they published; in help between members, the poster's editors
of an answer, those who answered of their answer accepted, and followers of
a new request or offer; of a proposal to an institution, those who follow
its cause and the cause's editors, when it is sent and when it is answered;
coordinators, of an application waiting and of a comment hidden by reports
(the apps that announce them mail those who want it by e-mail)."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_save

from causes.models import ANSWERS, Proposal
from following.models import Follow, Notification
from following.services import (
    FOLLOWED_KEY,
    UNREAD_KEY,
    coordinators,
    editors_of,
    forget,
    is_muted,
    notify,
)

Kind = Notification.Kind


def _site():
    from infrastructure.siteaddress import SiteAddress

    return SiteAddress()


def _cause_editors(cause):
    return editors_of(cause.proposed_by_id)


def _tell_cause_editors(kind, instance, *, by, **about):
    """The editors of `instance`'s cause, but the person who did it."""
    cause = instance.cause
    notify(kind, _cause_editors(cause), exclude=by, site=_site(), cause=cause, **about)


def co_sponsored(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        _tell_cause_editors(
            Kind.CO_SPONSOR,
            instance,
            by=instance.added_by,
            organisation=instance.organisation,
        )


def commented(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance.is_visible:
        _tell_cause_editors(
            Kind.COMMENT, instance, by=instance.author, comment=instance
        )


def moved_on(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance.from_status:
        _tell_cause_editors(
            Kind.DECISION, instance, by=instance.changed_by, status_change=instance
        )


def meeting_changed(sender, instance, created, raw=False, **kwargs):
    if created or raw or not getattr(instance, "calendar_changed", False):
        return
    registered = get_user_model().objects.filter(
        registrations__meeting=instance,
        registrations__status__in=["confirmed", "waiting"],
    )
    notify(Kind.MEETING, registered, site=_site(), meeting=instance)


def hidden(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if raw or created or not update_fields or "hidden_by" not in update_fields:
        return
    if instance.state != instance.State.HIDDEN:
        return
    notify(
        Kind.HIDDEN,
        editors_of(instance.organisation_id),
        site=_site(),
        **{instance._meta.model_name: instance},
    )


def help_answered(sender, instance, created, raw=False, **kwargs):
    """The poster's editors, but the person who answered."""
    if not created or raw:
        return
    item = instance.item
    notify(
        Kind.HELP_ANSWER,
        editors_of(item.organisation_id),
        exclude=instance.responder,
        site=_site(),
        help_item=item,
        help_response=instance,
    )


def help_accepted(sender, instance, created, raw=False, update_fields=None, **kwargs):
    """The answering organisation's editors, or the supporter who answered,
    but the person who accepted; and the poster's editors."""
    if raw or created or not update_fields or "accepted_at" not in update_fields:
        return
    if not instance.is_accepted:
        return
    if instance.organisation_id:
        told = editors_of(instance.organisation_id)
    else:
        told = get_user_model().objects.filter(pk=instance.responder_id, is_active=True)
    notify(
        Kind.HELP_ACCEPTED,
        told,
        exclude=instance.accepted_by,
        site=_site(),
        help_item=instance.item,
        help_response=instance,
    )
    # And the poster's editors, the one who accepted too: each side has it
    # by e-mail.
    notify(
        Kind.HELP_AGREED,
        editors_of(instance.item.organisation_id),
        site=_site(),
        help_item=instance.item,
        help_response=instance,
    )


def help_posted(sender, instance, created, raw=False, **kwargs):
    """Once the item and its topics are saved: those who follow its
    organisation or one of its topics, but its own editors."""
    if not created or raw or is_muted():
        return
    transaction.on_commit(lambda: _tell_followers(instance.pk))


def _tell_followers(pk):
    from mutual_help.models import HelpItem

    item = (
        HelpItem.objects.public()
        .open()
        .select_related("organisation")
        .filter(pk=pk)
        .first()
    )
    if item is None:
        return
    followers = (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(
            Q(follows__organisation=item.organisation_id)
            | Q(follows__topic__in=item.topics.values("pk"))
        )
        .exclude(pk__in=editors_of(item.organisation_id).values("pk"))
    )
    notify(Kind.HELP_POSTED, followers, site=_site(), help_item=item)


# Proposals to institutions. A proposal for a cause tells those who follow
# the cause and the cause's editors: once when it is recorded as sent, and
# once when its answer is recorded. Neither is told to the person who
# recorded it, nor for a proposal without a cause, a fixture (raw) or the
# demo's seeding (muted), nor for a proposal the public does not see (sent
# by an applicant, or to an institution a coordinator has not confirmed).
#
# The answer: a form saves the whole proposal (`save()`, no update_fields),
# so whether this save records the answer is read from the stored row, just
# before the save (`proposal_stored`): the proposal is answered now and its
# stored outcome was not an answer. Saved again, or corrected from one
# answer to another, it tells no one again.
_OUTCOME_BEFORE = "_following_outcome_before"


def _proposal_audience(cause):
    """Those who follow the cause, and its editors; active, each once."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(
            Q(pk__in=Follow.objects.filter(cause=cause).values("user"))
            | Q(pk__in=_cause_editors(cause).values("pk"))
        )
    )


def _tell_of_proposal(kind, proposal, *, by):
    notify(
        kind,
        _proposal_audience(proposal.cause),
        exclude=by,
        site=_site(),
        cause=proposal.cause,
        proposal=proposal,
    )


def _public_proposal(pk):
    return (
        Proposal.objects.public()
        .filter(cause__isnull=False)
        .select_related(
            "cause", "institution", "organisation", "recorded_by", "answer_recorded_by"
        )
        .filter(pk=pk)
        .first()
    )


def proposal_stored(sender, instance, raw=False, update_fields=None, **kwargs):
    """Before a proposal is saved again: its outcome as stored, for
    `proposal_saved` to see whether this save records the answer."""
    instance.__dict__.pop(_OUTCOME_BEFORE, None)
    if raw or instance.pk is None or instance._state.adding:
        return
    if update_fields is not None and "outcome" not in update_fields:
        return
    if instance.cause_id is None or instance.outcome not in ANSWERS:
        return  # nothing to tell: no need to read the row
    stored = (
        sender._default_manager.filter(pk=instance.pk)
        .values_list("outcome", flat=True)
        .first()
    )
    instance.__dict__[_OUTCOME_BEFORE] = stored


def proposal_saved(sender, instance, created, raw=False, **kwargs):
    before = instance.__dict__.pop(_OUTCOME_BEFORE, None)
    if raw or is_muted() or instance.cause_id is None:
        return
    if created:
        # Once committed: in a transaction, what the form saves after it
        # (its co-signers) is saved too, and a proposal rolled back tells no
        # one. An old proposal recorded with its answer tells both.
        answered = instance.outcome in ANSWERS
        transaction.on_commit(
            lambda: _tell_of_new_proposal(instance.pk, answered=answered)
        )
    elif instance.outcome in ANSWERS and before is not None and before not in ANSWERS:
        proposal = _public_proposal(instance.pk)
        if proposal is not None:
            _tell_of_proposal(
                Kind.PROPOSAL_ANSWERED, proposal, by=proposal.answer_recorded_by
            )


def _tell_of_new_proposal(pk, *, answered):
    proposal = _public_proposal(pk)
    if proposal is None:
        return
    _tell_of_proposal(Kind.PROPOSAL_SENT, proposal, by=proposal.recorded_by)
    if answered:
        _tell_of_proposal(
            Kind.PROPOSAL_ANSWERED, proposal, by=proposal.answer_recorded_by
        )


def application_waits(sender, application, request, **kwargs):
    """Coordinators are told in the site; those who want it by e-mail get
    the registry's own message."""
    return notify(
        Kind.APPLICATION,
        coordinators(),
        site=request,
        email=False,
        application=application,
    )


def comment_hidden(sender, comment, request, **kwargs):
    return notify(
        Kind.REPORT, coordinators(), site=request, email=False, comment=comment
    )


def follows_changed(sender, instance, **kwargs):
    """However a follow comes or goes (a cascade too), the page's button
    asks again."""
    forget(FOLLOWED_KEY.format(instance.user_id))


def notifications_changed(sender, instance, **kwargs):
    forget(UNREAD_KEY.format(instance.user_id))


def connect():
    from causes import signals as causes_signals
    from causes.models import Comment, CoSponsorship, StatusChange
    from events.models import Meeting
    from members import signals as members_signals
    from members.models import Activity, Practice
    from mutual_help.models import HelpItem, Response

    members_signals.application_waits.connect(
        application_waits, dispatch_uid="notify-application"
    )
    causes_signals.comment_hidden.connect(comment_hidden, dispatch_uid="notify-report")
    post_save.connect(co_sponsored, CoSponsorship, dispatch_uid="notify-co-sponsor")
    post_save.connect(commented, Comment, dispatch_uid="notify-comment")
    post_save.connect(moved_on, StatusChange, dispatch_uid="notify-decision")
    post_save.connect(meeting_changed, Meeting, dispatch_uid="notify-meeting")
    post_save.connect(help_answered, Response, dispatch_uid="notify-help-answer")
    post_save.connect(help_accepted, Response, dispatch_uid="notify-help-accepted")
    post_save.connect(help_posted, HelpItem, dispatch_uid="notify-help-posted")
    pre_save.connect(proposal_stored, Proposal, dispatch_uid="proposal-stored")
    post_save.connect(proposal_saved, Proposal, dispatch_uid="notify-proposal")
    for signal in (post_save, post_delete):
        signal.connect(follows_changed, Follow, dispatch_uid=f"{signal}-follow")
        signal.connect(
            notifications_changed, Notification, dispatch_uid=f"{signal}-notification"
        )
    for model in (Activity, Practice):
        post_save.connect(hidden, model, dispatch_uid=f"notify-hidden-{model}")

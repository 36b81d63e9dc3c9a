"""What a signed-up person follows, what the site tells them, how they want
to be told, and the weekly digests already sent."""

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


def new_token():
    return secrets.token_urlsafe(32)


class FollowQuerySet(models.QuerySet):
    def of(self, user):
        return self.filter(user=user)


TARGETS = ("organisation", "cause", "topic")


def followed(model, verbose_name):
    """What a follow follows: one of the three is set (the constraint below)."""
    return models.ForeignKey(
        model,
        verbose_name=verbose_name,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )


class Follow(models.Model):
    """One organisation, cause or topic a person follows, for the digest."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="follows",
    )
    organisation = followed("members.Organisation", _("organisation"))
    cause = followed("causes.Cause", _("cause"))
    topic = followed("members.Topic", _("topic"))
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    objects = FollowQuerySet.as_manager()

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(organisation__isnull=False, cause=None, topic=None)
                    | models.Q(organisation=None, cause__isnull=False, topic=None)
                    | models.Q(organisation=None, cause=None, topic__isnull=False)
                ),
                name="follow_one_thing",
            ),
            *(
                models.UniqueConstraint(
                    fields=["user", target],
                    condition=models.Q(**{f"{target}__isnull": False}),
                    name=f"follow_{target}_once",
                )
                for target in TARGETS
            ),
        ]

    def __str__(self):
        return f"{self.user} → {self.target}"

    @property
    def target(self):
        return self.organisation or self.cause or self.topic


class Preferences(models.Model):
    """How a person wants to be told: each kind of notification in the site
    and by e-mail (all on unless switched off), and the weekly digest."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="notification_preferences",
    )
    language = models.CharField(
        _("language of the e-mails"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    off_in_site = models.JSONField(_("kinds not shown on the site"), default=list)
    off_by_email = models.JSONField(_("kinds not sent by e-mail"), default=list)
    weekly_digest = models.BooleanField(_("weekly digest"), default=True)
    digest_token = models.CharField(
        max_length=64, unique=True, default=new_token, editable=False
    )

    class Meta:
        verbose_name = _("notification preferences")
        verbose_name_plural = _("notification preferences")

    def __str__(self):
        return str(self.user)

    def wants(self, kind, channel):
        """channel: "in_site" or "by_email"."""
        return kind not in getattr(self, f"off_{channel}")

    def get_unsubscribe_url(self):
        return reverse("following:unsubscribe", args=[self.digest_token])


class NotificationQuerySet(models.QuerySet):
    def unread(self):
        return self.filter(read_at=None)

    def for_list(self):
        return self.select_related(
            "cause",
            "meeting",
            "activity__organisation",
            "practice__organisation",
            "organisation",
            "application",
            "comment__cause",
            "status_change",
            "help_item__organisation",
            "help_response__organisation",
            "help_response__responder",
            "proposal__organisation",
            "proposal__institution",
        )


def about(model):
    """What a notification is about: one or two of these are set."""
    return models.ForeignKey(
        model, on_delete=models.CASCADE, null=True, related_name="+"
    )


class Notification(models.Model):
    """Something the site tells one person: about their organisation's
    causes and activities, a meeting they registered for, help between
    members (an answer, an answer accepted, a new request or offer of what
    they follow), a proposal to an institution for their organisation's cause
    or one they follow (sent, then answered), or, for coordinators, what
    waits for them."""

    class Kind(models.TextChoices):
        CO_SPONSOR = "co_sponsor", _("a member co-sponsors our cause")
        COMMENT = "comment", _("a comment on our cause")
        DECISION = "decision", _("our cause reaches a new stage")
        MEETING = "meeting", _("a meeting I registered for changes")
        HIDDEN = "hidden", _("a coordinator hides our activity or practice")
        HELP_ANSWER = "help_answer", _("someone answers our request or offer of help")
        HELP_ACCEPTED = (
            "help_accepted",
            _("our answer to a request or offer of help is accepted"),
        )
        HELP_AGREED = (
            "help_agreed",
            _("we accept an answer to our request or offer of help"),
        )
        HELP_POSTED = (
            "help_posted",
            _(
                "a new request or offer of help from an organisation or on a topic "
                "I follow"
            ),
        )
        PROPOSAL_SENT = (
            "proposal_sent",
            _("a proposal for our cause or a cause I follow is sent to an institution"),
        )
        PROPOSAL_ANSWERED = (
            "proposal_answered",
            _("an institution answers a proposal for our cause or a cause I follow"),
        )
        APPLICATION = "application", _("an application to join is waiting")
        REPORT = "report", _("a reported comment is waiting")

    # Only coordinators are told of these.
    FOR_COORDINATORS = (Kind.APPLICATION, Kind.REPORT)

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    # What it is about: one or two of these.
    cause = about("causes.Cause")
    status_change = about("causes.StatusChange")
    comment = about("causes.Comment")
    meeting = about("events.Meeting")
    activity = about("members.Activity")
    practice = about("members.Practice")
    organisation = about("members.Organisation")
    application = about("members.Application")
    help_item = about("mutual_help.HelpItem")
    help_response = about("mutual_help.Response")
    proposal = about("causes.Proposal")

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "-created_at"])]

    def __str__(self):
        return str(self.text)

    def get_absolute_url(self):
        """Where to go to see it, or act on it."""
        Kind = self.Kind
        if self.kind == Kind.HIDDEN:
            hidden = self.activity or self.practice
            lists = "activities" if self.activity_id else "practices"
            return reverse(
                f"members_dashboard:{lists}", args=[hidden.organisation.slug]
            )
        if self.kind == Kind.APPLICATION:
            return reverse(
                "admin:members_application_change", args=[self.application_id]
            )
        if self.kind == Kind.REPORT:
            return reverse("admin:causes_comment_changelist") + "?state__exact=awaiting"
        if self.kind == Kind.MEETING:
            return self.meeting.get_absolute_url()
        if self.kind in (Kind.HELP_ANSWER, Kind.HELP_AGREED):
            # The poster's editors accept answers, and see the other side's
            # contact, on their dashboard.
            return reverse(
                "help_dashboard:organisation", args=[self.help_item.organisation.slug]
            )
        if self.kind in (Kind.HELP_ACCEPTED, Kind.HELP_POSTED):
            return self.help_item.get_absolute_url()
        if self.kind in (Kind.PROPOSAL_SENT, Kind.PROPOSAL_ANSWERED):
            return self.proposal.get_absolute_url()
        return self.cause.get_absolute_url()

    @property
    def is_read(self):
        return self.read_at is not None

    @property
    def text(self):
        """What happened, in the active language."""
        Kind = self.Kind
        if self.kind == Kind.CO_SPONSOR:
            return _("%(organisation)s co-sponsors your cause “%(cause)s”.") % {
                "organisation": self.organisation,
                "cause": self.cause,
            }
        if self.kind == Kind.COMMENT:
            return _("A new comment on your cause “%(cause)s”.") % {"cause": self.cause}
        if self.kind == Kind.DECISION:
            return _("Your cause “%(cause)s” is now “%(status)s”.") % {
                "cause": self.cause,
                "status": self.status_change.get_to_status_display(),
            }
        if self.kind == Kind.MEETING and self.meeting.status == "cancelled":
            return _("The meeting “%(meeting)s” you registered for is cancelled.") % {
                "meeting": self.meeting
            }
        if self.kind == Kind.MEETING:
            return _(
                "The meeting “%(meeting)s” you registered for has changed; "
                "check its date, time and place."
            ) % {"meeting": self.meeting}
        if self.kind == Kind.HIDDEN:
            hidden = self.activity or self.practice
            return _("A coordinator hid “%(title)s”. The reason: %(reason)s") % {
                "title": hidden,
                "reason": hidden.hidden_reason,
            }
        if self.kind == Kind.HELP_ANSWER:
            return _("%(whom)s answered “%(title)s”.") % {
                "whom": self.help_response.from_whom,
                "title": self.help_item,
            }
        if self.kind == Kind.HELP_ACCEPTED:
            return _(
                "%(organisation)s accepted your answer to “%(title)s”; "
                "you now see each other's contact."
            ) % {
                "organisation": self.help_item.organisation,
                "title": self.help_item,
            }
        if self.kind == Kind.HELP_AGREED:
            return _(
                "“%(title)s” is agreed with %(whom)s: each side's contact is in "
                "the member area."
            ) % {"title": self.help_item, "whom": self.help_response.from_whom}
        if self.kind == Kind.HELP_POSTED and self.help_item.is_request:
            return _("%(organisation)s asks for help: “%(title)s”.") % {
                "organisation": self.help_item.organisation,
                "title": self.help_item,
            }
        if self.kind == Kind.HELP_POSTED:
            return _("%(organisation)s offers help: “%(title)s”.") % {
                "organisation": self.help_item.organisation,
                "title": self.help_item,
            }
        if self.kind == Kind.PROPOSAL_SENT:
            return _(
                "%(organisation)s sent “%(title)s” to %(institution)s for the "
                "cause “%(cause)s”."
            ) % {
                "organisation": self.proposal.organisation,
                "title": self.proposal,
                "institution": self.proposal.institution,
                "cause": self.cause,
            }
        if self.kind == Kind.PROPOSAL_ANSWERED:
            return _("%(institution)s answered “%(title)s”: %(outcome)s.") % {
                "institution": self.proposal.institution,
                "title": self.proposal,
                "outcome": self.proposal.get_outcome_display(),
            }
        if self.kind == Kind.APPLICATION:
            return _("“%(name)s” applies to join the network.") % {
                "name": self.application.name
            }
        return _("A comment on “%(cause)s” was reported and is waiting for you.") % {
            "cause": self.comment.cause
        }


class DigestSent(models.Model):
    """The digest of one week went to one person: never twice."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    week = models.DateField(pgettext_lazy("digest", "week of"))
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("digest sent")
        verbose_name_plural = _("digests sent")
        ordering = ["-week"]
        constraints = [
            models.UniqueConstraint(fields=["user", "week"], name="digest_once_a_week")
        ]

    def __str__(self):
        return f"{self.user}, {self.week}"

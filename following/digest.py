"""The weekly digest: for each person, what is new with the organisations,
causes and topics they follow (activities, causes' steps, meetings,
practices, requests and offers of help, proposals to institutions sent or
answered), grouped and short, in their language, with a one-click
unsubscribe; once a week at most."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from causes.models import ANSWERS, Cause, Proposal, StatusChange
from events.models import Meeting
from following.models import TARGETS, DigestSent, Follow, Preferences
from infrastructure.unsubscribe import unsubscribe_headers
from members.models import Activity, Practice
from mutual_help.models import HelpItem

# Each section shows this many, and says how many more there are.
SHOWN = 5
# The meetings of the coming two weeks.
MEETINGS_AHEAD = timedelta(days=14)
# Nothing older than a week, even when the last digest is older.
AT_MOST = timedelta(days=7)


def week_of(moment):
    """The Monday of the moment's week, in the site's time zone: the key
    that keeps a digest from going twice in one week."""
    day = timezone.localdate(moment)
    return day - timedelta(days=day.weekday())


@dataclass
class Section:
    items: list
    more: int = 0


@dataclass
class Digest:
    activities: Section = field(default_factory=lambda: Section([]))
    causes: Section = field(default_factory=lambda: Section([]))
    meetings: Section = field(default_factory=lambda: Section([]))
    practices: Section = field(default_factory=lambda: Section([]))
    help: Section = field(default_factory=lambda: Section([]))
    proposals: Section = field(default_factory=lambda: Section([]))

    @property
    def is_empty(self):
        return not any(
            (
                self.activities.items,
                self.causes.items,
                self.meetings.items,
                self.practices.items,
                self.help.items,
                self.proposals.items,
            )
        )


def _section(queryset):
    items = list(queryset[: SHOWN + 1])
    if len(items) <= SHOWN:
        return Section(items)
    return Section(items[:SHOWN], queryset.count() - SHOWN)


def followed(user):
    """The pks the person follows, by kind."""
    found = {target: set() for target in TARGETS}
    for row in Follow.objects.of(user).values_list(*TARGETS):
        for target, pk in zip(TARGETS, row, strict=True):
            if pk is not None:
                found[target].add(pk)
    return found


def collect(user, *, since, now):
    """What is new for the person between `since` and `now`, and the
    meetings ahead of `now`."""
    follows = followed(user)
    organisations, causes, topics = (
        follows["organisation"],
        follows["cause"],
        follows["topic"],
    )
    new = {"published_at__gte": since, "published_at__lt": now}
    activities = (
        Activity.objects.for_public()
        .filter(**new)
        .filter(
            Q(organisation__in=organisations)
            | Q(co_organisers__in=organisations)
            | Q(topics__in=topics)
            | Q(causes__in=causes)
        )
        .select_related("organisation")
        .distinct()
        .order_by("-published_at", "-pk")
    )
    public_causes = Cause.objects.public()
    steps = (
        StatusChange.objects.filter(
            changed_at__gte=since, changed_at__lt=now, cause__in=public_causes
        )
        .exclude(from_status="")
        .filter(
            Q(cause__in=causes)
            | Q(cause__proposed_by__in=organisations)
            | Q(cause__topics__in=topics)
        )
        .select_related("cause")
        .distinct()
        .order_by("-changed_at", "-pk")
    )
    meetings = (
        Meeting.objects.filter(
            starts_at__gte=now,
            starts_at__lt=now + MEETINGS_AHEAD,
            status__in=[Meeting.Status.SCHEDULED, Meeting.Status.POSTPONED],
        )
        .filter(Q(organisers__in=organisations) | Q(agenda__cause__in=causes))
        .distinct()
        .order_by("starts_at", "pk")
    )
    practices = (
        Practice.objects.for_public()
        .filter(**new)
        .filter(Q(organisation__in=organisations) | Q(topics__in=topics))
        .select_related("organisation")
        .distinct()
        .newest_first()
    )
    # Posted in the week and still looking for someone.
    help_items = (
        HelpItem.objects.public()
        .open()
        .filter(created_at__gte=since, created_at__lt=now)
        .filter(Q(organisation__in=organisations) | Q(topics__in=topics))
        .select_related("organisation")
        .distinct()
        .order_by("-created_at", "-pk")
    )
    # Recorded in the week, or answered in the week. A proposal keeps no
    # time of its answer's recording (`answered_on` is the institution's
    # date, often days before): an answered proposal saved in the week
    # counts, so an answer corrected later is listed again that week.
    proposals = (
        Proposal.objects.public()
        .filter(
            Q(created_at__gte=since, created_at__lt=now)
            | Q(outcome__in=ANSWERS, updated_at__gte=since, updated_at__lt=now)
        )
        .filter(
            Q(cause__in=causes)
            | Q(organisation__in=organisations)
            | Q(co_signers__in=organisations)
            | Q(cause__topics__in=topics)
        )
        .select_related("organisation", "institution")
        .distinct()
        .order_by("-updated_at", "-pk")
    )
    return Digest(
        activities=_section(activities),
        causes=_section(steps),
        meetings=_section(meetings),
        practices=_section(practices),
        help=_section(help_items),
        proposals=_section(proposals),
    )


def recipients(week):
    """Active people who follow something, want the digest, and have not
    had this week's."""
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            pk__in=Follow.objects.values("user"),
            emailaddress__verified=True,
            emailaddress__primary=True,
        )
        .exclude(notification_preferences__weekly_digest=False)
        .exclude(pk__in=DigestSent.objects.filter(week=week).values("user"))
        .order_by("pk")
    )


def send_digests(*, now=None, site=None):
    """Send this week's digest to each person who has not had it and has
    something new. Returns how many went. Run twice in a week, the second
    run sends none to those who had one."""
    from infrastructure.siteaddress import SiteAddress

    now = now or timezone.now()
    site = site or SiteAddress()
    week = week_of(now)
    sent = 0
    for user in recipients(week):
        prefs, _created = Preferences.objects.get_or_create(user=user)
        last = (
            DigestSent.objects.filter(user=user)
            .order_by("-sent_at")
            .values_list("sent_at", flat=True)
            .first()
        )
        since = max(last or now - AT_MOST, now - AT_MOST)
        digest = collect(user, since=since, now=now)
        if digest.is_empty:
            continue
        try:
            with transaction.atomic():
                DigestSent.objects.create(user=user, week=week)
                send(user, digest, preferences=prefs, site=site)
        except IntegrityError:
            continue  # another run sent it a moment ago
        sent += 1
    return sent


def send(user, digest, *, preferences, site):
    unsubscribe_url = site.build_absolute_uri(preferences.get_unsubscribe_url())
    with translation.override(preferences.language):
        context = {
            "user": user,
            "digest": digest,
            "site_url": site.build_absolute_uri(""),
            "following_url": site.build_absolute_uri(reverse("following:index")),
            "unsubscribe_url": unsubscribe_url,
        }
        subject = render_to_string("following/email/digest_subject.txt", context)
        body = render_to_string("following/email/digest_message.txt", context)
    EmailMessage(
        " ".join(subject.split()),
        body,
        to=[user.email],
        headers=unsubscribe_headers(unsubscribe_url),
    ).send()

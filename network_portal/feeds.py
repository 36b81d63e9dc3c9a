"""Atom feeds: the network's news, and one for each organisation, cause and
institution."""

from dataclasses import dataclass
from datetime import date, datetime, time

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from causes.models import Cause, Proposal
from members.models import Activity, Institution, Organisation, Practice
from mutual_help.models import HelpItem
from network_portal.models import SiteSettings

ITEMS = 30


class NewsFeed(Feed):
    feed_type = Atom1Feed

    def get_feed(self, obj, request):
        self.request = request  # Atom wants absolute links, authors' too
        return super().get_feed(obj, request)

    def title(self):
        return _("%(network)s: news") % {"network": SiteSettings.load().network_name}

    def subtitle(self):
        return _("What the members of the network do and achieve.")

    def link(self):
        return reverse("activities:list")

    def items(self):
        return (
            Activity.objects.for_public()
            .select_related("organisation")
            .prefetch_related("topics")
            .order_by("-published_at")[:ITEMS]
        )

    def item_title(self, activity):
        return activity.title

    def item_description(self, activity):
        return activity.summary

    def item_pubdate(self, activity):
        return activity.published_at

    def item_updateddate(self, activity):
        return activity.updated_at

    def item_author_name(self, activity):
        return activity.organisation.name

    def item_author_link(self, activity):
        return self.request.build_absolute_uri(activity.organisation.get_absolute_url())

    def item_categories(self, activity):
        return [topic.name for topic in activity.topics.all()]


class OrganisationFeed(NewsFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Organisation.objects.public(), slug=slug)

    def title(self, organisation):
        return _("%(organisation)s: activities") % {"organisation": organisation.name}

    def subtitle(self, organisation):
        return _("What the organisation does, with its partners in the network.")

    def link(self, organisation):
        return organisation.get_absolute_url()

    def items(self, organisation):
        involving = Activity.objects.for_public().involving(organisation)
        return (
            Activity.objects.filter(pk__in=involving)
            .select_related("organisation")
            .prefetch_related("topics")
            .order_by("-published_at")[:ITEMS]
        )


@dataclass
class Entry:
    """One entry of a feed that tells of several kinds of things: a change
    of a cause's status, a proposal sent, an answer received."""

    title: str
    description: str
    url: str
    anchor: str
    at: datetime
    author: object = None  # an organisation or an institution, with a page


def start_of(day: date):
    return timezone.make_aware(datetime.combine(day, time.min))


def proposal_entries(proposals):
    """The latest proposals sent and the latest answers received, as
    entries: two queries, whatever the rows."""
    proposals = proposals.select_related("institution", "organisation")
    entries = []
    for proposal in proposals.order_by("-sent_on", "-pk")[:ITEMS]:
        entries.append(
            Entry(
                title=_("Sent to %(institution)s: %(title)s")
                % {"institution": proposal.institution.name, "title": proposal.title},
                description=proposal.summary,
                url=proposal.get_absolute_url(),
                anchor="sent",
                at=start_of(proposal.sent_on),
                author=proposal.organisation,
            )
        )
    for proposal in proposals.answered().order_by("-answered_on", "-pk")[:ITEMS]:
        entries.append(
            Entry(
                title=_("%(institution)s answered “%(title)s”: %(outcome)s")
                % {
                    "institution": proposal.institution.name,
                    "title": proposal.title,
                    "outcome": proposal.get_outcome_display(),
                },
                description=proposal.answer_summary or proposal.summary,
                url=proposal.get_absolute_url(),
                anchor="answer",
                at=start_of(proposal.answered_on),
                author=proposal.institution,
            )
        )
    return entries


def newest(entries):
    return sorted(entries, key=lambda entry: entry.at, reverse=True)[:ITEMS]


class EntryFeed(Feed):
    """A feed of Entry items."""

    feed_type = Atom1Feed

    def get_feed(self, obj, request):
        self.request = request  # the authors' links are absolute
        return super().get_feed(obj, request)

    def item_title(self, entry):
        return entry.title

    def item_description(self, entry):
        return entry.description

    def item_link(self, entry):
        return f"{entry.url}#{entry.anchor}"

    def item_guid(self, entry):
        return f"{entry.url}#{entry.anchor}"

    def item_pubdate(self, entry):
        return entry.at

    def item_updateddate(self, entry):
        return entry.at

    def item_author_name(self, entry):
        return entry.author.name if entry.author else None

    def item_author_link(self, entry):
        if entry.author is None:
            return None
        return self.request.build_absolute_uri(entry.author.get_absolute_url())


class CauseFeed(EntryFeed):
    """The way of one cause: each change of its status, and the proposals
    sent for it to institutions and their answers."""

    def get_object(self, request, slug):
        return get_object_or_404(Cause.objects.public(), slug=slug)

    def title(self, cause):
        return _("%(cause)s: how far it has come") % {"cause": cause.title}

    def subtitle(self, cause):
        return cause.summary

    def link(self, cause):
        return cause.get_absolute_url()

    def items(self, cause):
        changes = [
            Entry(
                title=str(_("Proposed"))
                if not change.from_status
                else _("Became “%(status)s”")
                % {"status": change.get_to_status_display()},
                description=change.reason or cause.summary,
                url=cause.get_absolute_url(),
                anchor=f"change-{change.pk}",
                at=change.changed_at,
            )
            for change in cause.history.order_by("-changed_at", "-pk")[:ITEMS]
        ]
        return newest(
            changes + proposal_entries(Proposal.objects.public().filter(cause=cause))
        )


class InstitutionFeed(EntryFeed):
    """The proposals members sent to one institution, and its answers."""

    def get_object(self, request, slug):
        return get_object_or_404(Institution.objects.confirmed(), slug=slug)

    def title(self, institution):
        return _("%(institution)s: proposals and answers") % {
            "institution": institution.name
        }

    def subtitle(self, institution):
        return _(
            "What the members of the network asked of the institution, and how "
            "it answered."
        )

    def link(self, institution):
        return institution.get_absolute_url()

    def items(self, institution):
        return newest(
            proposal_entries(Proposal.objects.public().filter(institution=institution))
        )


class PracticeFeed(Feed):
    """The practice library: what members share, newest first."""

    feed_type = Atom1Feed

    def get_feed(self, obj, request):
        self.request = request
        return super().get_feed(obj, request)

    def title(self):
        return _("%(network)s: practices that work") % {
            "network": SiteSettings.load().network_name
        }

    def subtitle(self):
        return _("Civic practices that work, shared by the members of the network.")

    def link(self):
        return reverse("practices:list")

    def items(self):
        return (
            Practice.objects.for_public()
            .select_related("organisation")
            .prefetch_related("topics")
            .newest_first()[:ITEMS]
        )

    def item_title(self, practice):
        return practice.title

    def item_description(self, practice):
        return practice.summary

    def item_pubdate(self, practice):
        return practice.published_at

    def item_updateddate(self, practice):
        return practice.updated_at

    def item_author_name(self, practice):
        return practice.organisation.name

    def item_author_link(self, practice):
        return self.request.build_absolute_uri(practice.organisation.get_absolute_url())

    def item_categories(self, practice):
        return [topic.name for topic in practice.topics.all()]


class HelpFeed(NewsFeed):
    """The members' open requests for help, newest first."""

    def title(self):
        return _("%(network)s: requests for help") % {
            "network": SiteSettings.load().network_name
        }

    def subtitle(self):
        return _("What the members of the network need from each other now.")

    def link(self):
        return reverse("help:list") + "?direction=request"

    def items(self):
        return (
            HelpItem.objects.public()
            .open()
            .filter(direction=HelpItem.Direction.REQUEST)
            .select_related("organisation")
            .prefetch_related("topics")
            .order_by("-created_at", "-pk")[:ITEMS]
        )

    def item_description(self, item):
        return f"{item.get_kind_display()}: {item.quantity or item.description[:300]}"

    def item_pubdate(self, item):
        return item.created_at

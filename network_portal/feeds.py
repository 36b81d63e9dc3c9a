"""Atom feeds: the network's news, and one for each organisation."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from causes.models import Cause
from members.models import Activity, Organisation, Practice
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


class CauseFeed(Feed):
    """The way of one cause: each change of its status."""

    feed_type = Atom1Feed

    def get_object(self, request, slug):
        return get_object_or_404(Cause.objects.public(), slug=slug)

    def title(self, cause):
        return _("%(cause)s: how far it has come") % {"cause": cause.title}

    def subtitle(self, cause):
        return cause.summary

    def link(self, cause):
        return cause.get_absolute_url()

    def items(self, cause):
        return cause.history.select_related("cause").order_by("-changed_at", "-pk")[
            :ITEMS
        ]

    def item_title(self, change):
        if not change.from_status:
            return str(_("Proposed"))
        return _("Became “%(status)s”") % {"status": change.get_to_status_display()}

    def item_description(self, change):
        return change.reason or change.cause.summary

    def item_link(self, change):
        return f"{change.cause.get_absolute_url()}#change-{change.pk}"

    def item_guid(self, change):
        return f"{change.cause.get_absolute_url()}#change-{change.pk}"

    def item_pubdate(self, change):
        return change.changed_at

    def item_updateddate(self, change):
        return change.changed_at


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

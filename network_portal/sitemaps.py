"""The sitemap: every public page and object, in both languages."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from causes.models import Cause, Initiative, Proposal
from events.models import Meeting
from members.models import Activity, Institution, Organisation, Practice
from mutual_help.models import HelpItem


class BilingualSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class PagesSitemap(BilingualSitemap):
    changefreq = "weekly"

    def items(self):
        return [
            "home",
            "about",
            "members:list",
            "members:join",
            "activities:list",
            "practices:list",
            "causes:list",
            "initiatives:list",
            "events:list",
            "help:list",
            "institutions:list",
            "transparency",
            "transparency_report",
            "open_data",
            "privacy",
        ]

    def location(self, item):
        return reverse(item)


class OrganisationSitemap(BilingualSitemap):
    changefreq = "monthly"

    def items(self):
        return Organisation.objects.public().order_by("pk")

    def lastmod(self, organisation):
        return organisation.updated_at


class ActivitySitemap(BilingualSitemap):
    changefreq = "monthly"

    def items(self):
        return Activity.objects.for_public().order_by("pk")

    def lastmod(self, activity):
        return activity.updated_at


class PracticeSitemap(BilingualSitemap):
    changefreq = "monthly"

    def items(self):
        return Practice.objects.for_public().order_by("pk")

    def lastmod(self, practice):
        return practice.updated_at


class CauseSitemap(BilingualSitemap):
    changefreq = "weekly"

    def items(self):
        return Cause.objects.public().order_by("pk")

    def lastmod(self, cause):
        return cause.updated_at


class InitiativeSitemap(BilingualSitemap):
    changefreq = "monthly"

    def items(self):
        return Initiative.objects.order_by("pk")

    def lastmod(self, initiative):
        return initiative.updated_at


class MeetingSitemap(BilingualSitemap):
    changefreq = "weekly"

    def items(self):
        return Meeting.objects.order_by("pk")

    def lastmod(self, meeting):
        return meeting.updated_at


class HelpSitemap(BilingualSitemap):
    """Requests and offers of help, their pages kept once closed too: what
    came of them."""

    changefreq = "weekly"

    def items(self):
        return HelpItem.objects.public().order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class InstitutionSitemap(BilingualSitemap):
    """The confirmed institutions, each with the proposals sent to it."""

    changefreq = "monthly"

    def items(self):
        return Institution.objects.confirmed().order_by("pk")


class ProposalSitemap(BilingualSitemap):
    changefreq = "weekly"

    def items(self):
        return Proposal.objects.public().order_by("pk")

    def lastmod(self, proposal):
        return proposal.updated_at


SITEMAPS = {
    "pages": PagesSitemap,
    "organisations": OrganisationSitemap,
    "activities": ActivitySitemap,
    "practices": PracticeSitemap,
    "causes": CauseSitemap,
    "initiatives": InitiativeSitemap,
    "meetings": MeetingSitemap,
    "help": HelpSitemap,
    "institutions": InstitutionSitemap,
    "proposals": ProposalSitemap,
}

"""The sitemap: every public page and object, in both languages."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from members.models import Organisation


class BilingualSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class PagesSitemap(BilingualSitemap):
    changefreq = "weekly"

    def items(self):
        return ["home", "about", "members:list", "members:join", "privacy"]

    def location(self, item):
        return reverse(item)


class OrganisationSitemap(BilingualSitemap):
    changefreq = "monthly"

    def items(self):
        return Organisation.objects.public().order_by("pk")

    def lastmod(self, organisation):
        return organisation.updated_at


SITEMAPS = {"pages": PagesSitemap, "organisations": OrganisationSitemap}

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.decorators.cache import cache_page
from django.views.static import serve

from capacity import urls as capacity_urls
from causes import urls as causes_urls
from events import urls as events_urls
from members import urls as members_urls
from mutual_help import urls as help_urls
from network_portal import newsletter, views
from network_portal.feeds import (
    CauseFeed,
    HelpFeed,
    InstitutionFeed,
    NewsFeed,
    OrganisationFeed,
    PracticeFeed,
)
from network_portal.sitemaps import SITEMAPS

handler500 = "network_portal.views.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path(".well-known/security.txt", views.security_txt, name="security_txt"),
    re_path(
        r"^open-data/(?P<dataset>[a-z-]+)\.(?P<extension>csv|json)$",
        views.open_dataset,
        name="open_dataset",
    ),
    path(
        "sitemap.xml",
        cache_page(3600)(sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap",
    ),
    path("admin/", admin.site.urls),
]

urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path("about/", views.AboutView.as_view(), name="about"),
    path("transparency/", views.TransparencyView.as_view(), name="transparency"),
    path(
        "transparency/report/",
        views.GrantReportView.as_view(),
        name="transparency_report",
    ),
    path("open-data/", views.OpenDataView.as_view(), name="open_data"),
    path("privacy/", views.PrivacyView.as_view(), name="privacy"),
    path("newsletter/", newsletter.NewsletterView.as_view(), name="newsletter"),
    path(
        "newsletter/confirm/<str:token>/",
        newsletter.confirm,
        name="newsletter_confirm",
    ),
    path(
        "newsletter/unsubscribe/<str:token>/",
        newsletter.unsubscribe,
        name="newsletter_unsubscribe",
    ),
    path("search/", views.SearchView.as_view(), name="search"),
    path("members/", include("members.urls")),
    path("activities/", include(members_urls.activity_patterns)),
    path("practices/", include(members_urls.practice_patterns)),
    path("causes/", include("causes.urls")),
    path("initiatives/", include(causes_urls.initiative_patterns)),
    path("institutions/", include(causes_urls.institution_patterns)),
    path("proposals/", include(causes_urls.proposal_patterns)),
    path("events/", include("events.urls")),
    path("help/", include("mutual_help.urls")),
    path("feeds/news/", NewsFeed(), name="news_feed"),
    path("feeds/members/<slug:slug>/", OrganisationFeed(), name="organisation_feed"),
    path("feeds/causes/<slug:slug>/", CauseFeed(), name="cause_feed"),
    path("feeds/practices/", PracticeFeed(), name="practice_feed"),
    path("feeds/help/", HelpFeed(), name="help_feed"),
    path("feeds/institutions/<slug:slug>/", InstitutionFeed(), name="institution_feed"),
    path("dashboard/", views.DashboardView.as_view(), name="dashboard"),
    path("dashboard/account/", include(members_urls.account_patterns)),
    path("dashboard/organisations/", include(members_urls.dashboard_patterns)),
    path("dashboard/", include(causes_urls.dashboard_patterns)),
    path("dashboard/", include(events_urls.dashboard_patterns)),
    path("dashboard/", include(help_urls.dashboard_patterns)),
    path("dashboard/", include(capacity_urls.dashboard_patterns)),
    path("", include("following.urls")),
    path("accounts/", include("allauth.urls")),
    prefix_default_language=False,
)

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

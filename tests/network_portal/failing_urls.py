"""URLs that fail, to see the 500 and 503 pages as a visitor would."""

from django.db import OperationalError
from django.urls import path

from network_portal.urls import urlpatterns as site_urlpatterns


def fail(request):
    raise RuntimeError("deliberate failure for the 500 page test")


def database_away(request):
    raise OperationalError("connection refused")


urlpatterns = [
    path("boom/", fail),
    path("database-away/", database_away),
    *site_urlpatterns,
]
handler500 = "network_portal.views.server_error"

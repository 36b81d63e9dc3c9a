"""A URL that fails, to see the 500 page as a visitor would."""

from django.urls import path

from network_portal.urls import urlpatterns as site_urlpatterns


def fail(request):
    raise RuntimeError("deliberate failure for the 500 page test")


urlpatterns = [path("boom/", fail), *site_urlpatterns]
handler500 = "network_portal.views.server_error"

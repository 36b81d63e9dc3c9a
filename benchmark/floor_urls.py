"""The floor's one view, and the admin that the two-factor middleware asks for."""

from django.contrib import admin
from django.http import HttpResponse
from django.urls import path


def floor(request):
    return HttpResponse("<!doctype html><title>Floor</title><p>Floor</p>")


urlpatterns = [path("", floor), path("admin/", admin.site.urls)]

from django.urls import path

from following import views

app_name = "following"

urlpatterns = [
    path("dashboard/following/", views.following, name="index"),
    path("dashboard/notifications/", views.notifications, name="notifications"),
    path("dashboard/notifications/settings/", views.preferences, name="settings"),
    path(
        "follow/<str:kind>/<int:pk>/",
        views.toggle,
        name="toggle",
    ),
    path("digest/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]

from django.urls import path

from events import views

app_name = "events"

urlpatterns = [
    path("", views.MeetingListView.as_view(), name="list"),
    path("calendar.ics", views.calendar_ics, name="calendar"),
    path("<slug:slug>.ics", views.meeting_ics, name="ics"),
    path("<slug:slug>/", views.MeetingDetailView.as_view(), name="detail"),
    path("<slug:slug>/register/", views.register, name="register"),
    path("registrations/<int:pk>/cancel/", views.cancel, name="cancel"),
]

dashboard_patterns = (
    [
        path("meetings/", views.MyMeetingsView.as_view(), name="mine"),
        path(
            "organisations/<slug:slug>/meetings/",
            views.OrganisationMeetingsView.as_view(),
            name="organisation",
        ),
    ],
    "events_dashboard",
)

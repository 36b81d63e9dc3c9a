from django.urls import path

from members import views
from members.views import account

app_name = "members"

urlpatterns = [
    path("", views.OrganisationListView.as_view(), name="list"),
    path("join/", views.JoinView.as_view(), name="join"),
    path("join/thanks/", views.JoinDoneView.as_view(), name="join_done"),
    # Tokens are URL-safe base64 (secrets.token_urlsafe): a slug's letters.
    path("invitations/<slug:token>/", views.invitation, name="invitation"),
    path("<slug:slug>/", views.OrganisationDetailView.as_view(), name="detail"),
]

dashboard_patterns = (
    [
        path("<slug:slug>/", views.OrganisationEditView.as_view(), name="edit"),
        path(
            "<slug:slug>/people/",
            views.OrganisationPeopleView.as_view(),
            name="people",
        ),
        path(
            "<slug:slug>/people/<int:pk>/remove/",
            views.remove_role,
            name="remove_role",
        ),
        path(
            "<slug:slug>/activities/",
            views.OrganisationActivitiesView.as_view(),
            name="activities",
        ),
        path(
            "<slug:slug>/activities/new/",
            views.ActivityFormView.as_view(),
            name="activity_new",
        ),
        path(
            "<slug:slug>/activities/<int:pk>/",
            views.ActivityFormView.as_view(),
            name="activity_edit",
        ),
        path(
            "<slug:slug>/activities/<int:pk>/<str:action>/",
            views.change_activity_state,
            name="activity_state",
        ),
        path(
            "<slug:slug>/practices/",
            views.OrganisationPracticesView.as_view(),
            name="practices",
        ),
        path(
            "<slug:slug>/practices/new/",
            views.PracticeFormView.as_view(),
            name="practice_new",
        ),
        path(
            "<slug:slug>/practices/<int:pk>/",
            views.PracticeFormView.as_view(),
            name="practice_edit",
        ),
        path(
            "<slug:slug>/practices/<int:pk>/<str:action>/",
            views.change_practice_state,
            name="practice_state",
        ),
    ],
    "members_dashboard",
)

activity_patterns = (
    [
        path("", views.ActivityListView.as_view(), name="list"),
        path("<slug:slug>/", views.ActivityDetailView.as_view(), name="detail"),
    ],
    "activities",
)

practice_patterns = (
    [
        path("", views.PracticeListView.as_view(), name="list"),
        path("<slug:slug>/", views.PracticeDetailView.as_view(), name="detail"),
        path("<slug:slug>/reuse/", views.reuse, name="reuse"),
    ],
    "practices",
)

account_patterns = (
    [
        path("", account.AccountView.as_view(), name="index"),
        path("my-data.json", account.export, name="export"),
        path("delete/", account.DeleteAccountView.as_view(), name="delete"),
    ],
    "my_account",
)

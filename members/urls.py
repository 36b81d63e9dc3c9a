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


def publication_patterns(kind, plural, *, list_view, form_view, change_state):
    """The member area's pages of what an organisation publishes: the list,
    a new one, one, and the changes of its state."""
    return [
        path(f"<slug:slug>/{plural}/", list_view, name=plural),
        path(f"<slug:slug>/{plural}/new/", form_view, name=f"{kind}_new"),
        path(f"<slug:slug>/{plural}/<int:pk>/", form_view, name=f"{kind}_edit"),
        path(
            f"<slug:slug>/{plural}/<int:pk>/<str:action>/",
            change_state,
            name=f"{kind}_state",
        ),
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
        *publication_patterns(
            "activity",
            "activities",
            list_view=views.OrganisationActivitiesView.as_view(),
            form_view=views.ActivityFormView.as_view(),
            change_state=views.change_activity_state,
        ),
        *publication_patterns(
            "practice",
            "practices",
            list_view=views.OrganisationPracticesView.as_view(),
            form_view=views.PracticeFormView.as_view(),
            change_state=views.change_practice_state,
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

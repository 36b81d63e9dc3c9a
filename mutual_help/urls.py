from django.urls import path

from mutual_help import views

app_name = "help"

urlpatterns = [
    path("", views.HelpListView.as_view(), name="list"),
    path("new/", views.HelpCreateView.as_view(), name="new"),
    path("answers/<int:pk>/accept/", views.accept, name="accept"),
    path("<slug:slug>/", views.HelpDetailView.as_view(), name="detail"),
    path("<slug:slug>/edit/", views.HelpEditView.as_view(), name="edit"),
    path("<slug:slug>/answer/", views.respond, name="respond"),
    path("<slug:slug>/withdraw/", views.withdraw, name="withdraw"),
    path("<slug:slug>/done/", views.close, name="close"),
    path("<slug:slug>/report/", views.report, name="report"),
]

dashboard_patterns = (
    [
        path(
            "organisations/<slug:slug>/help/",
            views.OrganisationHelpView.as_view(),
            name="organisation",
        ),
        path("help/", views.MyResponsesView.as_view(), name="mine"),
    ],
    "help_dashboard",
)

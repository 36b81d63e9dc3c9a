from django.urls import path

from causes import views

app_name = "causes"

urlpatterns = [
    path("", views.CauseListView.as_view(), name="list"),
    path("<slug:slug>/", views.CauseDetailView.as_view(), name="detail"),
    path("<slug:slug>/support/", views.support, name="support"),
    path(
        "<slug:slug>/support/withdraw/",
        views.withdraw_support,
        name="withdraw_support",
    ),
    path("<slug:slug>/edit/", views.EditCauseView.as_view(), name="edit"),
    path("<slug:slug>/withdraw/", views.withdraw, name="withdraw"),
    path("<slug:slug>/co-sponsor/", views.co_sponsor, name="co_sponsor"),
    path("<slug:slug>/comments/", views.comment, name="comment"),
    path("comments/<int:pk>/report/", views.report, name="report"),
]

dashboard_patterns = (
    [path("<slug:slug>/causes/new/", views.ProposeCauseView.as_view(), name="propose")],
    "causes_dashboard",
)

initiative_patterns = (
    [
        path("", views.InitiativeListView.as_view(), name="list"),
        path("<slug:slug>/", views.InitiativeDetailView.as_view(), name="detail"),
    ],
    "initiatives",
)

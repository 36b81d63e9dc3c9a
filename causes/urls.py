from django.urls import path

from causes import proposal_views, views

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
    [
        path(
            "organisations/<slug:slug>/causes/new/",
            views.ProposeCauseView.as_view(),
            name="propose",
        ),
        path(
            "organisations/<slug:slug>/proposals/",
            proposal_views.OrganisationProposalsView.as_view(),
            name="proposals",
        ),
        path(
            "organisations/<slug:slug>/proposals/new/",
            proposal_views.ProposalCreateView.as_view(),
            name="proposal_new",
        ),
        path(
            "proposals/<slug:slug>/edit/",
            proposal_views.ProposalEditView.as_view(),
            name="proposal_edit",
        ),
        path(
            "proposals/<slug:slug>/answer/",
            proposal_views.AnswerView.as_view(),
            name="proposal_answer",
        ),
        path(
            "institutions/suggest/",
            proposal_views.SuggestInstitutionView.as_view(),
            name="suggest_institution",
        ),
    ],
    "causes_dashboard",
)

initiative_patterns = (
    [
        path("", views.InitiativeListView.as_view(), name="list"),
        path("<slug:slug>/", views.InitiativeDetailView.as_view(), name="detail"),
    ],
    "initiatives",
)

institution_patterns = (
    [
        path("", proposal_views.InstitutionListView.as_view(), name="list"),
        path(
            "<slug:slug>/",
            proposal_views.InstitutionDetailView.as_view(),
            name="detail",
        ),
    ],
    "institutions",
)

proposal_patterns = (
    [path("<slug:slug>/", proposal_views.ProposalDetailView.as_view(), name="detail")],
    "proposals",
)

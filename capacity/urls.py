from django.urls import path

from capacity import views

# The member area's pages, under /dashboard/.
dashboard_patterns = (
    [
        path("capacity/", views.CapacityIndexView.as_view(), name="index"),
        path(
            "organisations/<slug:slug>/capacity/",
            views.ResultsView.as_view(),
            name="results",
        ),
        path(
            "organisations/<slug:slug>/capacity/assessment/",
            views.assessment,
            name="assessment",
        ),
        path(
            "organisations/<slug:slug>/capacity/<int:pk>/",
            views.AnswersView.as_view(),
            name="answers",
        ),
    ],
    "capacity",
)

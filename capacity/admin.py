"""The coordinators' side of the capacity self-assessment: the areas, their
questions and what each level means (in both languages), the rounds they
open, and who has and has not answered each round."""

from django.contrib import admin
from django.db.models import Count, Q
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline
from simple_history.admin import SimpleHistoryAdmin

from capacity.models import Answer, Area, Assessment, Question, Round, Status
from members.models import Organisation


class QuestionInline(TranslationStackedInline):
    model = Question
    extra = 0
    fields = [
        "text",
        "level_1",
        "level_2",
        "level_3",
        "level_4",
        ("position", "asked"),
    ]


@admin.register(Area)
class AreaAdmin(SimpleHistoryAdmin, TranslationAdmin):
    list_display = ["name", "position", "question_count"]
    list_editable = ["position"]
    filter_horizontal = ["topics"]
    inlines = [QuestionInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                question_count=Count("questions", filter=Q(questions__asked=True))
            )
        )

    @admin.display(description=_("questions asked"), ordering="question_count")
    def question_count(self, area):
        return area.question_count


def submitted_count():
    return Count("assessments", filter=Q(assessments__status=Status.SUBMITTED))


@admin.register(Round)
class RoundAdmin(SimpleHistoryAdmin, TranslationAdmin):
    list_display = ["name", "opens_on", "closes_on", "submitted", "drafts"]
    readonly_fields = ["who_answered"]
    fields = ["name", ("opens_on", "closes_on"), "who_answered"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                submitted=submitted_count(),
                drafts=Count("assessments", filter=Q(assessments__status=Status.DRAFT)),
            )
        )

    @admin.display(description=_("submitted"), ordering="submitted")
    def submitted(self, round):
        return round.submitted

    @admin.display(description=_("drafts"), ordering="drafts")
    def drafts(self, round):
        return round.drafts

    @admin.display(description=_("who has answered"))
    def who_answered(self, round):
        """Every current member, and where it is with the round."""
        if round.pk is None:
            return "—"
        statuses = dict(
            round.assessments.values_list("organisation", "status").order_by()
        )
        labels = {
            Status.SUBMITTED: _("submitted"),
            Status.DRAFT: _("draft saved, not submitted"),
            None: _("not started"),
        }
        members = Organisation.objects.active().order_by("name")
        rows = sorted(
            ((o.name, labels[statuses.get(o.pk)]) for o in members),
            key=lambda row: (row[1] == labels[Status.SUBMITTED], row[0]),
        )
        return format_html(
            "<table><thead><tr><th>{}</th><th>{}</th></tr></thead>"
            "<tbody>{}</tbody></table>",
            _("Organisation"),
            _("Status"),
            format_html_join("", "<tr><td>{}</td><td>{}</td></tr>", rows),
        )


class AnswerInline(admin.TabularInline):
    model = Answer
    extra = 0
    fields = ["question_text", "level", "level_text", "note"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Assessment)
class AssessmentAdmin(SimpleHistoryAdmin):
    list_display = ["organisation", "occasion", "status", "submitted_at"]
    list_filter = ["round", "status"]
    search_fields = ["organisation__name_bg", "organisation__name_en"]
    fields = [
        "organisation",
        "round",
        "status",
        "may_be_suggested",
        "saved_by",
        "submitted_by",
        "created_at",
        "submitted_at",
    ]
    readonly_fields = fields
    inlines = [AnswerInline]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("organisation", "round")

    @admin.display(description=_("round"), ordering="round__opens_on")
    def occasion(self, assessment):
        return assessment.occasion

    def has_add_permission(self, request):
        # The organisations assess themselves; coordinators read.
        return False

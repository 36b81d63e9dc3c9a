"""The capacity self-assessment: filling it in (a draft, then submitted),
who may see what, the results and suggestions, the public's aggregates and
the results framework's outcome, the member area's reminder, a person's data
and the coordinators' view of a round."""

import json
import re
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from capacity.models import Assessment, Question
from capacity.results import share_whose_score_rose
from members.models import Practice
from network_portal.models import ProjectIndicator
from network_portal.targets import framework, progress
from tests.capacity.factories import (
    answered_by_many,
    instrument,
    round_,
    submitted,
)
from tests.factories import OrganisationFactory, PracticeFactory, topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def areas():
    return instrument(areas=2, questions=2)


def fill_url(organisation):
    return reverse("capacity:assessment", args=[organisation.slug])


def results_url(organisation):
    return reverse("capacity:results", args=[organisation.slug])


def answers(levels, action):
    """The form's data: each asked question's level (None: unanswered)."""
    data = {"action": action}
    for question, level in zip(Question.objects.asked(), levels, strict=True):
        if level:
            data[f"level_{question.pk}"] = str(level)
    return data


# Filling it in --------------------------------------------------------------


def test_a_draft_keeps_what_is_answered_and_is_finished_later(
    client, owner, organisation, areas
):
    client.force_login(owner)

    response = client.post(fill_url(organisation), answers([3, None, None, 2], "save"))

    assert response.status_code == 302
    draft = Assessment.objects.get(organisation=organisation)
    assert draft.status == "draft"
    assert draft.round is None  # on joining: nothing submitted before
    assert sorted(draft.answers.values_list("level", flat=True)) == [2, 3]
    page = client.get(fill_url(organisation)).content.decode()
    assert re.search(r'value="3" id="[^"]+" checked', page)

    client.post(fill_url(organisation), answers([3, 1, 4, 2], "submit"))

    draft.refresh_from_db()
    assert draft.status == "submitted"
    assert draft.submitted_by == owner
    assert sorted(draft.answers.values_list("level", flat=True)) == [1, 2, 3, 4]


def test_submitting_with_a_question_unanswered_saves_nothing_and_says_which(
    client, owner, organisation, areas
):
    client.force_login(owner)
    client.post(fill_url(organisation), answers([3, None, None, None], "save"))

    response = client.post(fill_url(organisation), answers([4, 4, None, 4], "submit"))

    assert response.status_code == 200
    page = response.content.decode()
    assert "error-summary" in page
    assert "Въпрос 1.0?" in page.split("error-summary")[1].split("</div>")[0]
    draft = Assessment.objects.get(organisation=organisation)
    assert draft.status == "draft"
    assert list(draft.answers.values_list("level", flat=True)) == [3]


def test_the_errors_are_in_the_persons_language(client, owner, organisation, areas):
    client.force_login(owner)

    response = client.post(
        "/en" + fill_url(organisation), answers([None, 2, 2, 2], "submit")
    )

    assert "Choose the level that describes your organisation best." in (
        response.content.decode()
    )


def test_each_question_is_a_fieldset_with_its_legend(
    client, owner, organisation, areas
):
    client.force_login(owner)

    page = client.get(fill_url(organisation)).content.decode()

    assert page.count("<fieldset") == 4
    assert "<legend>Въпрос 0.0?</legend>" in page


def test_an_open_round_is_due_once_and_then_nothing(client, owner, organisation, areas):
    current = round_("Сега", days_ago=5)
    submitted(organisation)  # on joining, long ago
    client.force_login(owner)

    client.post(fill_url(organisation), answers([2, 2, 3, 3], "submit"))

    assert organisation.capacity_assessments.get(round=current).is_submitted
    response = client.get(fill_url(organisation))
    assert response.status_code == 302
    assert response.url == results_url(organisation)


def test_an_answer_keeps_the_wording_it_was_given_with(
    client, owner, organisation, areas
):
    assessment = submitted(organisation, levels=[4, 1], by=owner)
    question = Question.objects.asked().first()
    question.text_bg, question.level_4_bg = "Нов въпрос?", "Ново описание"
    question.save()
    client.force_login(owner)

    page = client.get(
        reverse("capacity:answers", args=[organisation.slug, assessment.pk])
    ).content.decode()

    assert "Въпрос 0.0?" in page
    assert "Ниво 4 на 0.0" in page
    assert "Нов въпрос?" not in page


# Who may see and fill in ------------------------------------------------------


@pytest.mark.parametrize(
    ("person", "sees_results", "fills_in"),
    [
        ("owner", 200, 200),
        ("other_member", 403, 403),
        ("outsider", 403, 403),
        ("coordinator", 200, 403),
    ],
)
def test_only_the_organisations_editors_fill_it_in_and_coordinators_read(
    client, request, organisation, areas, person, sees_results, fills_in
):
    submitted(organisation)
    round_("Сега", days_ago=1)
    client.force_login(request.getfixturevalue(person))

    assert client.get(results_url(organisation)).status_code == sees_results
    assert client.get(fill_url(organisation)).status_code == fills_in
    assert client.post(fill_url(organisation), {"action": "save"}).status_code in (
        {302} if fills_in == 200 else {403}
    )


def test_the_anonymous_are_sent_to_sign_in(client, organisation, areas):
    for url in (results_url(organisation), fill_url(organisation)):
        response = client.get(url)
        assert response.status_code == 302
        assert "/accounts/login/" in response.url


def test_another_members_assessment_is_not_found_through_ones_own(
    client, owner, organisation, other_organisation, areas
):
    theirs = submitted(other_organisation)
    client.force_login(owner)

    response = client.get(
        reverse("capacity:answers", args=[organisation.slug, theirs.pk])
    )

    assert response.status_code == 404


# Results and suggestions -------------------------------------------------------


def test_results_show_each_area_and_the_change_since_the_previous_one(
    client, owner, organisation, areas
):
    submitted(organisation, levels=[1, 3], at=timezone.now().replace(year=2025))
    submitted(organisation, round_(), levels=[3, 3])
    client.force_login(owner)

    page = client.get(results_url(organisation)).content.decode()

    table = page.split("<table")[1]
    assert "+2,0" in table
    assert "0,0" in table
    assert '<svg class="chart__bar"' in page


def test_suggestions_for_a_weak_area_name_practices_on_its_topics_and_strong_members_that_agreed(  # noqa: E501
    client, owner, organisation, areas
):
    weak, _strong = areas
    weak.topics.add(topic("transparency"))
    practice = PracticeFactory(
        title="Отворен бюджет",
        title_bg="Отворен бюджет",
        topics=[topic("transparency")],
    )
    PracticeFactory(title="Друго", title_bg="Друго", topics=[topic("sport")])
    agreed = OrganisationFactory(name="Сдружение „Силни“", name_bg="Сдружение „Силни“")
    submitted(agreed, levels=[4, 1], suggested=True)
    shy = OrganisationFactory(name="Сдружение „Скромни“", name_bg="Сдружение „Скромни“")
    submitted(shy, levels=[4, 4], suggested=False)
    submitted(organisation, levels=[1, 4])
    client.force_login(owner)

    section = (
        client.get(results_url(organisation))
        .content.decode()
        .split('id="suggestions-heading"')[1]
    )

    assert practice.title in section
    assert "Друго" not in section
    assert "Сдружение „Силни“" in section
    assert "Скромни" not in section
    assert Practice.objects.count() == 2


# What the public sees -------------------------------------------------------------


def capacity_section(client):
    page = client.get(reverse("transparency")).content.decode()
    return page.split('id="capacity"')[1].split("</section>")[0]


def test_the_public_sees_no_figures_until_five_organisations_answered(client, areas):
    first = round_()
    answered_by_many(first, [3, 1], count=4)

    assert "chart__bar" not in capacity_section(client)


def test_the_public_sees_the_distribution_first_round_against_latest_and_no_names(
    client, areas
):
    first, latest = round_("Първи", days_ago=200), round_("Втори", days_ago=40)
    members = answered_by_many(first, [1, 2], count=5)
    for member in members:
        submitted(member.organisation, latest, [3, 2])
    # Answered the first round only: not compared, not counted.
    answered_by_many(first, [4, 4], count=2)

    section = capacity_section(client)

    assert "Първи" in section and "Втори" in section
    # Area 0: five at level 1 in the first round, five at level 3 in the latest.
    cells = re.sub(r' data-label="[^"]*"', "", section)
    # Area 0: the five at level 1 in the first round are at level 3 in the
    # latest; the two that answered only the first are not counted.
    assert "<td>5 → 0</td><td>0 → 0</td><td>0 → 5</td><td>0 → 0</td>" in cells
    # Each cell says, on a narrow screen, which level it counts.
    assert '<td data-label="3: утвърдено">0 → 5</td>' in section
    assert members[0].organisation.name not in section


def test_an_open_round_is_never_shown_however_many_answered(client, areas):
    """Its figures would change with each submission and tell one
    organisation's answers from the last."""
    current = round_("Отворен", days_ago=5)
    answered_by_many(current, [3, 3], count=8)

    assert "Отворен" not in capacity_section(client)
    assert share_whose_score_rose(timezone.localdate()) is None

    current.closes_on = timezone.localdate() - timedelta(days=1)
    current.save()

    assert "Отворен" in capacity_section(client)


def test_the_outcome_counts_members_whose_score_rose_from_five_compared(areas):
    start, now = round_(days_ago=300), round_(days_ago=40)
    before = [OrganisationFactory() for _ in range(5)]
    for organisation in before:
        submitted(organisation, start, [2, 2], at=timezone.now().replace(year=2025))
    for organisation, levels in zip(
        before[:4], [[3, 2], [2, 3], [3, 3], [1, 2]], strict=True
    ):
        submitted(organisation, now, levels)
    answered_by_many(now, [4, 4], count=1)  # nothing before: not compared

    assert share_whose_score_rose(timezone.localdate()) is None  # 4 compared

    submitted(before[4], now, [2, 2])  # unchanged

    assert share_whose_score_rose(timezone.localdate()) == 60  # 3 of 5 rose


def test_the_results_framework_shows_no_value_below_the_minimum(areas):
    indicator = ProjectIndicator.objects.create(
        name="Капацитет",
        level="outcome",
        unit="%",
        target=60,
        period_start=date(2020, 1, 1),
        period_end=date(2099, 12, 31),
        source="counted",
        counted=ProjectIndicator.Counted.CAPACITY_ROSE,
    )

    [found] = [
        p
        for p in progress(framework(), timezone.localdate())
        if p.indicator == indicator
    ]

    assert found.actual is None
    assert found.status == "unknown"


# The member area, a person's data, the admin ----------------------------------------


def test_the_member_area_reminds_editors_of_an_open_round_not_submitted(
    client, owner, organisation, areas
):
    current = round_("Есенен кръг", days_ago=3)
    client.force_login(owner)

    assert "Есенен кръг" in client.get(reverse("dashboard")).content.decode()

    submitted(organisation, current)

    assert "Есенен кръг" not in client.get(reverse("dashboard")).content.decode()


def test_a_persons_export_holds_the_assessments_they_submitted(
    client, owner, organisation, other_organisation, areas
):
    submitted(organisation, levels=[4, 1], by=owner)
    submitted(other_organisation, levels=[2, 2])
    client.force_login(owner)

    data = json.loads(
        b"".join(client.get(reverse("my_account:export")).streaming_content)
        if client.get(reverse("my_account:export")).streaming
        else client.get(reverse("my_account:export")).content
    )

    [assessment] = data["capacity_self_assessments"]
    assert assessment["organisation"] == organisation.name
    assert [a["level"] for a in assessment["answers"]] == [4, 4, 1, 1]


def test_coordinators_see_who_has_and_has_not_answered_a_round(
    coordinator_client, organisation, other_organisation, areas
):
    current = round_("Кръг")
    submitted(organisation, current)

    page = coordinator_client.get(
        reverse("admin:capacity_round_change", args=[current.pk])
    ).content.decode()

    rows = re.findall(r"<tr><td>([^<]+)</td><td>([^<]+)</td></tr>", page)
    status = dict(rows)
    assert status[organisation.name] != status[other_organisation.name]
    names = [name for name, _said in rows]
    # Those still to answer first.
    assert names.index(other_organisation.name) < names.index(organisation.name)


def test_a_new_round_keeps_the_choice_of_being_suggested(
    client, owner, organisation, areas
):
    submitted(organisation, round_(days_ago=300), suggested=True)
    round_("Сега", days_ago=3)
    client.force_login(owner)

    page = client.get(fill_url(organisation)).content.decode()

    assert re.search(r'name="may_be_suggested"[^>]*checked', page)


def test_an_answer_reads_with_its_levels_name(client, owner, organisation, areas):
    assessment = submitted(organisation, levels=[2, 3])
    client.force_login(owner)

    page = client.get(
        reverse("capacity:answers", args=[organisation.slug, assessment.pk])
    ).content.decode()

    assert "В развитие (2): " in page and "Утвърдено (3): " in page


def test_the_member_area_reminds_of_the_assessment_on_joining(
    client, owner, organisation, areas
):
    client.force_login(owner)
    fill = fill_url(organisation)

    page = client.get(reverse("dashboard")).content.decode()
    assert "Самооценката на капацитета при присъединяване" in page
    assert f'href="{fill}"' in page

    submitted(organisation)

    page = client.get(reverse("dashboard")).content.decode()
    assert "при присъединяване" not in page

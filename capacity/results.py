"""What the capacity self-assessments say: what is due from an organisation,
its own results area by area with the change since its previous assessment,
where to learn in its weakest areas, and the public's aggregates (never one
organisation's answers, and only for rounds at least PUBLIC_MINIMUM
organisations answered). Each answers in a fixed number of queries."""

from collections import Counter, defaultdict
from dataclasses import dataclass
from math import floor

from django.db.models import Avg, Prefetch
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from capacity.models import (
    PUBLIC_MINIMUM,
    STRONG_FROM,
    Answer,
    Area,
    Assessment,
    Level,
    Round,
    Status,
)
from members.models import Organisation, Practice

# The weakest areas the suggestions are for, and how many of each kind.
WEAKEST = 3
SUGGESTED = 3


@dataclass(frozen=True)
class Due:
    """An assessment due from an organisation: for a round, or on joining
    (round None); its draft, if one is saved."""

    round: Round | None
    draft: Assessment | None


def due(organisation, open_round, assessments):
    """What the organisation should fill in now, or None. An open round it
    has not submitted comes first; with nothing submitted ever, the
    assessment on joining."""
    mine = [a for a in assessments if a.organisation_id == organisation.pk]
    submitted = [a for a in mine if a.is_submitted]
    if open_round and not any(a.round_id == open_round.pk for a in submitted):
        round = open_round
    elif not submitted:
        round = None
    else:
        return None
    round_id = round.pk if round else None
    draft = next((a for a in mine if a.round_id == round_id), None)
    return Due(round=round, draft=draft)


def open_round(today):
    """The round open today (the one closing first, should two overlap)."""
    return Round.objects.open_on(today).order_by("closes_on", "pk").first()


def due_for(organisations, today):
    """[(organisation, Due or None)] for the organisations, in three queries."""
    organisations = list(organisations)
    current = open_round(today)
    assessments = list(
        Assessment.objects.filter(organisation__in=organisations).select_related(
            "round"
        )
    )
    return [(o, due(o, current, assessments)) for o in organisations]


def reminders(organisations, today):
    """What the member area reminds the organisations' editors of: the open
    round and those that have not submitted in it, and those that owe the
    assessment on joining (nothing submitted ever, no round open). Three
    queries."""
    dues = [
        (organisation, due)
        for organisation, due in due_for(organisations.order_by("name"), today)
        if due is not None
    ]
    in_round = [organisation for organisation, due in dues if due.round]
    on_joining = [organisation for organisation, due in dues if due.round is None]
    current = next((due.round for _organisation, due in dues if due.round), None)
    return current, in_round, on_joining


# An organisation's own results -------------------------------------------


@dataclass(frozen=True)
class AreaResult:
    area: Area
    now: float
    before: float | None

    @property
    def change(self):
        return None if self.before is None else self.now - self.before

    # As the comparison chart draws it: bars in per cent of the scale.
    @property
    def label(self):
        return self.area.name

    @property
    def now_share(self):
        return round(self.now * 100 / Level.STRONG)

    @property
    def before_share(self):
        if self.before is None:
            return None
        return round(self.before * 100 / Level.STRONG)

    @property
    def number(self):
        # Rounded as the table rounds it (floatformat), not cut.
        return number_format(round(self.now, 1), 1)


def submitted_history(organisation):
    """The organisation's submitted assessments, oldest first, with their
    answers."""
    return list(
        organisation.capacity_assessments.submitted()
        .select_related("round", "submitted_by")
        .prefetch_related(
            Prefetch("answers", Answer.objects.select_related("question"))
        )
        .order_by("submitted_at", "pk")
    )


def own_results(history, areas):
    """Area by area, the latest submitted assessment's score and the one
    before it, if any."""
    if not history:
        return []
    now = history[-1].area_scores()
    before = history[-2].area_scores() if len(history) > 1 else {}
    return [
        AreaResult(area=area, now=now[area.pk], before=before.get(area.pk))
        for area in areas
        if area.pk in now
    ]


def weakest(results):
    """The areas with the lowest scores below "strong", lowest first."""
    below = [r for r in results if r.now < STRONG_FROM]
    return sorted(below, key=lambda r: (r.now, r.area.position, r.area.pk))[:WEAKEST]


@dataclass
class Suggestion:
    area: Area
    practices: list
    organisations: list


def suggestions(organisation, results):
    """For each of the organisation's weakest areas: public practices of
    other members on the area's topics, newest first, and the members that
    rated themselves strong there in their latest assessment and agreed to
    be suggested. Four queries however many areas and rows."""
    weak = [r.area for r in weakest(results)]
    if not weak:
        return []
    topics = {
        area.pk: {topic.pk for topic in area.topics.all()} for area in weak
    }  # prefetched with the areas
    found = {area.pk: Suggestion(area, [], []) for area in weak}
    links = (
        Practice.topics.through.objects.filter(
            topic__in=set().union(*topics.values()) or [0],
            practice__in=Practice.objects.for_public().exclude(
                organisation=organisation
            ),
        )
        .select_related("practice__organisation")
        .order_by("-practice__published_at", "-practice__pk")
    )
    for link in links:
        for area in weak:
            chosen = found[area.pk].practices
            if (
                link.topic_id in topics[area.pk]
                and len(chosen) < SUGGESTED
                and link.practice not in chosen
            ):
                chosen.append(link.practice)
    strong = (
        Answer.objects.filter(
            assessment__in=Assessment.objects.latest_submitted().filter(
                may_be_suggested=True,
                organisation__status=Organisation.Status.MEMBER,
            ),
            question__area__in=weak,
            level__isnull=False,
        )
        .exclude(assessment__organisation=organisation)
        .values("assessment__organisation", "question__area")
        .annotate(score=Avg("level"))
        .filter(score__gte=STRONG_FROM)
        .order_by("question__area", "-score", "assessment__organisation")
    )
    rows = list(strong)
    names = Organisation.objects.in_bulk(
        {row["assessment__organisation"] for row in rows} or [0]
    )
    for row in rows:
        chosen = found[row["question__area"]].organisations
        if len(chosen) < SUGGESTED:
            chosen.append(names[row["assessment__organisation"]])
    return [found[area.pk] for area in weak]


# What the public sees -------------------------------------------------------


def public_rounds():
    """The rounds enough organisations answered to show, oldest first."""
    return list(Round.objects.shown_to_the_public().order_by("opens_on", "pk"))


def area_levels(rounds, organisations=None):
    """{round id: {area id: Counter(level: organisations)}} of the rounds'
    submitted assessments (of the `organisations` only, when given), in one
    query: an organisation counts at the level its average in the area
    reaches, rounded down."""
    counts = defaultdict(lambda: defaultdict(Counter))
    answers = Answer.objects.filter(
        assessment__round__in=rounds,
        assessment__status=Status.SUBMITTED,
        level__isnull=False,
    )
    if organisations is not None:
        answers = answers.filter(assessment__organisation__in=organisations)
    for row in (
        answers.values("assessment", "assessment__round", "question__area")
        .annotate(score=Avg("level"))
        .order_by()
    ):
        area_counts = counts[row["assessment__round"]][row["question__area"]]
        area_counts[floor(row["score"])] += 1
    return counts


@dataclass(frozen=True)
class AreaFigures:
    area: str
    first: list  # organisations at levels 1 to 4
    latest: list
    same_round: bool = False

    @staticmethod
    def strong_share(counts):
        total = sum(counts)
        return round(sum(counts[STRONG_FROM - 1 :]) * 100 / total) if total else 0

    @property
    def by_level(self):
        """(the level as the table heads it, organisations in the first
        round, in the latest) for each level."""
        return [
            (f"{value}: {label}", first, latest)
            for (value, label), first, latest in zip(
                Level.choices, self.first, self.latest, strict=True
            )
        ]

    @property
    def first_strong(self):
        return self.strong_share(self.first)

    @property
    def latest_strong(self):
        return self.strong_share(self.latest)

    # As the comparison chart draws it: the share at "strong" levels.
    @property
    def label(self):
        return self.area

    @property
    def now_share(self):
        return self.latest_strong

    @property
    def before_share(self):
        return None if self.same_round else self.first_strong

    @property
    def number(self):
        # "13%" in English, "13 %" (a no-break space) in Bulgarian.
        return _("%(share)s%%") % {"share": self.latest_strong}


def public_figures():
    """The first and the latest round shown to the public, and each area's
    distribution of organisations over the levels in both, counting only
    the organisations that answered both (so that a change is a change, not
    another set of members); the latest round alone while fewer than
    PUBLIC_MINIMUM answered both. None until a round may be shown."""
    rounds = public_rounds()
    if not rounds:
        return None
    first, latest = rounds[0], rounds[-1]
    both = None
    if first != latest:
        answered = defaultdict(set)  # round → organisations, in one query
        for round_id, organisation in (
            Assessment.objects.submitted()
            .filter(round__in=[first, latest])
            .values_list("round", "organisation")
        ):
            answered[round_id].add(organisation)
        both = answered[first.pk] & answered[latest.pk]
        if len(both) < PUBLIC_MINIMUM:
            first, both = latest, None
    counts = area_levels([first, latest], both)
    levels = [value for value, _label in Level.choices]
    return {
        "first": first,
        "latest": latest,
        "first_answered": len(both) if both else first.answered,
        "latest_answered": len(both) if both else latest.answered,
        "compared": len(both) if both else None,
        "levels": Level.choices,
        "areas": [
            AreaFigures(
                area=area.name,
                first=[counts[first.pk][area.pk][level] for level in levels],
                latest=[counts[latest.pk][area.pk][level] for level in levels],
                same_round=first == latest,
            )
            for area in Area.objects.order_by("position", "pk")
            if counts[first.pk].get(area.pk) or counts[latest.pk].get(area.pk)
        ],
        "minimum": PUBLIC_MINIMUM,
    }


def share_whose_score_rose(end):
    """The results framework's outcome: of the members that submitted in the
    latest round (opened by `end`) that at least PUBLIC_MINIMUM answered, and
    that had assessed themselves before, the share (%) whose overall score
    (the mean of their area scores) is higher than in their first
    assessment. None while fewer than PUBLIC_MINIMUM can be compared."""
    latest = (
        Round.objects.filter(opens_on__lte=end)
        .shown_to_the_public()
        .order_by("-opens_on", "-pk")
        .first()
    )
    if latest is None:
        return None
    scores = defaultdict(lambda: defaultdict(list))  # organisation → assessment
    submitted_at, in_latest = {}, set()
    for row in (
        Answer.objects.filter(
            assessment__status=Status.SUBMITTED,
            assessment__organisation__in=latest.assessments.submitted().values(
                "organisation"
            ),
            level__isnull=False,
        )
        .values(
            "assessment",
            "assessment__organisation",
            "assessment__round",
            "assessment__submitted_at",
            "question__area",
        )
        .annotate(score=Avg("level"))
        .order_by()
    ):
        assessment = row["assessment"]
        scores[row["assessment__organisation"]][assessment].append(row["score"])
        submitted_at[assessment] = (row["assessment__submitted_at"], assessment)
        if row["assessment__round"] == latest.pk:
            in_latest.add(assessment)

    def overall(areas):
        return sum(areas) / len(areas)

    compared = rose = 0
    for assessments in scores.values():
        first = min(assessments, key=submitted_at.get)
        now = next((pk for pk in assessments if pk in in_latest), first)
        if first == now:
            continue
        compared += 1
        rose += overall(assessments[now]) > overall(assessments[first])
    if compared < PUBLIC_MINIMUM:
        return None
    return round(rose * 100 / compared)

"""Demo causes: proposed, backed by co-sponsors, supported by people."""

from datetime import date

from causes.models import Cause, Status
from members.models import Organisation, Topic

CAUSES = [
    # title bg, title en, summary bg, summary en, topic, statuses to pass through
    ("Достъпна градска среда", "An accessible town",
     "Рампи, равни тротоари и достъпни спирки във всички общини.",
     "Ramps, even pavements and accessible stops in every municipality.",
     "social-inclusion", [Status.BACKED, Status.ON_AGENDA]),
    ("Чист въздух в Гълъбово", "Clean air in Galabovo",
     "Независимо измерване на въздуха и публични данни всеки ден.",
     "Independent air measurements and public data every day.",
     "environment", [Status.BACKED]),
    ("Младежки съвет във всяка община", "A youth council in every municipality",
     "Младите да имат глас в решенията на общините.",
     "Young people should have a say in the municipalities' decisions.",
     "youth", []),
]  # fmt: skip


def seed_causes(*, people):
    """Create the demo causes once; people support them."""
    if Cause.objects.exists():
        return
    members = list(Organisation.objects.active().order_by("pk"))
    for index, (title_bg, title_en, summary_bg, summary_en, topic, path) in enumerate(
        CAUSES
    ):
        proposer = members[index + 1]
        cause = Cause.objects.create(
            proposed_by=proposer,
            title=title_bg,
            title_bg=title_bg,
            title_en=title_en,
            summary=summary_bg,
            summary_bg=summary_bg,
            summary_en=summary_en,
        )
        cause.topics.add(Topic.objects.get(slug=topic))
        if Status.BACKED in path:
            for sponsor in [m for m in members if m != proposer][index : index + 3]:
                cause.add_co_sponsor(organisation=sponsor, by=None)
        for status in path[1:]:
            cause.change_status(to=status, reason="Решение на общото събрание.")
        for person in people[: index + 2]:
            cause.support(user=person)
        if Status.ON_AGENDA in path:
            cause.milestones.create(
                date=date(2026, 3, 2),
                title="Писмо до общините в областта",
                title_bg="Писмо до общините в областта",
                title_en="A letter to the region's municipalities",
            )
            cause.milestones.create(
                date=date(2026, 4, 15),
                title="Обход на спирките с общинските експерти",
                title_bg="Обход на спирките с общинските експерти",
                title_en="A walk past the stops with the municipal experts",
            )

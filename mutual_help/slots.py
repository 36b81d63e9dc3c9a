"""What help between members adds to the pages of the app below: an
organisation's open requests and offers, and the help it gave, on its page."""

from django.db.models import Q

from infrastructure import slots
from infrastructure.bilingual import both_languages
from members.models import by_name
from mutual_help.models import Direction, HelpItem, Response, seen_by_the_public


def organisation_help(request, organisation):
    return {
        "open_help": list(
            HelpItem.objects.public()
            .open()
            .filter(organisation=organisation)
            .only("direction", "slug", *both_languages("title"))
            .order_by("-created_at", "-pk")
        ),
        # The help it gave: its accepted answers to others' requests, and
        # its own offers others took.
        "help_given": list(
            Response.objects.accepted()
            # Of items the public sees, on the item joined anyway rather
            # than in a subquery.
            .filter(seen_by_the_public(through="item__"))
            .filter(
                Q(organisation=organisation, item__direction=Direction.REQUEST)
                | Q(
                    item__organisation=organisation,
                    item__direction=Direction.OFFER,
                    organisation__isnull=False,
                )
            )
            .select_related("item__organisation", "organisation")
            # What the list shows: each whole row joined would cost more to
            # build than the query.
            .only(
                "accepted_at",
                "item__slug",
                "item__direction",
                *both_languages("item__title"),
                *by_name("item__organisation"),
                *by_name("organisation"),
            )
            .order_by("-accepted_at", "-pk")
        ),
    }


def fill():
    slots.fill(
        "organisation-sections",
        "mutual_help/_organisation_help.html",
        context=organisation_help,
        order=20,
        kept=True,
    )

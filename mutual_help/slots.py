"""What help between members adds to the pages of the app below: an
organisation's open requests and offers, and the help it gave, on its page."""

from django.db.models import Q

from infrastructure import slots
from mutual_help.models import Direction, HelpItem, Response


def organisation_help(request, organisation):
    return {
        "open_help": list(
            HelpItem.objects.public()
            .open()
            .filter(organisation=organisation)
            .order_by("-created_at", "-pk")
        ),
        # The help it gave: its accepted answers to others' requests, and
        # its own offers others took.
        "help_given": list(
            Response.objects.accepted()
            .filter(item__in=HelpItem.objects.public())
            .filter(
                Q(organisation=organisation, item__direction=Direction.REQUEST)
                | Q(
                    item__organisation=organisation,
                    item__direction=Direction.OFFER,
                    organisation__isnull=False,
                )
            )
            .select_related("item__organisation", "organisation")
            .order_by("-accepted_at", "-pk")
        ),
    }


def fill():
    slots.fill(
        "organisation-sections",
        "mutual_help/_organisation_help.html",
        context=organisation_help,
        order=20,
    )

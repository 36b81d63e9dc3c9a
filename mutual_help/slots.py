"""What help between members adds to the pages of the app below: an
organisation's open requests and offers, and the help it gave, on its page."""

from infrastructure import slots
from mutual_help.models import HelpItem, Response


def organisation_help(request, organisation):
    return {
        "open_help": list(
            HelpItem.objects.public()
            .open()
            .filter(organisation=organisation)
            .order_by("-created_at", "-pk")
        ),
        "help_given": list(
            Response.objects.accepted()
            .filter(organisation=organisation, item__in=HelpItem.objects.public())
            .select_related("item__organisation")
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

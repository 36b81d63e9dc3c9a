"""What causes add to the pages of the app below: an organisation's causes
and partner initiatives on its page."""

from django.utils.translation import gettext as _

from causes.models import Cause
from infrastructure import slots
from infrastructure.bilingual import both_languages


def organisation_causes(request, organisation):
    """The causes an organisation proposed and those it co-sponsors, with
    what the list shows of them."""
    causes = Cause.objects.public().order_by("-created_at")
    shown = ("slug", "status", *both_languages("title"))
    return {
        "causes": {
            "proposed": list(causes.filter(proposed_by=organisation).only(*shown)),
            "backed": list(
                causes.filter(co_sponsorships__organisation=organisation)
                .select_related("proposed_by")
                .only(
                    *shown,
                    *both_languages("proposed_by__name", "proposed_by__short_name"),
                )
            ),
        }
    }


def organisation_initiatives(request, organisation):
    return {
        "heading": _("Partner initiatives"),
        "initiatives": list(organisation.initiatives.all()),
    }


def fill():
    slots.fill(
        "organisation-sections",
        "causes/_organisation_causes.html",
        context=organisation_causes,
        order=10,
        kept=True,
    )
    slots.fill(
        "organisation-sections",
        "causes/_initiatives.html",
        context=organisation_initiatives,
        order=30,
        kept=True,
    )

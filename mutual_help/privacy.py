"""What help between members keeps about a person (GDPR): their answers to
requests and offers, the requests and offers they posted, and their reports.
Their own answers as a supporter and their reports go with the account; an
answer given, and an item posted, for an organisation are the
organisation's and stay, without the person (the keys are set to null)."""

from django.utils.translation import gettext_lazy as _

from infrastructure.personaldata import when
from mutual_help.models import HelpItem, Report, Response

NOTICE = [
    (
        _(
            "Your answers to requests for volunteers, given for yourself, and the "
            "requests and offers of help you report"
        ),
        _(
            "Putting you in touch with the organisation that asked, and letting "
            "the coordinators look at what was reported"
        ),
        _("Your consent, which you can withdraw at any time (Art. 6(1)(a))"),
    ),
    (
        _(
            "Who posted, answered or accepted a request or offer of help for a "
            "member organisation"
        ),
        _("Help between the members: putting the organisations in touch"),
        _("Legitimate interest of the network and its members (Art. 6(1)(f))"),
    ),
]


def export(user):
    return {
        "help_answers": [
            {
                "item": r.item.title,
                "item_by": r.item.organisation.name,
                "for_organisation": r.organisation.name if r.organisation else None,
                "message": r.message,
                "sent": when(r.created_at),
                "accepted": when(r.accepted_at),
            }
            for r in Response.objects.filter(responder=user)
            .select_related("item__organisation", "organisation")
            .order_by("created_at", "pk")
        ],
        "help_posted": [
            {
                "title": item.title,
                "direction": item.direction,
                "organisation": item.organisation.name,
                "posted": when(item.created_at),
            }
            for item in HelpItem.objects.filter(posted_by=user)
            .select_related("organisation")
            .order_by("created_at", "pk")
        ],
        # Which item, and why: the item itself is its organisation's.
        "reported_help": [
            {"item": r.item.title, "why": r.reason, "when": when(r.created_at)}
            for r in Report.objects.filter(user=user)
            .select_related("item")
            .order_by("created_at", "pk")
        ],
    }


def erase(user, *, request):
    """The person's own answers and their reports go; what they did for an
    organisation stays with it."""
    Response.objects.filter(responder=user, organisation=None).delete()
    Report.objects.filter(user=user).delete()

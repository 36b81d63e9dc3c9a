"""The personal part of an item's page served from the page cache: the
answer form, or what the person may do instead."""

from infrastructure.pagecache import personal_template, remember
from mutual_help.forms import ResponseForm
from mutual_help.models import HelpItem, Response
from mutual_help.permissions import (
    answering_organisations,
    can_manage,
    may_answer_for_themselves,
)


def personal_context(item, user):
    """What the person sees and may do on an item's page."""
    if not user.is_authenticated:
        return {"item": item}
    organisations = answering_organisations(user, item)
    for_themselves = may_answer_for_themselves(user, item)
    answered = Response.objects.filter(item=item, responder=user).exists()
    form = None
    if (for_themselves or organisations.exists()) and not answered:
        form = ResponseForm(organisations=organisations, for_themselves=for_themselves)
    return {
        "item": item,
        "manages": can_manage(user, item),
        "answered": answered,
        "form": form,
    }


def context(request, pk):
    item = remember(
        f"help-personal:{pk}",
        lambda: HelpItem.objects.public().select_related("organisation").get(pk=pk),
    )
    return personal_context(item, request.user)


personal_template("help-respond", "mutual_help/_respond.html", context)

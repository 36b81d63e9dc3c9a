"""The editors' side of what members publish: publish, back to draft, or
delete a draft, from the member area's list."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from members.models import Organisation
from members.permissions import can_edit_organisation


def state_changer(*, related, list_url, published, drafted, not_a_draft):
    """A view that changes the state of one of an organisation's `related`
    objects (a `Moderated` model) and returns to its list, saying so in the
    kind's own words."""

    @login_required
    @require_POST
    def change_state(request, slug, pk, action):
        organisation = get_object_or_404(Organisation, slug=slug)
        item = get_object_or_404(getattr(organisation, related), pk=pk)
        if not can_edit_organisation(request.user, organisation):
            raise PermissionDenied
        if action == "publish":
            try:
                item.publish()
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, published)
        elif action == "unpublish":
            item.unpublish()
            messages.success(request, drafted)
        elif action == "delete":
            if item.is_draft:
                item.delete()
                messages.success(request, _("The draft is deleted."))
            else:
                messages.error(request, not_a_draft)
        else:
            raise Http404
        return redirect(list_url, slug=slug)

    return change_state

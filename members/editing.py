"""The member area's pages of one organisation, named in the URL: open to its
editors and to coordinators (`can_edit_organisation`)."""

from django.shortcuts import get_object_or_404

from infrastructure.access import Permitted
from members.models import Organisation
from members.permissions import can_edit_organisation


def organisation_of(request, slug):
    """The organisation named in the URL, or 404."""
    return get_object_or_404(Organisation, slug=slug)


class OrganisationEditorView(Permitted):
    """`Permitted` for the organisation of the URL's `slug`, which it puts in
    the template's context as `organisation`."""

    permission = can_edit_organisation

    def get_permission_object(self):
        return organisation_of(self.request, self.kwargs["slug"])

    @property
    def organisation(self):
        return self.permission_object

    def get_context_data(self, **kwargs):
        return super().get_context_data(organisation=self.organisation, **kwargs)

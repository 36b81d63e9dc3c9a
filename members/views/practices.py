"""The practice library: working practices members share with the network,
and the member area where editors share theirs and say which others they
applied too."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from infrastructure.access import its_page, permitted
from members.models import Organisation, Practice, Reuse
from members.permissions import (
    can_record_reuse,
    reusing_organisations,
)
from members.personal import reuse_context
from members.practice_forms import (
    PracticeDocumentFormSet,
    PracticeFilterForm,
    PracticeForm,
    PracticePhotoFormSet,
    ReuseForm,
)
from members.publication_forms import save_uploads
from members.views.publishing import (
    OrganisationPublicationsView,
    PublicationDetailView,
    PublicationFormView,
    PublicationListView,
    state_changer,
)


class PracticeListView(PublicationListView):
    model = Practice
    title = gettext_lazy("Practice library")
    feed = "practice_feed"
    filter_class = PracticeFilterForm

    def ordered(self, practices):
        return practices.newest_first()


class PracticeDetailView(PublicationDetailView):
    model = Practice

    def get_queryset(self):
        return Practice.objects.select_related("organisation").prefetch_related(
            "topics",
            "photos",
            "documents",
            "reuses__organisation",
            "activities__organisation",
            "activities__results__indicator",
        )

    def get_context_data(self, **kwargs):
        practice = self.object
        return super().get_context_data(
            # What Activity.objects.for_public() gives: published, and not
            # an applicant's.
            activities=[
                activity
                for activity in practice.activities.all()
                if activity.is_published
                and activity.organisation.status != Organisation.Status.APPLICANT
            ],
            **reuse_context(practice, self.request.user, kwargs.pop("form", None)),
            **kwargs,
        )


def public_practice(request, slug):
    return get_object_or_404(Practice.objects.for_public(), slug=slug)


@require_POST
@permitted(
    can_record_reuse,
    load=public_practice,
    login_next=its_page,
)
def reuse(request, practice):
    """Another member says it applied the practice too, with a note; or
    takes that back. The anonymous sign in first and come back."""
    organisations = reusing_organisations(request.user, practice)
    if request.POST.get("action") == "withdraw":
        organisation = get_object_or_404(
            organisations, pk=request.POST.get("organisation")
        )
        Reuse.objects.filter(practice=practice, organisation=organisation).delete()
        messages.success(
            request,
            _("%(organisation)s no longer says it applied this practice.")
            % {"organisation": organisation.display_name},
        )
        return redirect(practice)
    form = ReuseForm(request.POST, organisations=organisations, auto_id="reuse_%s")
    if not form.is_valid():
        return render(
            request,
            "members/practices/reuse.html",
            {
                "practice": practice,
                "reuse_form": form,
                "reuse_for": organisations.first()
                if form.fields["organisation"].widget.is_hidden
                else None,
            },
        )
    organisation = form.cleaned_data["organisation"]
    practice.record_reuse(
        organisation=organisation, note=form.cleaned_data["note"], by=request.user
    )
    messages.success(
        request,
        _("Recorded: %(organisation)s applied this practice too. Thank you!")
        % {"organisation": organisation.display_name},
    )
    return redirect(practice)


class OrganisationPracticesView(OrganisationPublicationsView):
    """The organisation's practices, and those of others it applied too."""

    model = Practice
    ordering = ["-created_at"]
    prefetch = ["reuses"]

    def get_context_data(self, **kwargs):
        reused = (
            Practice.objects.for_public()
            .filter(reuses__organisation=self.organisation)
            .select_related("organisation")
            .order_by("title")
        )
        return super().get_context_data(reused=reused, **kwargs)


class PracticeFormView(PublicationFormView):
    """A practice with its photos and documents, checked by their content."""

    model = Practice
    form_class = PracticeForm
    formsets = {"photos": PracticePhotoFormSet, "documents": PracticeDocumentFormSet}
    new_title = gettext_lazy("Share a practice")

    def save_formset(self, prefix, formset, practice):
        if prefix == "documents":
            save_uploads(formset, practice, attach_file)
        else:
            super().save_formset(prefix, formset, practice)


def attach_file(document, upload):
    document.file = upload


change_practice_state = state_changer(Practice)

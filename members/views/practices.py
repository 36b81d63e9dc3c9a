"""The practice library: working practices members share with the network,
and the member area where editors share theirs and say which others they
applied too."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, ListView, TemplateView

from infrastructure.images import PHOTO, store_image
from infrastructure.pagecache import SameForEveryone
from members.models import Organisation, Practice, Reuse
from members.permissions import can_edit_organisation, reusing_organisations
from members.practice_forms import (
    PracticeDocumentFormSet,
    PracticeFilterForm,
    PracticeForm,
    PracticePhotoFormSet,
    ReuseForm,
)
from members.views.moderation import state_changer
from members.views.organisations import EditorMixin


class PracticeListView(SameForEveryone, ListView):
    template_name = "members/practices/list.html"
    context_object_name = "practices"
    paginate_by = 12

    def get_queryset(self):
        self.filters = PracticeFilterForm(self.request.GET or None)
        practices = Practice.objects.for_public().for_cards()
        return self.filters.apply(practices).newest_first()

    def get_context_data(self, **kwargs):
        return super().get_context_data(filters=self.filters, **kwargs)


class PracticeDetailView(SameForEveryone, DetailView):
    """A published practice; its editors and coordinators also see drafts
    and hidden ones, as a preview."""

    template_name = "members/practices/detail.html"
    context_object_name = "practice"

    def get_queryset(self):
        return Practice.objects.select_related("organisation").prefetch_related(
            "topics",
            "photos",
            "documents",
            "reuses__organisation",
            "activities__organisation",
            "activities__results__indicator",
        )

    def get_object(self, queryset=None):
        practice = super().get_object(queryset)
        visible = practice.is_published and practice.organisation.status != "applicant"
        if not visible and not can_edit_organisation(
            self.request.user, practice.organisation
        ):
            raise Http404
        return practice

    def get_context_data(self, **kwargs):
        practice = self.object
        return super().get_context_data(
            can_edit=can_edit_organisation(self.request.user, practice.organisation),
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


def reuse_context(practice, user, form=None):
    """What a person may say on a practice's page: for which of their
    organisations “we applied this too”, and which they may withdraw."""
    if not user.is_authenticated:
        return {"practice": practice, "reuse_form": None, "reused_by_mine": []}
    mine = list(reusing_organisations(user, practice))
    if not mine:
        return {"practice": practice, "reuse_form": None, "reused_by_mine": []}
    reused = set(
        Reuse.objects.filter(practice=practice, organisation__in=mine).values_list(
            "organisation_id", flat=True
        )
    )
    not_yet = [organisation for organisation in mine if organisation.pk not in reused]
    if form is None and not_yet:
        form = ReuseForm(
            organisations=Organisation.objects.filter(pk__in=[o.pk for o in not_yet]),
            auto_id="reuse_%s",
        )
        form.fields["organisation"].choices = [(o.pk, o.name) for o in not_yet]
    return {
        "practice": practice,
        "reuse_form": form,
        "reuse_for": not_yet[0] if len(not_yet) == 1 else None,
        "reused_by_mine": [o for o in mine if o.pk in reused],
    }


@require_POST
def reuse(request, slug):
    """Another member says it applied the practice too, with a note; or
    takes that back. The anonymous sign in first and come back."""
    practice = get_object_or_404(Practice.objects.for_public(), slug=slug)
    if not request.user.is_authenticated:
        return redirect_to_login(practice.get_absolute_url())
    organisations = reusing_organisations(request.user, practice)
    if not organisations.exists():
        raise PermissionDenied
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


class OrganisationPracticesView(EditorMixin, TemplateView):
    template_name = "members/dashboard/practices.html"

    def get_context_data(self, **kwargs):
        practices = (
            self.organisation.practices.select_related("hidden_by")
            .prefetch_related("reuses")
            .order_by("-created_at")
        )
        reused = (
            Practice.objects.for_public()
            .filter(reuses__organisation=self.organisation)
            .select_related("organisation")
            .order_by("title")
        )
        return super().get_context_data(practices=practices, reused=reused, **kwargs)


class PracticeFormMixin(EditorMixin):
    """The practice form with its photos and documents, saved all or nothing."""

    template_name = "members/dashboard/practice_form.html"

    def forms(self, practice):
        data = self.request.POST if self.request.method == "POST" else None
        files = self.request.FILES if self.request.method == "POST" else None
        return (
            PracticeForm(data, instance=practice, organisation=self.organisation),
            PracticePhotoFormSet(data, files, instance=practice, prefix="photos"),
            PracticeDocumentFormSet(data, files, instance=practice, prefix="documents"),
        )

    def render_forms(self, practice, form, photos, documents):
        return self.render_to_response(
            self.get_context_data(
                practice=practice, form=form, photos=photos, documents=documents
            )
        )

    def get(self, request, *args, **kwargs):
        practice = self.get_practice()
        return self.render_forms(practice, *self.forms(practice))

    def post(self, request, *args, **kwargs):
        practice = self.get_practice()
        form, photos, documents = self.forms(practice)
        valid = form.is_valid() & photos.is_valid() & documents.is_valid()
        publish = "publish" in request.POST
        if publish and practice.state == Practice.State.HIDDEN:
            form.add_error(
                None,
                _("A coordinator hid this practice; ask them to publish it again."),
            )
            valid = False
        if not valid:
            return self.render_forms(practice, form, photos, documents)
        with transaction.atomic():
            practice = form.save(commit=False)
            practice.organisation = self.organisation
            practice.created_by = practice.created_by or request.user
            practice.save()
            form.save_m2m()
            self.save_photos(practice, photos)
            self.save_documents(practice, documents)
            if publish:
                practice.publish()
        if publish:
            messages.success(request, _("The practice is published."))
        elif practice.is_draft:
            messages.success(request, _("The practice is saved as a draft."))
        else:
            messages.success(request, _("The practice is saved."))
        return redirect(
            "members_dashboard:practice_edit",
            slug=self.organisation.slug,
            pk=practice.pk,
        )

    def save_photos(self, practice, photos):
        for photo_form in photos.forms:
            if photo_form in photos.deleted_forms:
                if photo_form.instance.pk:
                    photo_form.instance.delete()
                continue
            upload = photo_form.cleaned_data.get("upload")
            if not upload and not photo_form.instance.pk:
                continue
            photo = photo_form.save(commit=False)
            photo.practice = practice
            if upload:
                store_image(photo, upload, sizes=PHOTO, stem=practice.slug)
            photo.save()

    def save_documents(self, practice, documents):
        for document_form in documents.forms:
            if document_form in documents.deleted_forms:
                if document_form.instance.pk:
                    document_form.instance.delete()
                continue
            upload = document_form.cleaned_data.get("upload")
            if not upload and not document_form.instance.pk:
                continue
            document = document_form.save(commit=False)
            document.practice = practice
            if upload:
                document.file = upload
            document.save()


class PracticeCreateView(PracticeFormMixin, TemplateView):
    def get_practice(self):
        return Practice(organisation=self.organisation)


class PracticeEditView(PracticeFormMixin, TemplateView):
    def get_practice(self):
        return get_object_or_404(self.organisation.practices, pk=self.kwargs["pk"])


change_practice_state = state_changer(
    related="practices",
    list_url="members_dashboard:practices",
    published=gettext_lazy("The practice is published."),
    drafted=gettext_lazy(
        "The practice is back to draft: the public no longer sees it."
    ),
    not_a_draft=gettext_lazy(
        "Only drafts are deleted; unpublish a published practice instead."
    ),
)

"""The editors' side of what an organisation publishes, activities and
practices alike: the form with its formsets, saved all or nothing, and
publishing, unpublishing or deleting a draft from the member area's list."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView, TemplateView

from infrastructure.access import permitted
from infrastructure.images import set_photo
from infrastructure.pagecache import SameForEveryone
from members.editing import OrganisationEditorView, organisation_of
from members.permissions import can_edit_organisation, can_see_publication
from members.publication_forms import save_uploads


class PublicationListView(SameForEveryone, ListView):
    """What the public sees of one kind, as cards a page at a time, narrowed
    by its filter form (`filters` in the template), with its Atom feed: each
    kind names the list (`title`) and its feed (`feed`, a URL name) and says
    which form (`filter_class`, or `filter_form(data)` for one that needs
    more) and in which order (`ordering`, or `ordered(queryset)`). The
    template is `members/<plural>/list.html` (the kind's `kept_as`:
    activities, practices), extending `members/publication_list.html`; the
    page's items are under that plural too."""

    paginate_by = 12
    title = feed = filter_class = None

    def get_template_names(self):
        return [f"members/{kept_as(self.model)}/list.html"]

    def get_context_object_name(self, object_list):
        return kept_as(self.model)

    def filter_form(self, data):
        return self.filter_class(data)

    def ordered(self, queryset):
        return queryset.order_by(*self.get_ordering())

    def get_queryset(self):
        self.filters = self.filter_form(self.request.GET or None)
        items = self.model.objects.for_public().for_cards()
        return self.ordered(self.filters.apply(items))

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            filters=self.filters,
            list_title=self.title,
            feed_url=reverse(self.feed),
            **kwargs,
        )


class PublicationDetailView(SameForEveryone, DetailView):
    """A published activity or practice; its editors and coordinators also
    see a draft or a hidden one, as a preview (`can_see_publication`). The
    template is `members/<plural>/detail.html` (`kept_as`), extending
    `members/publication_detail.html`."""

    def get_template_names(self):
        return [f"members/{kept_as(self.model)}/detail.html"]

    def get_object(self, queryset=None):
        item = super().get_object(queryset)
        if not can_see_publication(self.request.user, item):
            raise Http404
        return item

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            item=self.object,
            kind=self.model._meta.model_name,
            list_url=reverse(f"{kept_as(self.model)}:list"),
            can_edit=can_edit_organisation(self.request.user, self.object.organisation),
            **kwargs,
        )


class OrganisationPublicationsView(OrganisationEditorView, TemplateView):
    """The organisation's own items of a kind in the member area, drafts and
    hidden ones with them (`items`, in the `ordering` given, each with who
    hid it and what `prefetch` names). The template is
    `members/dashboard/<plural>.html` (`kept_as`), extending
    `members/dashboard/publications.html`."""

    model = None
    ordering = prefetch = ()

    def get_template_names(self):
        return [f"members/dashboard/{kept_as(self.model)}.html"]

    def get_context_data(self, **kwargs):
        items = (
            getattr(self.organisation, kept_as(self.model))
            .select_related("hidden_by")
            .prefetch_related(*self.prefetch)
            .order_by(*self.ordering)
        )
        return super().get_context_data(items=items, **kwargs)


class PublicationFormView(OrganisationEditorView, TemplateView):
    """A new one, or the organisation's own by its `pk`: the main form and
    the `formsets` (by prefix, each in the template under its prefix; the
    photos' among them), saved together or not at all; "publish" publishes
    it too. The template is `members/dashboard/<kind>_form.html`, extending
    `members/dashboard/publication_form.html`; the form's URL
    `members_dashboard:<kind>_edit`, the messages the model's own. Each kind
    says what a new one is called (`new_title`); the list of errors calls
    each form of a formset by its model's name and number ("Result 2")."""

    model = form_class = new_title = None
    formsets = {}

    def get_template_names(self):
        return [f"members/dashboard/{self.model._meta.model_name}_form.html"]

    def get_object(self):
        if "pk" not in self.kwargs:
            return self.model(organisation=self.organisation)
        return get_object_or_404(
            self.model.objects.filter(organisation=self.organisation),
            pk=self.kwargs["pk"],
        )

    def forms(self, item):
        posted = self.request.method == "POST"
        data = self.request.POST if posted else None
        files = self.request.FILES if posted else None
        form = self.form_class(data, instance=item, organisation=self.organisation)
        formsets = {
            prefix: formset(data, files, instance=item, prefix=prefix)
            for prefix, formset in self.formsets.items()
        }
        return form, formsets

    def errors(self, form, formsets):
        """Every error of the page, as (the field's id or None, what to say),
        in the order of the page, each field named and each form of a
        formset numbered."""
        errors = [(None, error) for error in form.non_field_errors()]
        errors += [(f.id_for_label, f"{f.label}: {e}") for f in form for e in f.errors]
        for formset in formsets.values():
            errors += [(None, error) for error in formset.non_form_errors()]
            item = capfirst(formset.model._meta.verbose_name)
            for number, subform in enumerate(formset, start=1):
                name = _("%(item)s %(number)s") % {"item": item, "number": number}
                errors += [(None, f"{name}: {e}") for e in subform.non_field_errors()]
                errors += [
                    (field.id_for_label, f"{name}, {field.label}: {error}")
                    for field in subform
                    for error in field.errors
                ]
        return errors

    def render_forms(self, item, form, formsets):
        context = {
            self.model._meta.model_name: item,
            "item": item,
            "form": form,
            "has_errors": bool(form.errors)
            or any(formset.total_error_count() for formset in formsets.values()),
            "errors": self.errors(form, formsets),
            "new_title": self.new_title,
            "list_url": reverse(
                f"members_dashboard:{kept_as(self.model)}",
                args=[self.organisation.slug],
            ),
            "list_title": capfirst(self.model._meta.verbose_name_plural),
            # Files chosen are not sent back with the form: say so only when
            # some were (a file input left empty sends none).
            "files_chosen": bool(self.request.FILES),
            **formsets,
        }
        return self.render_to_response(self.get_context_data(**context))

    def get(self, request, *args, **kwargs):
        item = self.get_object()
        return self.render_forms(item, *self.forms(item))

    def post(self, request, *args, **kwargs):
        item = self.get_object()
        form, formsets = self.forms(item)
        valid = all([form.is_valid(), *[f.is_valid() for f in formsets.values()]])
        publish = "publish" in request.POST
        if publish and item.state == item.State.HIDDEN:
            form.add_error(None, item.hidden_message)
            valid = False
        if not valid:
            return self.render_forms(item, form, formsets)
        with transaction.atomic():
            item = form.save(commit=False)
            item.organisation = self.organisation
            item.created_by = item.created_by or request.user
            item.save()
            form.save_m2m()
            for prefix, formset in formsets.items():
                self.save_formset(prefix, formset, item)
            if publish:
                item.publish()
        if publish:
            messages.success(request, item.published_message)
        elif item.is_draft:
            messages.success(request, item.draft_message)
        else:
            messages.success(request, item.saved_message)
        return redirect(
            f"members_dashboard:{self.model._meta.model_name}_edit",
            slug=self.organisation.slug,
            pk=item.pk,
        )

    def save_formset(self, prefix, formset, item):
        """The photos are verified, re-encoded and named after the item;
        another formset is saved as it is."""
        if prefix == "photos":
            save_uploads(
                formset,
                item,
                lambda photo, upload: set_photo(photo, upload, stem=item.slug),
            )
        else:
            formset.instance = item
            formset.save()


def kept_as(model):
    """What an organisation calls its items of `model` ("activities"): the
    relation from it, and the name of their list in the member area."""
    return model._meta.get_field("organisation").remote_field.related_name


def state_changer(model):
    """A view that changes the state of one of an organisation's items of
    `model` and returns to their list in the member area, saying so in the
    kind's own words."""
    related = kept_as(model)

    @permitted(can_edit_organisation, load=organisation_of, methods=["POST"])
    def change_state(request, organisation, pk, action):
        item = get_object_or_404(getattr(organisation, related), pk=pk)
        if action == "publish":
            try:
                item.publish()
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, item.published_message)
        elif action == "unpublish":
            item.unpublish()
            messages.success(request, item.unpublished_message)
        elif action == "delete":
            if item.is_draft:
                item.delete()
                messages.success(request, _("The draft is deleted."))
            else:
                messages.error(request, item.not_a_draft_message)
        else:
            raise Http404
        return redirect(f"members_dashboard:{related}", slug=organisation.slug)

    return change_state

"""Help between members for the public (the list, an item's page, answering
and reporting it) and for the posters' editors (post, edit, accept an answer,
withdraw, record what came of it; their organisation's items and answers)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import CreateView, DetailView, ListView, UpdateView

from infrastructure.access import Permitted, its_page, permitted, signed_in
from infrastructure.pagecache import SameForEveryone
from infrastructure.ratelimit import rate_limited, too_many
from members.editing import OrganisationEditorView
from members.participation import refusal
from mutual_help import services
from mutual_help.forms import (
    HelpFilterForm,
    HelpItemForm,
    OutcomeForm,
    ReportForm,
    ResponseForm,
)
from mutual_help.models import HelpItem, Report, Response
from mutual_help.permissions import (
    answering_organisations,
    can_manage,
    can_post,
    may_answer_for_themselves,
    posting_organisations,
)
from mutual_help.personal import personal_context

SENT = gettext_lazy(
    "Your answer is sent; the poster will be in touch through the portal."
)


class HelpListView(SameForEveryone, ListView):
    template_name = "mutual_help/list.html"
    context_object_name = "items"
    paginate_by = 12

    def get_queryset(self):
        self.filters = HelpFilterForm(self.request.GET or None)
        return self.filters.apply(HelpItem.objects.public().for_cards())

    def get_context_data(self, **kwargs):
        return super().get_context_data(filters=self.filters, **kwargs)


def public_item(request, slug):
    return get_object_or_404(HelpItem.objects.public(), slug=slug)


class HelpDetailView(SameForEveryone, DetailView):
    template_name = "mutual_help/detail.html"
    context_object_name = "item"

    def get_queryset(self):
        return (
            HelpItem.objects.public()
            .select_related("organisation", "place")
            .prefetch_related(
                "topics",
                Prefetch(
                    "responses",
                    Response.objects.accepted().select_related("organisation"),
                    to_attr="accepted",
                ),
            )
            .annotate(response_count=Count("responses"))
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        return personal_context(self.object, self.request.user) | context


class HelpCreateView(Permitted, CreateView):
    """An editor posts a request or an offer for one of their organisations."""

    permission = signed_in
    form_class = HelpItemForm
    template_name = "mutual_help/form.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not can_post(request.user):
            return render(request, "mutual_help/only_members.html", status=403)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "organisations": posting_organisations(self.request.user),
        }

    def post(self, request, *args, **kwargs):
        if rate_limited(request, "help_post"):
            return too_many(request, "/help/")
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        form.instance.posted_by = self.request.user
        response = super().form_valid(form)
        messages.success(self.request, _("It is posted; the members will see it."))
        return response


class HelpEditView(Permitted, UpdateView):
    form_class = HelpItemForm
    template_name = "mutual_help/form.html"

    @staticmethod
    def permission(user, item):
        return item.is_active and can_manage(user, item)

    def get_permission_object(self):
        return get_object_or_404(HelpItem, slug=self.kwargs["slug"])

    def get_object(self, queryset=None):
        return self.permission_object

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "organisations": posting_organisations(self.request.user).none(),
        }

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("The changes are saved."))
        return response

    def get_success_url(self):
        return dashboard_url(self.object)


def dashboard_url(item):
    return reverse("help_dashboard:organisation", args=[item.organisation.slug])


@permitted(load=public_item, login_next=its_page, methods=["POST"])
def respond(request, item):
    """Answer an item, for one's organisation or, to a request for
    volunteers, for oneself."""
    user = request.user
    organisations = answering_organisations(user, item)
    for_themselves = may_answer_for_themselves(user, item)
    if not organisations.exists() and not for_themselves:
        raise PermissionDenied
    if refused := refusal(request, item, "help_respond"):
        return refused
    form = ResponseForm(
        request.POST, organisations=organisations, for_themselves=for_themselves
    )
    if form.is_valid():
        try:
            services.respond(
                item=item,
                by=user,
                organisation=form.cleaned_data.get("organisation"),
                message=form.cleaned_data["message"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                SENT,
            )
            return redirect(item)
    return render(
        request, "mutual_help/respond.html", {"item": item, "form": form}, status=400
    )


def item_of_response(request, pk):
    return get_object_or_404(Response.objects.select_related("item"), pk=pk)


@permitted(
    lambda user, response: can_manage(user, response.item),
    load=item_of_response,
    methods=["POST"],
)
def accept(request, response):
    try:
        response.accept(by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("You accepted the answer of %(whom)s; you now see each other's contact.")
            % {"whom": response.from_whom},
        )
    return redirect(dashboard_url(response.item))


def managed_item(request, slug):
    return get_object_or_404(HelpItem, slug=slug)


@permitted(can_manage, load=managed_item, methods=["POST"])
def withdraw(request, item):
    try:
        item.withdraw()
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("It is withdrawn."))
    return redirect(dashboard_url(item))


@permitted(can_manage, load=managed_item)
def close(request, item):
    """The poster records what came of agreed help: it is done."""
    if item.status != HelpItem.Status.AGREED:
        messages.info(request, _("Only agreed help can be closed as done."))
        return redirect(dashboard_url(item))
    form = OutcomeForm(request.POST or None, instance=item)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        item.outcome_en = data.get("outcome_en", "")
        item.close(
            outcome=data["outcome_bg"],
            figure=data.get("outcome_figure"),
            measure=data.get("outcome_measure", ""),
        )
        messages.success(request, _("Thank you: what came of it is on its page."))
        return redirect(item)
    return render(request, "mutual_help/close.html", {"item": item, "form": form})


@permitted(load=public_item, login_next=lambda item: f"{its_page(item)}report/")
def report(request, item):
    """Report an item to the coordinators."""
    if can_manage(request.user, item):
        messages.info(request, _("This is your organisation's own."))
        return redirect(item)
    if request.method != "POST":
        return render(
            request, "mutual_help/report.html", {"item": item, "form": ReportForm()}
        )
    if rate_limited(request, "report"):
        return too_many(request, item)
    form = ReportForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    Report.objects.get_or_create(
        item=item, user=request.user, defaults={"reason": reason}
    )
    messages.success(request, _("Thank you. The coordinators will look at it."))
    return redirect(item)


class OrganisationHelpView(OrganisationEditorView, ListView):
    """An organisation's own items with their answers, and the answers it gave."""

    template_name = "mutual_help/dashboard/organisation.html"
    context_object_name = "items"

    def get_queryset(self):
        return (
            HelpItem.objects.filter(organisation=self.organisation)
            .select_related("place")
            .prefetch_related(
                Prefetch(
                    "responses",
                    Response.objects.select_related("organisation", "responder"),
                )
            )
            .order_by("-created_at", "-pk")
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            answers=Response.objects.filter(organisation=self.organisation)
            .select_related("item__organisation")
            .order_by("-created_at", "-pk"),
            **kwargs,
        )


class MyResponsesView(Permitted, ListView):
    """The answers a person gave for themselves, as a volunteer."""

    permission = signed_in
    template_name = "mutual_help/dashboard/mine.html"
    context_object_name = "answers"

    def get_queryset(self):
        return (
            Response.objects.filter(responder=self.request.user, organisation=None)
            .select_related("item__organisation")
            .order_by("-created_at", "-pk")
        )

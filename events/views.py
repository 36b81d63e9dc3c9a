"""Meetings for the public (list, page, calendars) and for people who take
part (registering, cancelling, an editor registering colleagues)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, ListView, TemplateView

from causes.models import Cause
from events import calendar, services
from events.forms import ColleagueForm, MeetingFilterForm, RegisterForm
from events.models import Meeting, Registration
from events.permissions import can_cancel, organisations_to_register_for
from events.personal import registration_context
from infrastructure.access import Permitted, back_to, its_page, permitted
from infrastructure.pagecache import SameForEveryone
from members.editing import OrganisationEditorView
from members.participation import refusal


class MeetingListView(SameForEveryone, ListView):
    template_name = "events/list.html"
    context_object_name = "meetings"
    paginate_by = 12

    def get_queryset(self):
        self.filters = MeetingFilterForm(self.request.GET or None)
        return self.filters.apply(Meeting.objects.for_cards())

    def get_context_data(self, **kwargs):
        return super().get_context_data(filters=self.filters, **kwargs)


class MeetingDetailView(SameForEveryone, DetailView):
    template_name = "events/detail.html"
    context_object_name = "meeting"

    def get_queryset(self):
        return Meeting.objects.select_related("place").prefetch_related(
            "organisers",
            models.Prefetch(
                "agenda__cause", Cause.objects.public().select_related("proposed_by")
            ),
            "decisions__cause",
            "attendance__organisation",
            "documents",
        )

    def get_context_data(self, **kwargs):
        meeting = self.object
        url = self.request.build_absolute_uri(meeting.get_absolute_url())
        return super().get_context_data(
            **registration_context(meeting, self.request.user),
            google_link=calendar.google_link(meeting, url),
            outlook_link=calendar.outlook_link(meeting, url),
            **kwargs,
        )


def meeting_of(request, slug):
    return get_object_or_404(Meeting, slug=slug)


@require_POST
@permitted(load=meeting_of, login_next=its_page)
def register(request, meeting):
    """Register oneself, perhaps for one's organisation; the anonymous sign
    in first and come back."""
    # Each registration sends an e-mail: registering and cancelling in a
    # loop is slowed down like supporting and commenting.
    if refused := refusal(request, meeting, "register"):
        return refused
    form = RegisterForm(
        request.POST, organisations=organisations_to_register_for(request.user)
    )
    if not form.is_valid():
        raise PermissionDenied
    user = request.user
    try:
        registration = services.register(
            meeting=meeting,
            user=user,
            name=user.get_full_name() or user.email,
            email=user.email,
            organisation=form.cleaned_data.get("organisation"),
            by=user,
            request=request,
        )
    except services.RegistrationError as error:
        messages.error(request, str(error))
    else:
        if registration.is_confirmed:
            messages.success(request, _("You are registered. We sent you an e-mail."))
        else:
            messages.info(
                request,
                _("The meeting is full: you are on the waiting list. We will write "
                  "to you if a place frees up."),
            )  # fmt: skip
    return redirect(meeting)


def active_registration(request, pk):
    return get_object_or_404(
        Registration.objects.active().select_related("meeting"), pk=pk
    )


@require_POST
@permitted(
    can_cancel,
    load=active_registration,
    login_next=lambda registration: registration.meeting.get_absolute_url(),
)
def cancel(request, registration):
    services.cancel(registration=registration, request=request)
    messages.success(request, _("The registration is cancelled."))
    return back_to(request, registration.meeting)


def meeting_ics(request, slug):
    meeting = get_object_or_404(Meeting, slug=slug)
    return calendar_response(
        calendar.ical([meeting], request=request, name=meeting.title), meeting.slug
    )


def calendar_ics(request):
    """Every meeting, cancelled ones included, so calendars learn of it."""
    meetings = Meeting.objects.order_by("starts_at", "pk")
    return calendar_response(
        calendar.ical(meetings, request=request, name=_("Synergy Network meetings")),
        "meetings",
    )


def calendar_response(content, name):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{name}.ics"'
    return response


class MyMeetingsView(Permitted, TemplateView):
    """A person's registrations, soonest first; each can be cancelled."""

    template_name = "events/dashboard/mine.html"

    def get_context_data(self, **kwargs):
        registrations = (
            self.request.user.registrations.active()
            .select_related("meeting", "organisation")
            .order_by("meeting__starts_at", "pk")
        )
        return super().get_context_data(registrations=registrations, **kwargs)


class OrganisationMeetingsView(OrganisationEditorView, TemplateView):
    """An editor registers people of the organisation and sees who goes."""

    template_name = "events/dashboard/organisation.html"

    def open_meetings(self):
        return [m for m in Meeting.objects.upcoming() if m.registration_is_open]

    def form(self, data=None):
        ids = [meeting.pk for meeting in self.open_meetings()]
        return ColleagueForm(data, meetings=Meeting.objects.filter(pk__in=ids))

    def get_context_data(self, **kwargs):
        registrations = (
            Registration.objects.active()
            .filter(organisation=self.organisation)
            .select_related("meeting")
            .order_by("meeting__starts_at", "name")
        )
        kwargs.setdefault("form", self.form())
        return super().get_context_data(registrations=registrations, **kwargs)

    def post(self, request, *args, **kwargs):
        form = self.form(request.POST)
        if form.is_valid():
            try:
                registration = services.register(
                    meeting=form.cleaned_data["meeting"],
                    name=form.cleaned_data["name"],
                    email=form.cleaned_data["email"],
                    organisation=self.organisation,
                    by=request.user,
                    request=request,
                )
            except services.RegistrationError as error:
                form.add_error(None, str(error))
            else:
                if registration.is_confirmed:
                    messages.success(
                        request,
                        _("%(name)s is registered.") % {"name": registration.name},
                    )
                else:
                    messages.info(
                        request,
                        _("%(name)s is on the waiting list.")
                        % {"name": registration.name},
                    )
                return redirect(request.path)
        return self.render_to_response(self.get_context_data(form=form))

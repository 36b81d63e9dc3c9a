"""Site-wide pages: home, about, privacy, and the pages machines read."""

import sys
from datetime import UTC, date, timedelta

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, Q
from django.db.utils import DatabaseError, InterfaceError, OperationalError
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseServerError,
    JsonResponse,
)
from django.shortcuts import redirect
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from capacity.models import PUBLIC_MINIMUM as CAPACITY_MINIMUM
from capacity.results import public_figures as capacity_figures
from capacity.results import reminders as capacity_reminders
from causes.models import OPEN_TO_CO_SPONSORS, Cause
from events.models import Meeting
from infrastructure import pagecache as page_cache
from infrastructure import personaldata
from infrastructure.access import Permitted
from infrastructure.pagecache import SameForEveryone
from members.models import Activity, ActivityYear, IndicatorTotal, Organisation, Role
from members.permissions import edited_members
from network_portal import grant_report, open_data, search
from network_portal.models import SearchEntry, SiteSettings
from network_portal.open_data import DATASETS, LICENCE, LICENCE_URL
from network_portal.targets import framework, progress
from network_portal.transparency import SHOWN, Report


class HomeView(SameForEveryone, TemplateView):
    template_name = "network_portal/home.html"

    def get_context_data(self, **kwargs):
        language = translation.get_language()
        return super().get_context_data(
            **page_cache.remember(f"home:{language}", home_figures, reads=True),
            latest_news=page_cache.remember(
                f"home-news:{language}", latest_news, reads=True
            ),
            **kwargs,
        )


def latest_news():
    """The three newest activities: what an edit of one changes on the home
    page, kept apart from the rest."""
    return list(
        Activity.objects.for_public()
        .for_cards()
        .order_by("-starts_on", "-published_at")[:3]
    )


def home_figures():
    """The home page's figures and its coming meetings and open causes, the
    same for everyone."""
    members = Organisation.objects.active()
    numbers = members.aggregate(
        members=Count("pk"),
        informal_groups=Count("pk", filter=Q(kind=Organisation.Kind.INFORMAL_GROUP)),
        municipalities=Count("municipality", distinct=True),
    )
    numbers["activities"] = sum(ActivityYear.objects.per_year().values())
    return {
        "numbers": numbers,
        "totals": IndicatorTotal.objects.as_totals()[:4],
        "headline_targets": progress(
            framework().filter(is_headline=True)[:3], timezone.localdate()
        ),
        "upcoming_meetings": list(Meeting.objects.upcoming().for_cards()[:3]),
        "open_causes": list(
            Cause.objects.public()
            .filter(status__in=OPEN_TO_CO_SPONSORS)
            .for_cards()
            .order_by("-supporter_count", "-created_at")[:3]
        ),
    }


class DashboardView(Permitted, TemplateView):
    """The member area's landing: the organisations the person acts for."""

    template_name = "network_portal/dashboard.html"

    def get_context_data(self, **kwargs):
        roles = (
            Role.objects.filter(user=self.request.user)
            .select_related("organisation", "organisation__municipality")
            .order_by("organisation__name", "kind")
        )
        # The capacity self-assessment the person's organisations owe: in an
        # open round, or on joining.
        capacity_round, capacity_waiting, capacity_joining = capacity_reminders(
            edited_members(self.request.user), timezone.localdate()
        )
        return super().get_context_data(
            roles=roles,
            capacity_round=capacity_round,
            capacity_waiting=capacity_waiting,
            capacity_joining=capacity_joining,
            **kwargs,
        )


class TransparencyView(SameForEveryone, TemplateView):
    """What the network does and achieves, for a year or for all time."""

    template_name = "network_portal/transparency.html"

    def get_context_data(self, **kwargs):
        try:
            year = int(self.request.GET.get("year", ""))
        except ValueError:
            year = None
        language = translation.get_language()
        # Proposals become overdue with the days, not only with the data.
        today = timezone.localdate()
        return super().get_context_data(
            **page_cache.remember(
                f"transparency:{year}:{language}:{today.isoformat()}",
                lambda: transparency_figures(year),
                reads=True,
            ),
            **kwargs,
        )


def transparency_figures(year):
    """The transparency page's figures, and their sections rendered: the
    page's longest part to render, done once with them."""
    figures = transparency_report(year)
    html = loader.render_to_string("network_portal/_transparency_figures.html", figures)
    return {**figures, "figures_html": html}


def transparency_report(year):
    """Every figure of the transparency page, computed once until what it
    read is written (`transparency_figures`)."""
    report = Report.for_year(year)
    today = timezone.localdate()
    within = (
        (date(report.year, 1, 1), date(report.year, 12, 31)) if report.year else None
    )
    members_by_kind = report.members_by_kind()
    return {
        "targets": progress(framework(), today, within),
        # The year and the years only: the report's querysets stay out of
        # the cache, which would keep every row they select.
        "report": {"year": report.year, "years": report.years},
        "members_by_kind": members_by_kind,
        "members_by_municipality": report.members_by_municipality(),
        "activities_over_time": report.activities_over_time(),
        "results_by_unit": report.results_by_unit(),
        "synergy": report.synergy(),
        "help_exchanged": report.help_exchanged(),
        # Only totals, and only of rounds enough members answered.
        "capacity": capacity_figures(),
        "capacity_minimum": CAPACITY_MINIMUM,
        "causes_by_status": report.causes_by_status(),
        "causes_way": report.causes_way(),
        "meetings": report.meetings(),
        "proposals": report.proposals(today),
        "reporting": list(report.reporting()[:SHOWN]),
        # Every member is of one kind.
        "members": sum(bar.value for bar in members_by_kind),
    }


class GrantReportView(SameForEveryone, TemplateView):
    """The project's report for a period, the project's own by default: one
    document to print for the donor, public as the network's accountability."""

    template_name = "network_portal/report.html"

    def get_context_data(self, **kwargs):
        today = timezone.localdate()
        (start, end), form = grant_report.period_from(self.request.GET, today)
        return super().get_context_data(
            form=form,
            **grant_report.GrantReport(start, end, today).build(),
            **kwargs,
        )


class OpenDataView(SameForEveryone, TemplateView):
    """The datasets, documented, with their licence and data dictionary."""

    template_name = "network_portal/open_data.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            datasets=DATASETS.values(),
            licence=LICENCE,
            licence_url=LICENCE_URL,
            **kwargs,
        )


# An open dataset up to this size is kept whole in the page cache; a larger
# one is sent from its file.
WHOLE_IN_THE_PAGE_CACHE = 256 * 1024


@require_safe
def open_dataset(request, dataset, extension):
    """One dataset as CSV or JSON, in one language, with an ETag, so that a
    harvester asking again learns it has not changed. Built once per change
    of the data: kept whole in the page cache while small, sent from a file
    on this server when large."""
    dataset = DATASETS.get(dataset)
    language = request.GET.get("lang", settings.LANGUAGE_CODE)
    if dataset is None or language not in dict(settings.LANGUAGES):
        raise Http404
    filename = f"{dataset.slug}-{language}.{extension}"

    def url(path):
        return request.build_absolute_uri(path)

    if extension == "csv":
        form = open_data.csv_form(dataset)
    else:
        with translation.override(language):
            source = reverse("open_data")
        form = open_data.json_form(
            {
                "dataset": dataset.slug,
                "language": language,
                "licence": LICENCE,
                "licence_url": LICENCE_URL,
                "source": url(source),
                "fields": [field.name for field in dataset.fields],
            }
        )
    name = f"open-data:{url('/')}:{filename}"

    def build():
        return open_data.content(dataset, form, name=name, language=language, url=url)

    content_type = "text/csv" if extension == "csv" else "application/json"
    content_type = f"{content_type}; charset=utf-8"
    if page_cache.enabled():
        # The same for every visitor, signed in or not, until the data
        # changes: a file on this server, sent by sendfile (a dataset at a
        # hundred times the demo is megabytes).
        path, etag = page_cache.kept_file(name, build, request=request)
        if path.stat().st_size <= WHOLE_IN_THE_PAGE_CACHE:
            # Small enough to be kept whole, like a page, and served to the
            # next visitors without coming here.
            response = HttpResponse(path.read_bytes(), content_type=content_type)
        else:
            # Compressed for a client that takes it, as browsers and most
            # harvesters do: a tenth of the bytes.
            return page_cache.file_response(
                request,
                path,
                etag,
                [
                    ("Content-Type", content_type),
                    ("Content-Disposition", f'inline; filename="{filename}"'),
                    ("Access-Control-Allow-Origin", "*"),
                ],
            )
    else:
        response = HttpResponse(
            open_data.text(dataset, form, language=language, url=url),
            content_type=content_type,
        )
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


class SearchForm(forms.Form):
    # Labels are the template's: one box in the header, one on the page.
    q = forms.CharField(
        max_length=search.MAX_QUERY_LENGTH,
        required=False,
        error_messages={
            "max_length": gettext_lazy(
                "Search with at most %(limit_value)d characters, please."
            )
        },
    )
    type = forms.ChoiceField(
        required=False, choices=[("", ""), *SearchEntry.Kind.choices]
    )


class SearchView(SameForEveryone, TemplateView):
    """One box for organisations, causes, meetings, activities and partner
    initiatives; results by kind, best first."""

    template_name = "network_portal/search.html"
    paginate_by = 20

    def get_context_data(self, **kwargs):
        form = SearchForm(self.request.GET or None)
        query, kind, page, counts = "", "", None, {}
        if form.is_valid() and form.cleaned_data["q"].strip():
            query, kind = form.cleaned_data["q"].strip(), form.cleaned_data["type"]
            ids, counts = search.search(
                query, language=translation.get_language(), kind=kind or None
            )
            # The matches' ids, ranked: a page of them is then read whole.
            page = Paginator(ids, self.paginate_by).get_page(
                self.request.GET.get("page")
            )
            page.object_list = search.entries(page.object_list)
            for entry in page:
                entry.marked_title = search.highlight(entry.title, query)
                entry.marked_byline = search.highlight(entry.byline, query)
                entry.snippet = search.snippet(entry.text, query)
        kinds = [
            {"value": value, "label": label, "count": counts.get(value, 0)}
            for value, label in SearchEntry.Kind.choices
        ]
        return super().get_context_data(
            form=form,
            query=query,
            kind=kind,
            kinds=kinds,
            kind_label=dict(SearchEntry.Kind.choices).get(kind, ""),
            total=sum(counts.values()),
            page_obj=page,
            **kwargs,
        )


class AboutView(SameForEveryone, TemplateView):
    template_name = "network_portal/about.html"


class PrivacyView(SameForEveryone, TemplateView):
    template_name = "network_portal/privacy.html"

    def get_context_data(self, **kwargs):
        # What each app declares it keeps about a person.
        return super().get_context_data(personal_data=personaldata.notice(), **kwargs)


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers, 503 when it does not; nothing more."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable"}, status=503)
    return JsonResponse({"status": "ok"})


@require_safe
@cache_control(max_age=86400, public=True)
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page links to."""
    return redirect(static("img/favicon.png"), permanent=True)


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /accounts/",
        "Disallow: /en/accounts/",
        "Disallow: /dashboard/",
        "Disallow: /en/dashboard/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
@cache_control(max_age=86400, public=True)
def security_txt(request):
    """RFC 9116: whom to tell about a vulnerability, valid for the next year."""
    contact = settings.SECURITY_CONTACT or f"mailto:{SiteSettings.load().contact_email}"
    expires = (timezone.now() + timedelta(days=365)).replace(microsecond=0)
    lines = [
        f"Contact: {contact}",
        f"Expires: {expires.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: bg, en",
        f"Canonical: {request.build_absolute_uri(reverse('security_txt'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def server_error(request):
    """The 500 page in the site's layout, or a bare one if even that fails;
    while the database is away (restarting, say), a 503 that asks to come
    back in a minute: the next request after it returns reconnects."""
    if isinstance(sys.exception(), (OperationalError, InterfaceError)):
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = "60"
        return response
    try:
        body = loader.render_to_string("500.html", request=request)
    except Exception:
        body = loader.render_to_string("500_minimal.html")
    return HttpResponseServerError(body)

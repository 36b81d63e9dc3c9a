"""The open datasets: organisations (Popolo-like), activities and results
(IATI-like), as CSV and JSON, one language per file, streamed row by row."""

import csv
import json
from dataclasses import dataclass

from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from members.models import Activity, Organisation, Result, Topic

CHUNK = 500
LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"


@dataclass(frozen=True)
class Field:
    name: str
    description: str
    many: bool = False  # a list in JSON, values joined by "; " in CSV


def iso(day):
    return day.isoformat() if day else None


class Dataset:
    slug = ""
    title = ""
    description = ""
    fields: list[Field] = []

    def rows(self, url):
        raise NotImplementedError


class Organisations(Dataset):
    slug = "organisations"
    title = _("Member organisations")
    description = _(
        "Every organisation that is or was a member of the network, with its "
        "ЕИК as an identifier in the BG-EIK scheme (Popolo-like)."
    )
    fields = [
        Field("id", _("The organisation's identifier on this portal (its slug).")),
        Field("name", _("Name.")),
        Field("short_name", _("Short name, if any.")),
        Field("identifier", _("ЕИК in the BG-EIK scheme, e.g. BG-EIK-175074752; empty for informal groups.")),
        Field("classification", _("Kind: association, foundation, community_centre or informal_group.")),
        Field("benefit", _("public or private benefit; empty for informal groups.")),
        Field("network_status", _("member, suspended or former.")),
        Field("member_since", _("Date of joining the network (YYYY-MM-DD).")),
        Field("left_on", _("Date of leaving the network, for former members.")),
        Field("founding_year", _("Year the organisation was founded.")),
        Field("region", _("ISO 3166-2 code of the region, e.g. BG-24.")),
        Field("municipality", _("Municipality.")),
        Field("settlement", _("Town or village.")),
        Field("email", _("Public contact e-mail.")),
        Field("website", _("Website.")),
        Field("topics", _("Topics, as identifiers."), many=True),
        Field("url", _("The organisation's page on this portal.")),
    ]  # fmt: skip

    def rows(self, url):
        organisations = (
            Organisation.objects.public()
            .select_related("region", "municipality")
            .prefetch_related(Prefetch("topics", Topic.objects.order_by("slug")))
            .order_by("pk")
        )
        for o in organisations.iterator(chunk_size=CHUNK):
            yield {
                "id": o.slug,
                "name": o.name,
                "short_name": o.short_name,
                "identifier": f"BG-EIK-{o.eik}" if o.eik else None,
                "classification": o.kind,
                "benefit": o.benefit or None,
                "network_status": o.status,
                "member_since": iso(o.joined_on),
                "left_on": iso(o.left_on),
                "founding_year": o.founded_year,
                "region": o.region.code,
                "municipality": o.municipality.name if o.municipality else None,
                "settlement": o.settlement,
                "email": o.email,
                "website": o.website,
                "topics": [topic.slug for topic in o.topics.all()],
                "url": url(o.get_absolute_url()),
            }


class Activities(Dataset):
    slug = "activities"
    title = _("Activities")
    description = _("The activities members published: the network's news.")
    fields = [
        Field("id", _("The activity's identifier on this portal (its slug).")),
        Field("title", _("Title.")),
        Field("summary", _("Summary.")),
        Field("kind", _("Kind: event, campaign, training, advocacy, volunteering, publication or other.")),
        Field("start_date", _("Date, or first day, of the activity (YYYY-MM-DD).")),
        Field("end_date", _("Last day, for activities of several days.")),
        Field("organisation", _("Identifier of the organisation that reported it.")),
        Field("co_organisers", _("Identifiers of the member organisations that organised it with it."), many=True),
        Field("institutions", _("Partner institutions."), many=True),
        Field("municipality", _("Municipality.")),
        Field("topics", _("Topics, as identifiers."), many=True),
        Field("published_at", _("When it was published (ISO 8601).")),
        Field("url", _("The activity's page on this portal.")),
    ]  # fmt: skip

    def rows(self, url):
        activities = (
            Activity.objects.for_public()
            .select_related("organisation", "place")
            .prefetch_related(
                Prefetch("co_organisers", Organisation.objects.order_by("slug")),
                "institutions",
                Prefetch("topics", Topic.objects.order_by("slug")),
            )
            .order_by("pk")
        )
        for a in activities.iterator(chunk_size=CHUNK):
            yield {
                "id": a.slug,
                "title": a.title,
                "summary": a.summary,
                "kind": a.kind,
                "start_date": iso(a.starts_on),
                "end_date": iso(a.ends_on),
                "organisation": a.organisation.slug,
                "co_organisers": [o.slug for o in a.co_organisers.all()],
                "institutions": [i.name for i in a.institutions.all()],
                "municipality": a.place.name if a.place else None,
                "topics": [topic.slug for topic in a.topics.all()],
                "published_at": a.published_at.isoformat() if a.published_at else None,
                "url": url(a.get_absolute_url()),
            }


class Results(Dataset):
    slug = "results"
    title = _("Results")
    description = _(
        "What the activities achieved, against the network's indicators "
        "(IATI-like: indicator, measure, value, period)."
    )
    fields = [
        Field("activity", _("Identifier of the activity.")),
        Field("organisation", _("Identifier of the organisation that reported it.")),
        Field("indicator", _("Identifier of the indicator; empty for a result in words.")),
        Field("indicator_name", _("Name of the indicator.")),
        Field("measure", _("unit for a number, qualitative for a result in words.")),
        Field("unit", _("Unit of the value, e.g. people, euro.")),
        Field("value", _("The number.")),
        Field("statement", _("The result in words, or a note on the number.")),
        Field("period_start", _("First day of the activity.")),
        Field("period_end", _("Last day of the activity.")),
        Field("verified", _("true if the coordinators checked it, false if reported by the organisation.")),
        Field("verified_at", _("When the coordinators checked it.")),
    ]  # fmt: skip

    def rows(self, url):
        results = (
            Result.objects.public()
            .select_related("activity", "activity__organisation", "indicator")
            .order_by("pk")
        )
        for r in results.iterator(chunk_size=CHUNK):
            yield {
                "activity": r.activity.slug,
                "organisation": r.activity.organisation.slug,
                "indicator": r.indicator.slug if r.indicator else None,
                "indicator_name": r.indicator.name if r.indicator else None,
                "measure": "unit" if r.indicator else "qualitative",
                "unit": r.indicator.unit if r.indicator else None,
                "value": float(r.value) if r.value is not None else None,
                "statement": r.statement,
                "period_start": iso(r.activity.starts_on),
                "period_end": iso(r.activity.ends_on or r.activity.starts_on),
                "verified": r.is_verified,
                "verified_at": r.verified_at.isoformat() if r.verified_at else None,
            }


DATASETS = {dataset.slug: dataset() for dataset in (Organisations, Activities, Results)}


class _Echo:
    """A file-like object csv.writer writes into, handing back each line."""

    def write(self, value):
        return value


def csv_value(value, many):
    """A cell: lists joined, booleans as in JSON, whole numbers without ".0"."""
    if many:
        return "; ".join(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def csv_lines(dataset, *, language, url):
    with translation.override(language):
        writer = csv.writer(_Echo())
        yield writer.writerow([field.name for field in dataset.fields])
        for row in dataset.rows(url):
            yield writer.writerow(
                [csv_value(row[f.name], f.many) for f in dataset.fields]
            )


def json_chunks(dataset, *, language, url, meta):
    with translation.override(language):
        yield '{"meta": ' + json.dumps(meta, ensure_ascii=False) + ', "data": ['
        separator = ""
        for row in dataset.rows(url):
            yield separator + json.dumps(row, ensure_ascii=False)
            separator = ",\n"
        yield "]}\n"

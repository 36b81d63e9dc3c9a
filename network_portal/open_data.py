"""The open datasets: organisations (Popolo-like), activities, results and
the project's indicators (IATI-like), causes, meetings, the help between
members and the proposals members sent to institutions, as CSV and JSON, one
language per file, read row by row.

With the page cache on, a file whose rows are versioned rows of one model
(`Dataset.versioned`) is kept in blocks of rows, each compressed on its own
(`content`): correcting one activity builds its block again, not the file.
"""

import csv
import json
from collections import defaultdict
from dataclasses import dataclass
from functools import partial

from django.db import connection
from django.db.models import CharField, Count, F, Prefetch, StringAgg, Value
from django.db.models.functions import MD5, Cast, Concat
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from causes.models import ANSWERS, Cause, CoSponsorship, Proposal
from events.models import Meeting
from infrastructure import pagecache as page_cache
from infrastructure.bilingual import both_languages
from members.models import Activity, Institution, Organisation, Place, Result, Topic
from mutual_help.models import HelpItem, Response
from network_portal.targets import framework, progress

CHUNK = 500
# Keys per block of a file kept in blocks: one row saved builds as many
# rows again, at most.
BLOCK = 200
LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"


@dataclass(frozen=True)
class Field:
    name: str
    description: str
    many: bool = False  # a list in JSON, values joined by "; " in CSV


def iso(day):
    return day.isoformat() if day else None


def chunks(rows):
    """A queryset read from the database CHUNK rows at a time, a list each."""
    chunk = []
    for row in rows.iterator(chunk_size=CHUNK):
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def linked(relation, ids, value):
    """For the rows of ids, in order, a value of each row a many-to-many
    relation links each to. The links are read by the range of ids, which
    an index answers without a parameter per row."""
    through = relation.through
    source = relation.field.m2m_field_name()
    found = defaultdict(list)
    for owner, target in (
        through.objects.filter(**{f"{source}__gte": ids[0], f"{source}__lte": ids[-1]})
        .order_by("pk")
        .values_list(source, value)
    ):
        found[owner].append(target)
    return found


def translated(bulgarian, english, in_english):
    """A translated field's value from both its columns read as plain
    values, as the model gives it: in English, the English one or else the
    Bulgarian one; in Bulgarian, the Bulgarian one
    (MODELTRANSLATION_FALLBACK_LANGUAGES). Read through modeltranslation's
    fallback instead, each row costs a model's descriptors."""
    return (english or bulgarian or "") if in_english else (bulgarian or "")


def names(model, ids=None):
    """Rows' names in the current language: every row of a catalogue that
    does not grow with the rows naming it (places), read once for a file, or
    the rows of ids, for one that does (institutions)."""
    rows = model.objects.all() if ids is None else model.objects.filter(pk__in=ids)
    return {row.pk: row.name for row in rows}


def slug_url(name, url):
    """The absolute address of a page named by a slug, resolved once: the
    slug is all that differs from row to row."""
    before, after = url(reverse(name, kwargs={"slug": "-"})).rsplit("-", 1)
    return lambda slug: f"{before}{slug}{after}"


class Dataset:
    slug = ""
    title = ""
    description = ""
    fields: list[Field] = []

    def rows(self, url, keys=None):
        """The file's rows as dicts, in order; of a dataset of versioned rows
        (`versioned`), those whose keys are in the range `keys`, if given."""
        raise NotImplementedError

    def versioned(self):
        """The rows of one model that are the file's, one each in the order
        of their keys (a queryset), when a row shows nothing of its own that
        changes but by a save, which sets its version (`updated_at`): the
        file is then kept in blocks of rows. None for any other file."""
        return None


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
        Field("in_project", _("true if it is part of the network's funded project.")),
    ]  # fmt: skip

    def versioned(self):
        return Activity.objects.for_public()

    def rows(self, url, keys=None):
        # Plain values, CHUNK activities at a time, with what each is linked
        # to read per chunk and the names of places and institutions once:
        # a model instance and a related manager per row would cost more
        # than the file's every other part at a hundred times the demo.
        activities = self.versioned()
        if keys is not None:
            activities = activities.filter(pk__gte=keys.start, pk__lt=keys.stop)
        activities = (
            activities.rewrite(False)  # plain values (`translated`)
            .order_by("pk")
            .values_list(
                "pk",
                "slug",
                *both_languages("title", "summary"),
                "kind",
                "starts_on",
                "ends_on",
                "organisation__slug",
                "place",
                "published_at",
                "in_project",
            )
        )
        places = names(Place)
        in_english = translation.get_language() == "en"
        link = slug_url("activities:detail", url)
        for chunk in chunks(activities):
            ids = [row[0] for row in chunk]
            co_organisers = linked(Activity.co_organisers, ids, "organisation__slug")
            partners = linked(Activity.institutions, ids, "institution")
            institutions = names(
                Institution, {i for found in partners.values() for i in found}
            )
            topics = linked(Activity.topics, ids, "topic__slug")
            for pk, slug, title_bg, title_en, summary_bg, summary_en, *rest in chunk:
                kind, starts_on, ends_on, organisation, place, *rest = rest
                published_at, in_project = rest
                yield {
                    "id": slug,
                    "title": translated(title_bg, title_en, in_english),
                    "summary": translated(summary_bg, summary_en, in_english),
                    "kind": kind,
                    "start_date": iso(starts_on),
                    "end_date": iso(ends_on),
                    "organisation": organisation,
                    "co_organisers": sorted(co_organisers[pk]),
                    "institutions": sorted(institutions[i] for i in partners[pk]),
                    "municipality": places.get(place),
                    "topics": sorted(topics[pk]),
                    "published_at": published_at.isoformat() if published_at else None,
                    "url": link(slug),
                    "in_project": in_project,
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


class Indicators(Dataset):
    slug = "indicators"
    title = _("The project's indicators")
    description = _(
        "What the network's project promised and what it reached: each "
        "indicator with its baseline, target and actual value today "
        "(IATI-like)."
    )
    fields = [
        Field("indicator", _("Name of the indicator.")),
        Field("level", _("output (what the project does) or outcome (the change it brings).")),
        Field("unit", _("Unit of the values.")),
        Field("baseline", _("The value at the start.")),
        Field("target", _("The value promised by the end of the period.")),
        Field("actual", _("The value reached so far; empty when none is known yet.")),
        Field("period_start", _("First day of the indicator's period.")),
        Field("period_end", _("Last day of the indicator's period.")),
        Field("source", _("How the actual value is obtained: counted (by the portal), results (summed from the members' results) or entered (by the coordinators, with evidence).")),
    ]  # fmt: skip

    def rows(self, url):
        for reached in progress(framework(), timezone.localdate()):
            indicator = reached.indicator
            yield {
                "indicator": indicator.name,
                "level": indicator.level,
                "unit": indicator.unit,
                "baseline": float(indicator.baseline),
                "target": float(indicator.target),
                "actual": None if reached.actual is None else float(reached.actual),
                "period_start": iso(indicator.period_start),
                "period_end": iso(indicator.period_end),
                "source": indicator.source,
            }


class Causes(Dataset):
    slug = "causes"
    title = _("Causes")
    description = _(
        "The causes members proposed, where each stands on its way from "
        "proposed to achieved, and who backs it."
    )
    fields = [
        Field("id", _("The cause's identifier on this portal (its slug).")),
        Field("title", _("Title.")),
        Field("summary", _("Summary.")),
        Field("status", _("proposed, backed, on_agenda, adopted, declined, withdrawn, in_progress, achieved or closed.")),
        Field("status_since", _("When it reached its status (ISO 8601).")),
        Field("proposed_by", _("Identifier of the organisation that proposed it.")),
        Field("proposed_on", _("When it was proposed (ISO 8601).")),
        Field("co_sponsors", _("Identifiers of the member organisations that back it."), many=True),
        Field("supporters", _("How many people support it.")),
        Field("topics", _("Topics, as identifiers."), many=True),
        Field("url", _("The cause's page on this portal.")),
    ]  # fmt: skip

    def rows(self, url):
        causes = (
            Cause.objects.public()
            .select_related("proposed_by")
            .prefetch_related(
                Prefetch(
                    "co_sponsorships",
                    CoSponsorship.objects.select_related("organisation").order_by(
                        "organisation__slug"
                    ),
                ),
                Prefetch("topics", Topic.objects.order_by("slug")),
            )
            .order_by("pk")
        )
        link = slug_url("causes:detail", url)
        for cause in causes.iterator(chunk_size=CHUNK):
            yield {
                "id": cause.slug,
                "title": cause.title,
                "summary": cause.summary,
                "status": cause.status,
                "status_since": cause.status_changed_at.isoformat(),
                "proposed_by": cause.proposed_by.slug,
                "proposed_on": cause.created_at.isoformat(),
                "co_sponsors": [
                    c.organisation.slug for c in cause.co_sponsorships.all()
                ],
                "supporters": cause.supporter_count,
                "topics": [topic.slug for topic in cause.topics.all()],
                "url": link(cause.slug),
            }


class Meetings(Dataset):
    slug = "meetings"
    title = _("Meetings")
    description = _(
        "The network's meetings, to come and held, with the organisations "
        "and people present and the decisions taken."
    )
    fields = [
        Field("id", _("The meeting's identifier on this portal (its slug).")),
        Field("title", _("Title.")),
        Field("kind", _("general, working, training or public.")),
        Field("status", _("scheduled, postponed, cancelled or held.")),
        Field("start", _("When it starts (ISO 8601).")),
        Field("end", _("When it ends (ISO 8601).")),
        Field("format", _("in_person, online or hybrid.")),
        Field("municipality", _("Municipality.")),
        Field("venue", _("Venue.")),
        Field("organisers", _("Identifiers of the member organisations that organise it."), many=True),
        Field("organisations_present", _("How many member organisations attended.")),
        Field("participants", _("How many people attended.")),
        Field("decisions", _("How many decisions it took.")),
        Field("in_project", _("true if it is part of the network's funded project.")),
        Field("url", _("The meeting's page on this portal.")),
    ]  # fmt: skip

    def rows(self, url):
        meetings = (
            Meeting.objects.annotate(
                organisations_present=Count("attendance", distinct=True),
                decision_count=Count("decisions", distinct=True),
            )
            .select_related("place")
            .prefetch_related(
                Prefetch("organisers", Organisation.objects.order_by("slug"))
            )
            .order_by("pk")
        )
        link = slug_url("events:detail", url)
        for meeting in meetings.iterator(chunk_size=CHUNK):
            yield {
                "id": meeting.slug,
                "title": meeting.title,
                "kind": meeting.kind,
                "status": meeting.status,
                "start": meeting.starts_at.isoformat(),
                "end": meeting.ends_at.isoformat(),
                "format": meeting.format,
                "municipality": meeting.place.name if meeting.place else None,
                "venue": meeting.venue,
                "organisers": [o.slug for o in meeting.organisers.all()],
                "organisations_present": meeting.organisations_present,
                "participants": meeting.participants,
                "decisions": meeting.decision_count,
                "in_project": meeting.in_project,
                "url": link(meeting.slug),
            }


class Help(Dataset):
    slug = "help"
    title = _("Help between members")
    description = _(
        "The requests and offers of help the members posted, what became of "
        "each and which members the help was agreed with. No person is "
        "named: a supporter who answered for themselves is not in the file."
    )
    fields = [
        Field("id", _("The request's or offer's identifier on this portal (its slug).")),
        Field("direction", _("request (a member asks for help) or offer (a member offers it).")),
        Field("kind", _("volunteers, premises, equipment, transport, expertise, funding_advice or other.")),
        Field("title", _("Title.")),
        Field("status", _("open, agreed, done, withdrawn or expired.")),
        Field("start_date", _("Date, or first day (YYYY-MM-DD); empty when ongoing.")),
        Field("end_date", _("Last day, for a range of days.")),
        Field("ongoing", _("true if it has no particular date.")),
        Field("municipality", _("Municipality; empty when online only.")),
        Field("online", _("true if the help can be given online.")),
        Field("organisation", _("Identifier of the organisation that posted it.")),
        Field("topics", _("Topics, as identifiers."), many=True),
        Field("answers", _("How many answers it received.")),
        Field("agreed_with", _("Identifiers of the member organisations whose answers the poster accepted: for a request, those who helped; for an offer, those who took it."), many=True),
        Field("outcome", _("What came of it, in the poster's words, once done.")),
        Field("outcome_figure", _("A figure of what came of it, once done.")),
        Field("outcome_measure", _("What the figure counts: people (who came), hours or euro (the value).")),
        Field("posted_at", _("When it was posted (ISO 8601).")),
        Field("url", _("Its page on this portal.")),
    ]  # fmt: skip

    def rows(self, url):
        # Plain values, CHUNK items at a time, with their topics and the
        # organisations whose answers were accepted read per chunk, as for
        # the activities.
        items = (
            HelpItem.objects.public()
            .annotate(answer_count=Count("responses"))
            .order_by("pk")
            .values_list(
                "pk",
                "slug",
                "direction",
                "kind",
                "title",
                "status",
                "starts_on",
                "ends_on",
                "ongoing",
                "place",
                "online",
                "organisation__slug",
                "answer_count",
                "outcome",
                "outcome_figure",
                "outcome_measure",
                "created_at",
            )
        )
        places = names(Place)
        link = slug_url("help:detail", url)
        for chunk in chunks(items):
            ids = [row[0] for row in chunk]
            topics = linked(HelpItem.topics, ids, "topic__slug")
            helped_by = defaultdict(list)
            for item, organisation in (
                Response.objects.accepted()
                .filter(item__gte=ids[0], item__lte=ids[-1], organisation__isnull=False)
                .values_list("item", "organisation__slug")
            ):
                helped_by[item].append(organisation)
            for pk, slug, direction, kind, title, status, *rest in chunk:
                starts_on, ends_on, ongoing, place, online, organisation, *rest = rest
                answers, outcome, figure, measure, created_at = rest
                yield {
                    "id": slug,
                    "direction": direction,
                    "kind": kind,
                    "title": title,
                    "status": status,
                    "start_date": iso(starts_on),
                    "end_date": iso(ends_on),
                    "ongoing": ongoing,
                    "municipality": places.get(place),
                    "online": online,
                    "organisation": organisation,
                    "topics": sorted(topics[pk]),
                    "answers": answers,
                    "agreed_with": sorted(helped_by[pk]),
                    "outcome": outcome or None,
                    "outcome_figure": float(figure) if figure is not None else None,
                    "outcome_measure": measure or None,
                    "posted_at": created_at.isoformat(),
                    "url": link(slug),
                }


class Proposals(Dataset):
    slug = "proposals"
    title = _("Proposals to institutions")
    description = _(
        "The proposals, petitions, signals and requests for public "
        "information members sent to institutions: to whom, when, under "
        "which registration number, by when the answer was due, and the "
        "answer's date and outcome."
    )
    fields = [
        Field("slug", _("The proposal's identifier on this portal (its slug).")),
        Field("kind", _("proposal, petition, signal or information (a request for public information).")),
        Field("title_bg", _("Title in Bulgarian.")),
        Field("title_en", _("Title in English, if any.")),
        Field("institution", _("Name of the institution it was sent to.")),
        Field("institution_slug", _("The institution's identifier on this portal (its slug).")),
        Field("cause", _("Identifier of the cause it is for, if any.")),
        Field("sent_by", _("Identifier of the member organisation that sent it.")),
        Field("co_signers", _("Identifiers of the member organisations that co-signed it."), many=True),
        Field("sent_on", _("Date it was sent (YYYY-MM-DD).")),
        Field("registration_number", _("The number the institution registered it under, if known.")),
        Field("due_on", _("Date by which the answer is due by law (YYYY-MM-DD).")),
        Field("answered_on", _("Date of the answer; empty while there is none.")),
        Field("outcome", _("accepted, partly, rejected, forwarded or no_answer; empty while awaiting an answer.")),
        Field(
            "answered_on_time",
            _(
                "true if the answer came by the date it was due, false if later; "
                "empty while there is no answer."
            ),
        ),
        Field("overdue", _("true if the date the answer was due has passed without an answer.")),
        Field("url", _("The proposal's page on this portal.")),
    ]  # fmt: skip

    def rows(self, url):
        # Plain values, CHUNK proposals at a time, with their co-signers and
        # the institutions' names in the file's language read per chunk.
        proposals = (
            Proposal.objects.public()
            .order_by("pk")
            .values_list(
                "pk",
                "slug",
                "kind",
                "title_bg",
                "title_en",
                "institution",
                "institution__slug",
                "cause__slug",
                "organisation__slug",
                "sent_on",
                "registration_number",
                "due_on",
                "answered_on",
                "outcome",
            )
        )
        today = timezone.localdate()
        link = slug_url("proposals:detail", url)
        for chunk in chunks(proposals):
            ids = [row[0] for row in chunk]
            co_signers = linked(Proposal.co_signers, ids, "organisation__slug")
            institutions = names(Institution, {row[5] for row in chunk})
            for pk, slug, kind, title_bg, title_en, *rest in chunk:
                institution, institution_slug, cause, sent_by, *rest = rest
                sent_on, registration_number, due_on, answered_on, outcome = rest
                answered = outcome in ANSWERS
                yield {
                    "slug": slug,
                    "kind": kind,
                    "title_bg": title_bg,
                    "title_en": title_en or None,
                    "institution": institutions[institution],
                    "institution_slug": institution_slug,
                    "cause": cause,
                    "sent_by": sent_by,
                    "co_signers": sorted(co_signers[pk]),
                    "sent_on": iso(sent_on),
                    "registration_number": registration_number or None,
                    "due_on": iso(due_on),
                    "answered_on": iso(answered_on),
                    "outcome": outcome or None,
                    # Empty while there is no answer: not late, not in time.
                    "answered_on_time": answered_on <= due_on if answered else None,
                    "overdue": not answered and due_on < today,
                    "url": link(slug),
                }


DATASETS = {
    dataset.slug: dataset()
    for dataset in (
        Organisations,
        Activities,
        Results,
        Indicators,
        Causes,
        Meetings,
        Help,
        Proposals,
    )
}


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


@dataclass(frozen=True)
class Form:
    """How a file is written: its beginning, each row, what stands between
    two rows, and its end."""

    begin: str
    row: object
    between: str
    end: str


def csv_form(dataset):
    writer = csv.writer(_Echo())
    return Form(
        begin=writer.writerow([field.name for field in dataset.fields]),
        row=lambda row: writer.writerow(
            [csv_value(row[f.name], f.many) for f in dataset.fields]
        ),
        between="",
        end="",
    )


def json_form(meta):
    return Form(
        begin='{"meta": ' + json.dumps(meta, ensure_ascii=False) + ', "data": [',
        row=lambda row: json.dumps(row, ensure_ascii=False),
        between=",\n",
        end="]}\n",
    )


def text(dataset, form, *, language, url):
    """The whole file, built at once."""
    with translation.override(language):
        rows = form.between.join(form.row(row) for row in dataset.rows(url))
        return form.begin + rows + form.end


def blocks(rows):
    """The blocks of versioned rows, in order: each block's number (its
    rows' keys divided by BLOCK) and a digest of their keys and versions,
    which the database computes."""
    version = page_cache.version_field(rows.model)
    each = Concat(Cast("pk", CharField()), Value(" "), Cast(version, CharField()))
    # In the keys' order where the database can (SQLite 3.44 or later); a
    # digest of the same rows in another order only builds a block again.
    if connection.features.supports_aggregate_order_by_clause:
        digest = MD5(StringAgg(each, Value(","), order_by="pk"))
    else:
        digest = MD5(StringAgg(each, Value(",")))
    return (
        rows.annotate(block=F("pk") / BLOCK)
        .order_by("block")
        .values("block")
        .annotate(digest=digest)
        .values_list("block", "digest")
    )


def _block(dataset, form, url, keys):
    rows = form.between.join(form.row(row) for row in dataset.rows(url, keys))
    return page_cache.Piece.of(rows)


def content(dataset, form, *, name, language, url):
    """The whole file, to be kept (`page_cache.kept_file`): its text; of a
    versioned dataset, pieces (`page_cache.Piece`), each compressed on its
    own, in blocks of rows by their keys, each kept under a digest of its
    rows' versions until one of them is saved, or what else it shows is
    written: a correction builds one block again, and the file is joined
    from the rest as they were."""
    versioned = dataset.versioned()
    if versioned is None:
        return text(dataset, form, language=language, url=url)
    with translation.override(language):
        kept = [
            (
                f"{name}:{block}:{digest}",
                partial(
                    _block,
                    dataset,
                    form,
                    url,
                    range(block * BLOCK, (block + 1) * BLOCK),
                ),
            )
            for block, digest in blocks(versioned)
        ]
        found = page_cache.remember_all(kept, versions=[versioned.model])
    # What stands between two rows, between two blocks of them: put here,
    # not in a block, as a block may have lost all its rows since its
    # digest was read.
    between = page_cache.Piece.of(form.between)
    pieces = [page_cache.Piece.of(form.begin)]
    for piece in filter(lambda piece: piece.data, found):
        if len(pieces) > 1 and form.between:
            pieces.append(between)
        pieces.append(piece)
    return [*pieces, page_cache.Piece.of(form.end)]

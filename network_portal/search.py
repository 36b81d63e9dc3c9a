"""The site's search over organisations, causes, meetings, activities,
practices, partner initiatives, requests and offers of help, institutions
and the proposals sent to them.

Every public object has one SearchEntry per language, written when the
object is saved. On PostgreSQL the entry carries a weighted tsvector in the
`bulgarian` configuration (Debian's hunspell-bg dictionary when the server
has it, so that "сдружения" finds "сдружение") and its title is indexed in
trigrams, so that a letter missing or wrong still finds a name. A query in
Latin letters also searches as Cyrillic by the official transliteration
read backwards, and every title is kept in Latin letters too. Elsewhere
(SQLite) the same page matches lowercased word stems.
"""

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Case, F, FloatField, Q, Value, When
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from causes.models import Cause, Initiative, Proposal
from events.models import Meeting
from infrastructure import pagecache as page_cache
from infrastructure.transliteration import transliterate
from members.models import Activity, Institution, Organisation, Practice
from mutual_help.models import EXCHANGED, OPEN, HelpItem
from network_portal.models import SearchEntry

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
CONFIGURATIONS = {"bg": "bulgarian", "en": "english"}
# How like a title a query must be to find it by its trigrams alone.
SIMILARITY = 0.45

Kind = SearchEntry.Kind
# The rows whose scores a search keeps (`page_cache.RowValues`).
ENTRIES = "search-entries"


def _organisation(organisation):
    place = organisation.municipality.name if organisation.municipality else ""
    return Words(
        organisation.name,
        [organisation.mission, organisation.description],
        [
            organisation.short_name,
            organisation.get_kind_display(),
            place,
            organisation.settlement,
        ],
        byline=" · ".join(
            str(part)
            for part in (capfirst(organisation.get_kind_display()), place)
            if part
        ),
    )


def _cause(cause):
    return Words(
        cause.title,
        [cause.summary, cause.description],
        [cause.proposed_by.name, cause.get_status_display()],
        byline=cause.proposed_by.name,
        dated=timezone.localdate(cause.created_at),
    )


def _meeting(meeting):
    place = meeting.place.name if meeting.place else ""
    return Words(
        meeting.title,
        [meeting.summary, meeting.description],
        [meeting.get_kind_display(), meeting.venue, meeting.address, place],
        byline=meeting.venue if meeting.is_in_person else _("Online"),
        dated=timezone.localdate(meeting.starts_at),
    )


def _activity(activity):
    return Words(
        activity.title,
        [activity.summary, activity.body],
        [activity.organisation.name, activity.location],
        byline=activity.organisation.name,
        dated=activity.starts_on,
    )


def _practice(practice):
    return Words(
        practice.title,
        [practice.summary, practice.problem, practice.approach, practice.achievements],
        [practice.organisation.name],
        byline=practice.organisation.name,
        dated=timezone.localdate(practice.published_at)
        if practice.published_at
        else None,
    )


def _initiative(initiative):
    institutions = [institution.name for institution in initiative.institutions.all()]
    return Words(
        initiative.title,
        [initiative.summary, initiative.description],
        institutions,
        byline=", ".join(institutions),
        dated=initiative.starts_on,
    )


def _help(item):
    place = item.place.name if item.place else ""
    return Words(
        item.title,
        [item.description, item.quantity, item.outcome],
        [
            item.organisation.name,
            item.get_direction_display(),
            item.get_kind_display(),
            place,
            _("Online") if item.online else "",
        ],
        byline=" · ".join(
            str(part)
            for part in (capfirst(item.get_direction_display()), item.organisation.name)
        ),
        dated=item.starts_on or timezone.localdate(item.created_at),
    )


def _institution(institution):
    place = institution.municipality.name if institution.municipality else ""
    return Words(
        institution.name,
        [],
        [institution.get_kind_display(), place],
        byline=" · ".join(
            str(part)
            for part in (capfirst(institution.get_kind_display()), place)
            if part
        ),
    )


def _proposal(proposal):
    return Words(
        proposal.title,
        [proposal.summary, proposal.text, proposal.answer_summary],
        [
            proposal.institution.name,
            proposal.organisation.name,
            proposal.get_kind_display(),
            proposal.registration_number,
        ],
        byline=proposal.institution.name,
        dated=proposal.sent_on,
    )


def public_help():
    """Open items, and those where help was exchanged: not those withdrawn
    or expired, nor hidden, nor an applicant's."""
    return HelpItem.objects.public().filter(status__in=[*OPEN, *EXCHANGED])


@dataclass
class Words:
    """What the search knows of an object: its title, its text (shown in the
    results), the words it is also found by (its organisation, place, kind),
    and for the results who it is by (or what it is) and its date."""

    title: str
    parts: list
    extra: list
    byline: str = ""
    dated: date | None = None

    @property
    def text(self):
        """The parts once each: a body that starts with the summary, or a
        description that repeats it, says it once."""
        kept = []
        for part in (str(part).strip() for part in self.parts if part):
            for earlier in kept:
                if part.startswith(earlier):
                    part = part[len(earlier) :].strip()
            if part:
                kept.append(part)
        return " ".join(kept)


# What is indexed of each kind: its model, which of its rows are public, and
# what the search knows of it (Words).
SOURCES = {
    Kind.ORGANISATION: (
        Organisation,
        lambda: Organisation.objects.public(),
        _organisation,
    ),
    Kind.CAUSE: (Cause, lambda: Cause.objects.public(), _cause),
    Kind.MEETING: (Meeting, lambda: Meeting.objects.all(), _meeting),
    Kind.ACTIVITY: (Activity, lambda: Activity.objects.for_public(), _activity),
    Kind.INITIATIVE: (Initiative, lambda: Initiative.objects.all(), _initiative),
    Kind.PRACTICE: (Practice, lambda: Practice.objects.for_public(), _practice),
    Kind.HELP: (HelpItem, public_help, _help),
    Kind.INSTITUTION: (
        Institution,
        lambda: Institution.objects.confirmed(),
        _institution,
    ),
    Kind.PROPOSAL: (Proposal, lambda: Proposal.objects.public(), _proposal),
}
KINDS = {model: kind for kind, (model, _public, _words) in SOURCES.items()}


def is_postgresql():
    return connection.vendor == "postgresql"


def fold(text):
    return " ".join(text.lower().split())


def latin(text):
    return fold(transliterate(text))


# --- Keeping the index -----------------------------------------------------


# What each kind needs loaded with it to be indexed without a query per row.
RELATED = {
    Kind.ORGANISATION: (["municipality"], []),
    Kind.CAUSE: (["proposed_by"], []),
    Kind.MEETING: (["place"], []),
    Kind.ACTIVITY: (["organisation"], []),
    Kind.INITIATIVE: ([], ["institutions"]),
    Kind.PRACTICE: (["organisation"], []),
    Kind.HELP: (["organisation", "place"], []),
    Kind.INSTITUTION: (["municipality"], []),
    Kind.PROPOSAL: (["institution", "organisation"], []),
}


def entries_of(kind, instance):
    """The unsaved entries of one object, one per language."""
    _model, _public, words = SOURCES[kind]
    entries = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            known = words(instance)
            title, text = known.title, known.text
            keywords = " ".join(str(word) for word in known.extra if word)
            entries.append(
                SearchEntry(
                    kind=kind,
                    object_id=instance.pk,
                    language=language,
                    url=instance.get_absolute_url(),
                    title=title[:300],
                    text=text,
                    keywords=keywords,
                    byline=str(known.byline)[:300],
                    dated=known.dated,
                    folded=fold(f"{title} {text} {keywords}"),
                    latin=latin(title)[:300],
                    updated_at=getattr(instance, "updated_at", None),
                )
            )
    return entries


@transaction.atomic
def index(instance):
    """Write (or remove) the entries of one object, in every language: anew,
    never in place, their vectors with them (a search keeps its scores of
    the entries it has seen, `_ranked`)."""
    kind = KINDS[type(instance)]
    _model, public, _words = SOURCES[kind]
    existing = SearchEntry.objects.filter(kind=kind, object_id=instance.pk)
    existing.delete()
    if not public().filter(pk=instance.pk).exists():
        return
    entries = SearchEntry.objects.bulk_create(entries_of(kind, instance))
    if is_postgresql():
        _update_vectors(SearchEntry.objects.filter(pk__in=[e.pk for e in entries]))


def _update_vectors(entries):
    """The weighted search vectors of the entries, one statement a language."""
    from django.contrib.postgres.search import SearchVector

    for language, _name in settings.LANGUAGES:
        configuration = CONFIGURATIONS.get(language, "simple")
        entries.filter(language=language).update(
            vector=SearchVector("title", config=configuration, weight="A")
            + SearchVector("latin", config="simple", weight="A")
            + SearchVector("text", config=configuration, weight="B")
            + SearchVector("keywords", config=configuration, weight="C")
        )


def remove(instance):
    SearchEntry.objects.filter(
        kind=KINDS[type(instance)], object_id=instance.pk
    ).delete()


@transaction.atomic
def rebuild():
    """Index every public object again, in bulk; returns how many."""
    SearchEntry.objects.all().delete()
    count = 0
    for kind, (_model, public, _words) in SOURCES.items():
        joined, prefetched = RELATED[kind]
        rows = public()
        if joined:
            rows = rows.select_related(*joined)
        if prefetched:
            rows = rows.prefetch_related(*prefetched)
        batch = []
        for instance in rows.iterator(chunk_size=500):
            batch.extend(entries_of(kind, instance))
            count += 1
            if len(batch) >= 2000:
                SearchEntry.objects.bulk_create(batch)
                batch = []
        SearchEntry.objects.bulk_create(batch)
    if is_postgresql():
        _update_vectors(SearchEntry.objects.all())
    # Bulk inserts send no signals: the search pages kept so far are stale,
    # and after a flush the entries' keys start again from the first.
    page_cache.changed()
    page_cache.rows_replaced(ENTRIES)
    return count


# --- Searching -------------------------------------------------------------

CYRILLIC = [
    ("sht", "щ"), ("zh", "ж"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
    ("yu", "ю"), ("ya", "я"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"),
    ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("y", "й"), ("k", "к"),
    ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"),
    ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"),
]  # fmt: skip
LATIN_LETTERS = re.compile(r"[a-z]")
CYRILLIC_LETTERS = re.compile(r"[а-яѐ-ӿ]", re.IGNORECASE)


def use_similarity(sender, connection, **kwargs):
    """A new PostgreSQL connection finds titles as similar as SIMILARITY."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT set_config('pg_trgm.word_similarity_threshold', %s, false)",
                [str(SIMILARITY)],
            )


def to_cyrillic(text):
    """Latin letters read back into Bulgarian by the official
    transliteration ("zagora" → "загора"); None when there is nothing to
    read."""
    text = text.lower()
    if not LATIN_LETTERS.search(text) or CYRILLIC_LETTERS.search(text):
        return None
    text = re.sub(r"ia\b", "ия", text)
    for latin_letters, cyrillic in CYRILLIC:
        text = text.replace(latin_letters, cyrillic)
    return text


def words_of(query):
    return re.findall(r"\w+", fold(query))[:MAX_WORDS]


def stem(word):
    """The start of a word that its other forms share, roughly."""
    return word[: max(4, len(word) - 2)] if len(word) > 5 else word


def search(query, *, language, kind=None):
    """The ids of the matching entries in the language (of the kind, if
    given), best first, and how many of each kind match.

    One query finds every match and reads its id and kind alone (and its
    score, where none is kept: `_ranked`): the counts are taken from it, and
    a page's entries are then read by their ids (`entries`), rather than
    matched, scored and counted again."""
    entries = SearchEntry.objects.filter(language=language)
    if is_postgresql():
        ranked = _ranked(entries, query, language)
    else:
        ranked = list(_words(entries, query).values_list("pk", "kind"))
    counts = Counter(found for _pk, found in ranked)
    ids = [pk for pk, found in ranked if not kind or found == kind]
    return ids, {kind: counts[kind] for kind in Kind.values}


def entries(ids):
    """The entries of these ids, in their order: a page of results, with
    what the page shows and not what they are found by (their vectors, a
    whole text's words each)."""
    shown = SearchEntry.objects.only("kind", "url", "title", "text", "byline", "dated")
    found = shown.in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def _ranked(entries, query, language):
    """The (id, kind) of the matches, best score first, then by title.

    An entry is never changed in place (`index` writes it anew), so its
    score for a query is kept across changes of the data (`RowValues`):
    right after an edit only the entries written since are scored, as the
    title's trigram likeness costs more than finding every match."""
    matching, score = _postgresql(query, language)
    kept = page_cache.RowValues(f"search:{language}:{quote(query)}", of=ENTRIES)
    matches = entries.filter(matching).order_by("title", "pk")
    # Each match scored in the same query when none is kept yet.
    unknown = Value(None, output_field=FloatField())
    found = list(
        matches.annotate(score=unknown if kept.values else score).values_list(
            "pk", "kind", "score"
        )
    )
    new = {pk: scored for pk, _kind, scored in found if scored is not None}
    unscored = [
        pk for pk, _kind, _scored in found if pk not in kept.values and pk not in new
    ]
    if unscored:
        new |= dict(
            SearchEntry.objects.filter(pk__in=unscored)
            .annotate(score=score)
            .values_list("pk", "score")
        )
    scores = kept.values | new
    # An entry deleted since it was found has no score, and is no match.
    found = [match for match in found if match[0] in scores]
    if new:
        kept.keep({pk: scores[pk] for pk, _kind, _scored in found})
    # Stable: matches as good as each other stay in the title's order.
    found.sort(key=lambda match: -scores[match[0]])
    return [(pk, found_kind) for pk, found_kind, _scored in found]


def _postgresql(query, language):
    """What an entry matches the query by, and its score: its rank by the
    words plus the likeness of its title (by trigrams)."""
    from django.contrib.postgres.search import (
        SearchQuery,
        SearchRank,
        TrigramWordSimilarity,
    )

    configuration = CONFIGURATIONS.get(language, "simple")
    variants = [query]
    cyrillic = to_cyrillic(query)
    if cyrillic:
        variants.append(cyrillic)
    search_query = None
    for variant in variants:
        for config in (configuration, "simple"):
            part = SearchQuery(variant, config=config, search_type="websearch")
            search_query = part if search_query is None else search_query | part
    similarities = [
        TrigramWordSimilarity(Value(variant), "title") for variant in variants
    ]
    similarity = similarities[0] if len(similarities) == 1 else Greatest(*similarities)
    # The operator, unlike the function, is answered from the trigram index;
    # its threshold is SIMILARITY, set on every connection (use_similarity).
    similar_titles = Q()
    for variant in variants:
        similar_titles |= Q(title__trigram_word_similar=variant)
    matching = Q(vector=search_query) | similar_titles
    # An entry whose vector is not written yet is ranked by its title alone.
    rank = Coalesce(SearchRank(F("vector"), search_query), 0.0)
    return matching, rank + similarity


def _words(entries, query):
    """Every word's stem in the title or the text, or in the title's Latin
    letters; titles that match rank first."""
    words = words_of(query)
    cyrillic = words_of(to_cyrillic(query) or "")
    if not words:
        return entries.none()
    condition = Q()
    title_match = Q()
    for number, word in enumerate(words):
        alternatives = Q(folded__contains=stem(word)) | Q(latin__contains=word)
        if number < len(cyrillic):
            alternatives |= Q(folded__contains=stem(cyrillic[number]))
        condition &= alternatives
        title_match &= Q(latin__contains=latin(stem(word))) | Q(latin__contains=word)
    return (
        entries.filter(condition)
        .annotate(
            score=Case(
                When(title_match, then=Value(2.0)),
                default=Value(1.0),
                output_field=FloatField(),
            )
        )
        .order_by("-score", "title", "pk")
    )


def stems_of(query):
    """The stems a query's words are found by, in Cyrillic too for a query in
    Latin letters."""
    stems = {stem(word) for word in words_of(query)}
    cyrillic = to_cyrillic(query)
    if cyrillic:
        stems |= {stem(word) for word in words_of(cyrillic)}
    return {s for s in stems if len(s) >= 2}


def snippet(text, query, width=220):
    """A piece of the text around the first word that matches, escaped, with
    the matching words marked."""
    stems = stems_of(query)
    lower = text.lower()
    found = [lower.find(s) for s in stems if s in lower]
    start = max(0, min(found) - 60) if found else 0
    piece = text[start : start + width]
    if start:
        piece = "…" + piece.split(" ", 1)[-1]
    if start + width < len(text):
        piece = piece.rsplit(" ", 1)[0] + "…"
    return highlight(piece, query, stems)


def highlight(text, query, stems=None):
    """The text escaped, with the words that match the query marked."""
    stems = stems_of(query) if stems is None else stems
    html = escape(text)
    if stems:
        pattern = "|".join(
            re.escape(escape(s)) for s in sorted(stems, key=len, reverse=True)
        )
        # Not inside an entity that escaping wrote ("&lt;", "&#x27;").
        html = re.sub(
            rf"(?<!\w)(?<!&)(?<!&#)((?:{pattern})\w*)",
            r"<mark>\1</mark>",
            html,
            flags=re.IGNORECASE,
        )
    return mark_safe(html)  # noqa: S308 - escaped above, then only <mark> added

"""Values kept until a table or column they read is written.

A page is rendered again after any change of the data, but much of what it
shows does not move with most changes: the transparency page's figures do
not, when a member corrects an activity's title. `remember(name, build,
reads=True)` keeps `build()` with what its queries read: each table, and
each of its columns named in them. Every statement that writes is seen as
it runs, on every connection, and once committed it gives a new generation
to what it wrote: the table's rows (an insert or a delete) or the columns
it sets (an update). A value is used while the generations of all it read
are those it was built under.

A model saved whole writes every column; only those whose value differs
from the row's stored one count as written (`_saved_columns`), so that
correcting a title is not changing a date. `changed()` with no model gives
every value kept this way a new generation, as it does every page.

A value whose name carries the versions of the rows it shows (their
`auto_now` column, each row's time of its last save) need not follow the
writes to those rows that set their version: `versions=(Model,)` reads the
model's table as unwritten but for what changes a row and not its version
(an update that does not set it, a truncate). A large document is so kept
in blocks of rows, and a row saved builds its block again, not the rest. A
write that sets the version to the value it had (`bulk_update` naming it,
`update(updated_at=F("updated_at"))`) is taken to have changed it: after
one, `changed()`.
"""

import pickle
import re
import time
import uuid
from contextvars import ContextVar

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import connections, transaction
from django.db.backends.signals import connection_created
from django.db.models.signals import post_save, pre_save

ANY = "*"  # what a table's inserts and deletes write, and `changed()` everything
# What a table's writes that leave its rows' versions as they were write.
UNVERSIONED = "*unversioned"
TABLE_READ = re.compile(r'(?:FROM|JOIN)\s+"(\w+)"')
QUOTED = re.compile(r'"(\w+)"')
WRITE = re.compile(r'\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"(\w+)"', re.I)
# In an UPDATE's SET clause: its parentheses, the WHERE that ends it, and
# each `"column" =`.
SET_TOKEN = re.compile(r'\(|\)|\sWHERE\s|"(\w+)"\s*=')
# The reads of each value, as last built in this process: they come with the
# value in one round trip to the cache.
LEARNED = {}
LEARNED_MAX = 1_000
# Seconds by which the clocks of the app servers may differ: a generation
# made this long before a build began may still be a write the build missed.
SKEW = 1.0
_columns = {}
_versions = {}
_reading = ContextVar("page_cache_reading", default=None)


class Reading:
    """What a build read: the statements it ran, and the reads of the values
    kept this way that it used."""

    def __init__(self, versioned=()):
        self.statements = []
        self.keys = set()
        self.versioned = set(versioned)


def generation_key(table, column=ANY):
    return f"page-cache:wrote:{table}:{column}"


EVERYTHING = generation_key(ANY)


def columns_of(table):
    """A table's columns, by its models (and their many-to-many tables)."""
    if not _columns:
        # Whole or not at all, for another thread.
        _columns.update(
            {
                model._meta.db_table: {f.column for f in model._meta.concrete_fields}
                for model in apps.get_models(include_auto_created=True)
            }
        )
    return _columns.get(table, set())


def version_field(model):
    """The field a model's rows are versioned by, if any: the one field that
    every save sets (`auto_now`)."""
    fields = model._meta.concrete_fields
    stamps = [field for field in fields if getattr(field, "auto_now", False)]
    return stamps[0].name if len(stamps) == 1 else None


def version_of(table):
    """The column a table's rows are versioned by, if any (`version_field`)."""
    if not _versions:
        found = {}
        for model in apps.get_models(include_auto_created=True):
            field = version_field(model)
            found[model._meta.db_table] = (
                None if field is None else model._meta.get_field(field).column
            )
        _versions.update(found)  # whole or not at all, for another thread
    return _versions.get(table)


def reads_of(reading):
    """The generation keys of what a build read: every table its statements
    select from, and each of its columns named anywhere in them (more than
    they need, never less)."""
    keys = {EVERYTHING, *reading.keys}
    for sql in reading.statements:
        named = set(QUOTED.findall(sql))
        for table in set(TABLE_READ.findall(sql)):
            if table in reading.versioned:
                keys.add(generation_key(table, UNVERSIONED))
                continue
            keys.add(generation_key(table))
            keys.update(generation_key(table, c) for c in named & columns_of(table))
    return sorted(keys)


def writes_of(sql, saving, params=()):
    """The generation keys of what a statement writes; for the update of a
    model saved whole, only the columns whose value changed (`saving`: by
    table, the row's key and those columns)."""
    if sql.lstrip()[:8].upper() == "TRUNCATE":
        return tuple(
            generation_key(table, written)
            for table in QUOTED.findall(sql)
            for written in (ANY, UNVERSIONED)
        )
    match = WRITE.match(sql)
    if match is None:
        return ()
    verb, table = match[1].upper(), match[2]
    if not verb.startswith("UPDATE"):
        return (generation_key(table),)
    pk, columns = saving.get(table, (None, None))
    # Its update, by the row's key: the last of its parameters.
    if columns is not None and params and list(params)[-1] == pk:
        del saving[table]
    else:
        columns = set_columns(sql)
    version = version_of(table)
    if version is not None and columns and version not in columns:
        columns = [*columns, UNVERSIONED]  # rows changed, their versions not
    return tuple(generation_key(table, column) for column in columns)


def set_columns(sql):
    """The columns an UPDATE sets: each `"column" =` of its SET clause, not
    those compared in the subqueries and conditions of its values."""
    columns, depth = [], 0
    for token in SET_TOKEN.finditer(sql.partition(" SET ")[2]):
        if token[0] == "(":
            depth += 1
        elif token[0] == ")":
            depth -= 1
        elif depth == 0 and token[1] is None:
            break  # WHERE
        elif depth == 0:
            columns.append(token[1])
    return columns


def _seen(execute, sql, params, many, context):
    """Every statement on every connection: what it reads, while a value is
    built; what it writes, given a new generation once committed."""
    reading = _reading.get()
    if reading is not None:
        reading.statements.append(sql)
    result = execute(sql, params, many, context)
    if settings.PAGE_CACHE_SECONDS > 0:
        db = context["connection"]
        saving = db.__dict__.setdefault("page_cache_saving", {})
        written = writes_of(sql, saving, params if not many else ())
        if written:
            _record(db, written)
    return result


class _Flush:
    """Gives what a connection wrote a new generation, once committed: the
    first of a transaction's calls renews all it wrote, the others nothing.
    What a rolled-back transaction wrote is renewed with the next commit,
    for nothing, but never missed."""

    def __init__(self):
        self.written = set()

    def __call__(self):
        written, self.written = self.written, set()
        if written:
            renew(written)


def _record(db, written):
    flush = db.__dict__.setdefault("page_cache_flush", _Flush())
    flush.written.update(written)
    transaction.on_commit(flush, using=db.alias)  # at once, out of a transaction


def renew(keys):
    """New generations for what was written: each names when it was made."""
    token = f"{time.time():.6f}:{uuid.uuid4().hex}"
    cache.set_many(dict.fromkeys(keys, token), None)


def made_before(tokens, moment):
    """Whether every one of these generations was made before the moment
    (with `SKEW` to spare for the clocks of other servers), or never."""
    return all(
        token is None or _made(token) < moment - SKEW for token in tokens.values()
    )


def _made(token):
    made = token.partition(":")[0]
    return float(made) if made.replace(".", "", 1).isdigit() else float("inf")


def _saved_columns(sender, instance, raw=False, using=None, update_fields=None, **kw):
    """Before a model saved whole updates its row: the columns whose value
    differs from the row's, which are all its update writes."""
    if raw or settings.PAGE_CACHE_SECONDS <= 0 or instance._state.adding:
        return
    if instance.pk is None or update_fields is not None:
        return
    if sender._meta.app_label not in settings.PAGE_CACHE_APPS:
        return  # its update counts as writing every column it sets
    deferred = instance.get_deferred_fields()
    fields = [
        f
        for f in sender._meta.local_concrete_fields
        if not f.primary_key and f.attname not in deferred
    ]
    stored = (
        sender._base_manager.using(using)
        .filter(pk=instance.pk)
        .values_list(*(f.attname for f in fields))
        .first()
    )
    if stored is None:
        return  # no row: it is inserted
    connections[using].__dict__.setdefault("page_cache_saving", {})[
        sender._meta.db_table
    ] = (
        instance.pk,
        [
            field.column
            for field, value in zip(fields, stored, strict=True)
            if getattr(field, "auto_now", False)
            or getattr(instance, field.attname) != value
        ],
    )


def _saved(sender, instance, using=None, **kwargs):
    """A save that ran no update (its row was gone, or it had nothing to
    set) leaves nothing behind for the next."""
    saving = connections[using].__dict__.get("page_cache_saving", {})
    if saving.get(sender._meta.db_table, (None,))[0] == instance.pk:
        del saving[sender._meta.db_table]


def _watch(sender, connection, **kwargs):
    connection.execute_wrappers.append(_seen)


def connect():
    connection_created.connect(_watch, dispatch_uid="page-cache-writes")
    pre_save.connect(_saved_columns, dispatch_uid="page-cache-saved-columns")
    post_save.connect(_saved, dispatch_uid="page-cache-saved")


def watched():
    """Whether a build whose reads are watched is running: a value
    remembered otherwise is then built, not read from the cache, so that its
    reads are seen."""
    return _reading.get() is not None


def built(build, versioned=()):
    """`build()`, and the generation keys of what it read (of the tables
    `versioned`, only what changes their rows and not their versions). What
    it returns is pickled here, as the cache would, so that a queryset is
    read now and not later, unseen."""
    reading = Reading(versioned)
    token = _reading.set(reading)
    try:
        value = build()
        pickle.dumps(value)
    finally:
        _reading.reset(token)
    return value, reads_of(reading)


class Found(dict):
    """What one round trip to the cache found, and which keys it asked for."""

    def __init__(self, keys):
        self.asked = set(keys)
        super().__init__(cache.get_many(list(self.asked)))


def fetch(keys):
    """What is kept of the values of these keys, what they read and its
    generations, as this process last learned it: in one round trip."""
    learned = {k for key in keys for k in LEARNED.get(key, ())}
    return Found([*keys, *(f"{key}:reads" for key in keys), *learned])


def remembered(key, build, seconds, versions=(), found=None):
    """`build()`, kept under `key` while what it read is unwritten; of the
    models `versions`, whose rows' versions the key names, while nothing
    changed their rows but what set their versions. `found`: what `fetch`
    found of it, with other values'."""
    for model in versions:
        if version_of(model._meta.db_table) is None:
            raise ValueError(f"{model.__name__} has no version (one auto_now field)")
    reads_key = f"{key}:reads"
    if found is None:
        found = fetch([key])
    reads = found.get(reads_key) or ()
    missing = [k for k in reads if k not in found.asked]
    if missing:
        found.asked.update(missing)
        found.update(cache.get_many(missing))
    tokens = {k: found.get(k) for k in reads}
    kept = found.get(key)
    versioned = [model._meta.db_table for model in versions]
    outer = _reading.get()
    if outer is not None:
        outer.keys.update(reads)
        # Its name does not carry these rows' versions: it follows their
        # every insert, delete and save.
        outer.keys.update(
            generation_key(table, column)
            for table in versioned
            for column in (ANY, version_of(table))
        )
    if kept is not None and reads and kept[0] == tokens:
        learn(key, reads)
        return kept[1]
    started = time.time()
    value, read = built(build, versioned)
    if outer is not None:
        outer.keys.update(read)
    if read != list(reads):
        # It read other tables or columns than last time: their generations
        # are looked up now, and the value kept only if none of them was
        # made since shortly before the build began (a write it may have
        # missed); else the next build is kept.
        # For as long as the value: a key of one (a page's number) may be
        # a visitor's to choose.
        cache.set(reads_key, read, seconds)
        learn(key, read)
        tokens = cache.get_many(read)
        tokens = {k: tokens.get(k) for k in read}
        if not made_before(tokens, started):
            return value
    cache.set(key, (tokens, value), seconds)
    return value


def learn(key, reads):
    """What a value read, remembered in this process, within bounds."""
    if len(LEARNED) >= LEARNED_MAX:
        LEARNED.clear()
    LEARNED[key] = tuple(reads)

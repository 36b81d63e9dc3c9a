"""On PostgreSQL: the search's indexes one per language, as every search
asks in one language, written at once rather than through a pending list
that every search would read until it is merged (an edit writes a few
entries, a search reads many), and the vectors kept in their rows where
they fit (STORAGE MAIN) rather than apart, so that ranking the matches
reads their rows alone."""

from django.db import migrations

TABLE = "network_portal_searchentry"
# settings.LANGUAGES when this was written: a language added later needs its
# own indexes, in a migration of its own.
LANGUAGES = ("bg", "en")


def by_language(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    execute = schema_editor.execute
    execute("DROP INDEX IF EXISTS search_vector")
    execute("DROP INDEX IF EXISTS search_title_trgm")
    execute(f"ALTER TABLE {TABLE} ALTER COLUMN vector SET STORAGE MAIN")
    # Written anew, before the indexes: the vectors kept apart so far move
    # into their rows.
    execute(f"UPDATE {TABLE} SET vector = vector || ''::tsvector")  # noqa: S608
    for language in LANGUAGES:
        condition = f"WITH (fastupdate = off) WHERE language = '{language}'"
        execute(
            f"CREATE INDEX search_vector_{language} ON {TABLE} "
            f"USING gin (vector) {condition}"
        )
        execute(
            f"CREATE INDEX search_title_trgm_{language} ON {TABLE} "
            f"USING gin (title gin_trgm_ops) {condition}"
        )


def together(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    execute = schema_editor.execute
    for language in LANGUAGES:
        execute(f"DROP INDEX IF EXISTS search_vector_{language}")
        execute(f"DROP INDEX IF EXISTS search_title_trgm_{language}")
    execute(f"CREATE INDEX search_vector ON {TABLE} USING gin (vector)")
    execute(f"CREATE INDEX search_title_trgm ON {TABLE} USING gin (title gin_trgm_ops)")
    execute(f"ALTER TABLE {TABLE} ALTER COLUMN vector SET STORAGE EXTENDED")


class Migration(migrations.Migration):
    dependencies = [
        ("network_portal", "0018_capacity_counted"),
    ]

    operations = [migrations.RunPython(by_language, together)]

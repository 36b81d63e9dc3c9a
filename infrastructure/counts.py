"""Several counts in one query.

`count_together({key: queryset})` answers how many rows each queryset
selects, all in one SELECT of scalar subqueries: a page of figures costs one
round trip to the database and one plan, not one of each. A queryset counts
its rows as `count()` would: select with `values(...).distinct()` what is
to be counted once (each person once, say); otherwise each row counts.
"""

from django.core.exceptions import EmptyResultSet
from django.db import connections


def count_together(querysets):
    """{key: queryset} → {key: its count}, in one query; the querysets read
    the same database."""
    counts, parts, params, using = {}, [], [], None
    for key, queryset in querysets.items():
        if not queryset.query.values_select:
            # Only the key of each row: no column is read that is not needed.
            queryset = queryset.values("pk")
        using = queryset.db
        try:
            sql, values = queryset.order_by().query.get_compiler(using).as_sql()
        except EmptyResultSet:  # a filter no row can pass (`pk__in=[]`)
            counts[key] = 0
            continue
        counts[key] = None
        # The ORM's own SQL, its values passed apart as parameters.
        parts.append(f"(SELECT COUNT(*) FROM ({sql}) counted)")  # noqa: S608
        params.extend(values)
    if parts:
        with connections[using].cursor() as cursor:
            cursor.execute(f"SELECT {', '.join(parts)}", params)
            found = iter(cursor.fetchone())
        counts = {
            key: next(found) if count is None else count
            for key, count in counts.items()
        }
    return counts

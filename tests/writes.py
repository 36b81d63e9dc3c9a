"""The statements that wrote while something ran: a test of a change that
should write nothing, or only some tables, reads them."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def writes(run):
    """The SQL of each INSERT, UPDATE and DELETE that `run()` ran."""
    with CaptureQueriesContext(connection) as queries:
        run()
    return [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].split()[0] in ("INSERT", "UPDATE", "DELETE")
    ]

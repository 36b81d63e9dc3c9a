"""Date-time fields filtered by whole days of the portal's time zone.

`field__date__range=(start, end)` turns every row's moment into a local
date before comparing it: no index on the field serves it, and the database
cannot estimate how many rows pass, which misleads the plan of a query it
is part of. `on_days(field, start, end)` says the same as a range of the
moments themselves, from the first day's midnight to the midnight after the
last day, which an index serves and the statistics estimate.
"""

from datetime import datetime, time, timedelta

from django.db.models import Q
from django.utils import timezone


def midnight(day):
    """The moment a day begins in the current time zone."""
    return datetime.combine(day, time.min, tzinfo=timezone.get_current_timezone())


def on_days(field, start=None, end=None):
    """A filter: `field`, a date-time, falls on a day from `start` to `end`,
    both included (either may be None: no bound on that side)."""
    within = Q()
    if start is not None:
        within &= Q(**{f"{field}__gte": midnight(start)})
    if end is not None:
        within &= Q(**{f"{field}__lt": midnight(end + timedelta(days=1))})
    return within

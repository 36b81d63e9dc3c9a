"""A person's data (GDPR), assembled from what each app declares it keeps
about them: no one module needs to know every app.

Each app registers (`infrastructure.discovery` does it from its
`privacy.py`):

    personaldata.register(export=what_it_keeps, erase=what_goes, notice=rows)

`notice` is what it keeps in the privacy notice's words: rows of (data,
purpose, legal basis), translatable. `export(user)` returns a dict of plain
JSON values (its sections of the person's data); `erase(user, request=)`
deletes or anonymises what is the person's alone, inside the transaction
that then deletes the account. The apps higher up erase first: what they
keep may point at what lower ones do.
"""

from django.db import transaction
from django.utils import timezone

_DECLARED = []
_NOTICE = []


def register(*, export=None, erase=None, notice=()):
    _DECLARED.append((export, erase))
    _NOTICE.extend(notice)


def notice():
    """The privacy notice's rows: (data, purpose, legal basis), app by app."""
    return list(_NOTICE)


def when(value):
    """A date or a time, as JSON."""
    return value.isoformat() if value else None


def export(user):
    """Everything the portal keeps about the person, as plain JSON values."""
    data = {"exported_at": when(timezone.now())}
    for exporter, _eraser in _DECLARED:
        if exporter is not None:
            data.update(exporter(user))
    return data


def erase(user, *, request):
    """Deletes the person and what is theirs alone, in one transaction."""
    with transaction.atomic():
        for _exporter, eraser in reversed(_DECLARED):
            if eraser is not None:
                eraser(user, request=request)
        user.delete()

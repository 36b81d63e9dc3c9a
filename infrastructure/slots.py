"""Places in a page that apps above it fill: the page of a lower app names a
slot (`{% load slots %}{% slot "organisation-sections" organisation %}`), and
an app above registers what goes there, so that the lower app never includes
a template or loads the tags of a higher one.

An app registers in its `AppConfig.ready`:

    slots.fill("organisation-sections", "causes/_organisation_causes.html",
               context=organisation_causes, order=10)

`context(request, obj)` returns what the template needs besides the page's
own context (where `object` is the slot's object); the fillers render in the
order of `order`.

A filler that shows the same to everyone, from its context and `object`
alone (not the page's context, not the request), says `kept=True`: it is
rendered with the slot's other kept fillers once for the object and the
language, until a table or column their contexts read is written
(`pagecache.remember(reads=True)`); `context` is then called with no
request.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Filler:
    template: str
    context: Callable | None
    order: int
    kept: bool = False


FILLERS = {}


def fill(slot, template, *, context=None, order=0, kept=False):
    """Registers `template` to be rendered wherever `slot` is named."""
    fillers = FILLERS.setdefault(slot, [])
    fillers[:] = sorted(
        [f for f in fillers if f.template != template]
        + [Filler(template, context, order, kept)],
        key=lambda f: f.order,
    )


def fillers(slot):
    return FILLERS.get(slot, ())

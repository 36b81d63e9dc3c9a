"""WSGI entry point for gunicorn."""

import os
from pathlib import Path

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "network_portal.settings")

application = get_wsgi_application()


def warm():
    """What each worker would otherwise do on its first requests for each
    page, done once before gunicorn forks them (`preload_app`): the
    portal's templates compiled, its addresses resolved and its catalogues
    read in every language. A worker then builds a page it has not served
    before as fast as one it has, right after a change as at any time."""
    from django.conf import settings
    from django.template import engines
    from django.urls import get_resolver
    from django.utils import translation

    for engine in engines.all():
        for folder in getattr(engine, "engine", engine).dirs:
            for path in sorted(Path(folder).rglob("*")):
                if path.suffix in (".html", ".txt", ".xml"):
                    engine.get_template(path.relative_to(folder).as_posix())
    for language, _name in settings.LANGUAGES:
        with translation.override(language):  # its catalogues read
            get_resolver().reverse_dict  # noqa: B018 - its addresses

"""The app servers' workers start warm: gunicorn's master, before it forks
them, compiles the portal's templates (`network_portal.wsgi.warm`)."""

from pathlib import Path

from django.conf import settings
from django.template import engines

from network_portal.wsgi import warm


def test_every_template_of_the_portal_is_compiled_before_the_workers_fork():
    cached = engines["django"].engine.template_loaders[0]
    cached.reset()
    folder = Path(settings.TEMPLATES[0]["DIRS"][0])
    templates = {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.suffix in (".html", ".txt", ".xml")
    }

    warm()

    assert "network_portal/_transparency_figures.html" in templates
    assert templates <= set(cached.get_template_cache)

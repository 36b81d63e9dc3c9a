"""What each of the portal's apps declares in modules of known names, found
once the apps are ready, as the admin finds each app's `admin.py`:

- `personal.py`: the renderers of its personal parts of pages
  (`infrastructure.pagecache`), registered as it is imported;
- `privacy.py`: `export(user)`, and `erase(user, request=)` where something
  must go before the account does: what it keeps about a person; `NOTICE`,
  the same in the privacy notice's words (`infrastructure.personaldata`);
- `slots.py`: `fill()`, what it puts in the slots of the pages of the apps
  below (`infrastructure.slots`).

The portal's apps are the packages at the root of the project's folder, in
the order of `INSTALLED_APPS`, this one excepted; third-party apps (in a
virtual environment there too, or anywhere else) are left alone.
"""

from importlib import import_module
from importlib.util import find_spec
from pathlib import Path

from django.apps import apps
from django.conf import settings

from infrastructure import personaldata


def portal_apps():
    root = Path(settings.BASE_DIR).resolve()
    return [
        app
        for app in apps.get_app_configs()
        if Path(app.path).resolve().parent == root and app.name != __package__
    ]


def declared(app, name):
    """The app's module of that name, if it has one."""
    module = f"{app.name}.{name}"
    return import_module(module) if find_spec(module) else None


def discover():
    for app in portal_apps():
        declared(app, "personal")
        if privacy := declared(app, "privacy"):
            personaldata.register(
                export=privacy.export,
                erase=getattr(privacy, "erase", None),
                notice=getattr(privacy, "NOTICE", ()),
            )
        if slots := declared(app, "slots"):
            slots.fill()

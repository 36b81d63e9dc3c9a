"""Templates point down the layers, as imports do (`lint-imports` keeps the
imports; this keeps the templates): a template of a lower app never extends
or includes a template of a higher one, nor loads its tag library.

The layers are the import contract's, in pyproject.toml. A template belongs
to the app whose folder it is in (`templates/causes/…`); the rest
(`base.html`, the error pages, the account pages) is the site's layout, at
the bottom with the infrastructure. A tag library belongs to the app whose
`templatetags` holds it.
"""

import re
import tomllib
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
TEMPLATES = ROOT / "templates"
REFERENCE = re.compile(r"""{%\s*(extends|include)\s+["']([^"']+)["']""")
LOAD = re.compile(r"{%\s*load\s+([^%]+?)\s*%}")


def layers():
    """The apps from the bottom up, as the import contract lists them from
    the top down: each layer a list, of one app or of apps side by side
    (`causes | mutual_help`), which may not point at each other either."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    (contract,) = [
        contract
        for contract in project["tool"]["importlinter"]["contracts"]
        if contract["type"] == "layers"
    ]
    return [
        [app.strip() for app in layer.split("|")]
        for layer in reversed(contract["layers"])
    ]


def apps():
    return [app for layer in layers() for app in layer]


def level(app):
    """How high the app's layer stands, from 0 at the bottom."""
    return next(n for n, layer in enumerate(layers()) if app in layer)


def points_up(own, target):
    """Whether a template or tag library of app `target` is out of reach
    of app `own`: higher, or beside it."""
    return level(target) > level(own) or (level(target) == level(own) and target != own)


def layer_of_template(name):
    """The app a template belongs to, by its folder; the layout is the
    bottom layer's."""
    app = name.split("/", 1)[0]
    return app if app in apps() and "/" in name else layers()[0][0]


def tag_libraries():
    """Each of the portal's tag libraries, and the app that holds it."""
    return {
        path.stem: app
        for app in apps()
        for path in (ROOT / app / "templatetags").glob("*.py")
        if path.stem != "__init__"
    }


def upward_references(name, text):
    """(line, what) for each reference of the template `name` to a higher
    layer, or to an app beside its own."""
    libraries = tag_libraries()
    own = layer_of_template(name)
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        for verb, target in REFERENCE.findall(line):
            if points_up(own, layer_of_template(target)):
                verb = "includes" if verb == "include" else "extends"
                found.append((number, f'{verb} "{target}"'))
        for names in LOAD.findall(line):
            for library in names.split():
                if library in libraries and points_up(own, libraries[library]):
                    found.append((number, f"loads the tags {library!r}"))
    return found


def test_no_template_points_up_the_layers():
    found = [
        f"templates/{name}:{number}: {what}"
        for path in sorted(TEMPLATES.rglob("*"))
        if path.is_file() and path.suffix in {".html", ".txt", ".xml"}
        for name in [path.relative_to(TEMPLATES).as_posix()]
        for number, what in upward_references(name, path.read_text())
    ]
    assert found == []


def test_the_check_names_an_upward_include_extends_and_load():
    text = (
        '{% extends "base.html" %}\n'
        "{% load i18n portal markup %}\n"
        '{% include "following/_follow.html" %}\n'
        '{% include "members/_card.html" %}\n'
        "{% extends 'events/detail.html' %}\n"
    )

    assert upward_references("causes/detail.html", text) == [
        (2, "loads the tags 'portal'"),
        (3, 'includes "following/_follow.html"'),
        (5, 'extends "events/detail.html"'),
    ]


def test_apps_side_by_side_do_not_point_at_each_other():
    assert upward_references(
        "causes/detail.html",
        '{% load mutual_help %}{% include "mutual_help/_card.html" %}',
    ) == [(1, 'includes "mutual_help/_card.html"'), (1, "loads the tags 'mutual_help'")]
    assert upward_references("mutual_help/detail.html", "{% load members %}") == []


def test_the_layout_is_the_bottom_layer_and_points_nowhere_up():
    assert layer_of_template("base.html") == "infrastructure"
    assert layer_of_template("allauth/layouts/base.html") == "infrastructure"
    assert upward_references("_account_menu.html", "{% load i18n portal %}") == [
        (1, "loads the tags 'portal'")
    ]
    assert upward_references(
        "base.html", '{% include "network_portal/_become_supporter.html" %}'
    ) == [(1, 'includes "network_portal/_become_supporter.html"')]

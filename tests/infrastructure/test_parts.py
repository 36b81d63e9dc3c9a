"""The parts the apps declare to the infrastructure: the personal parts of a
kept page, the slots of lower pages and what each app keeps of a person."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.template import Context, Template, TemplateSyntaxError
from django.test import RequestFactory

from infrastructure import discovery, personaldata, slots
from infrastructure.pagecache.parts import PART, RENDERERS


def render(text, **context):
    return Template(text).render(Context(context))


def test_a_personal_part_is_rendered_between_markers_the_cache_finds():
    html = render(
        '{% load pagecache %}<p>{% personal "cause-support" pk %}Мое'
        "{% endpersonal %}</p>",
        pk=7,
    )

    assert html == (
        "<p><!--personal:cause-support:7-->Мое<!--/personal:cause-support--></p>"
    )
    match = PART.search(html.encode())
    assert (match[1], match[2]) == (b"cause-support", b"7")


def test_a_personal_part_without_a_renderer_is_a_template_error():
    with pytest.raises(TemplateSyntaxError, match="no-such-part"):
        render('{% load pagecache %}{% personal "no-such-part" %}x{% endpersonal %}')


def test_every_personal_part_in_the_templates_has_a_renderer():
    named = {
        match
        for path in (Path(settings.BASE_DIR) / "templates").rglob("*.html")
        for match in re.findall(r'{%\s*personal\s+"([\w-]+)"', path.read_text())
    }

    assert named
    assert named <= set(RENDERERS)
    assert {"follow-organisation", "follow-cause"} <= set(RENDERERS)


def test_a_slot_renders_what_the_apps_above_fill_it_with_in_order(monkeypatch):
    monkeypatch.setattr(slots, "FILLERS", {})
    slots.fill("test-slot", "_breadcrumbs.html", order=20, context=crumbs)
    slots.fill("test-slot", "_list_empty.html", order=10)
    request = RequestFactory().get("/list/")

    html = render(
        '{% load slots %}{% slot "test-slot" thing %}',
        thing="Нещо",
        request=request,
        empty="Празно",
        filters=None,
    )

    assert html.index("Празно") < html.index("Нещо")
    assert 'href="/list/"' in html


def crumbs(request, thing):
    return {"list_url": request.path, "list_label": "Списък", "current": thing}


def test_a_slot_nobody_fills_is_empty():
    assert render('{% load slots %}{% slot "nobody-fills-this" %}') == ""


@pytest.mark.django_db
def test_each_app_declares_what_it_keeps_of_a_person(outsider):
    data = personaldata.export(outsider)

    assert [app.name for app in discovery.portal_apps()] == [
        "members",
        "mutual_help",
        "capacity",
        "causes",
        "events",
        "network_portal",
        "following",
    ]
    for section in (
        "account",  # members
        "help_answers",  # mutual_help
        "capacity_self_assessments",  # capacity
        "supported_causes",  # causes
        "meeting_registrations",  # events
        "newsletter",  # network_portal
        "following",  # following
    ):
        assert section in data, section

"""The personal parts of a kept page: marked in it when it is rendered, and
filled in for each person when it is served."""

import re

from django.contrib.messages import get_messages
from django.template.context_processors import csrf
from django.template.loader import render_to_string

# Each part between markers that name what renders it, and perhaps what it
# is about: <!--personal:name:argument-->…<!--/personal:name-->. One regular
# expression over the kept bytes finds them all.
PART = re.compile(
    rb"<!--personal:([\w-]+)(?::([\w-]+))?-->.*?<!--/personal:\1-->", re.S
)
RENDERERS = {}


def personal(name):
    """Registers what renders a personal part, from the request and the
    marker's argument."""

    def register(render):
        RENDERERS[name] = render
        return render

    return register


def personal_template(name, template, context=None):
    """Registers a renderer of `template` for the personal part `name`,
    with what `context(request, argument)` returns: computed once per request
    and argument, for all the parts of a page that share it."""

    def render(request, argument):
        extra = None
        if context is not None:
            computed = request.__dict__.setdefault("_personal_contexts", {})
            if (context, argument) not in computed:
                computed[context, argument] = context(request, argument)
            extra = computed[context, argument]
        return render_personal(template, request, extra)

    RENDERERS[name] = render


def markers(name, argument=None):
    """The opening and closing markers of a personal part."""
    named = name if argument is None else f"{name}:{argument}"
    return f"<!--personal:{named}-->", f"<!--/personal:{name}-->"


def render_personal(template, request, context=None):
    """A personal part, with the person, their CSRF token and messages: not
    the site-wide context that the rest of the page already had."""
    return render_to_string(
        template,
        {
            "user": request.user,
            # One token for the page's forms, as a whole render has.
            "csrf_token": request.__dict__.setdefault(
                "_personal_csrf_token", csrf(request)["csrf_token"]
            ),
            "messages": get_messages(request),
            **(context or {}),
        },
    )


def fill(body, request):
    """The kept page's bytes with each personal part rendered for the
    person."""

    def render(match):
        argument = match[2].decode() if match[2] else None
        return RENDERERS[match[1].decode()](request, argument).encode()

    return PART.sub(render, body)

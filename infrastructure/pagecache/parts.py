"""The personal parts of a kept page: marked in it when it is rendered, and
filled in for each person when it is served."""

import re

from django.contrib.messages import get_messages
from django.template.context_processors import csrf
from django.template.loader import render_to_string
from django.utils.translation import get_language

from infrastructure.pagecache.store import remember

# Each part between markers that name what renders it, and perhaps what it
# is about: <!--personal:name:argument-->…<!--/personal:name-->. One regular
# expression over the kept bytes finds them all.
PART = re.compile(
    rb"<!--personal:([\w-]+)(?::([\w-]+))?-->.*?<!--/personal:\1-->", re.S
)
RENDERERS = {}
# In place of the CSRF token, in a kept page or part: the middleware puts
# each person's own in its place when it serves them.
CSRF_MARKER = b"\x00csrf\x00"


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


def render_kept(name, template, request, context=None):
    """A personal part that shows the same for everyone `name` stands for
    (the person and what the part shows of them): `render_personal` without
    the messages, rendered once for them and their language until the data
    changes, the CSRF token filled in when the page is served."""
    return remember(
        f"part:{name}:{get_language()}",
        lambda: render_to_string(
            template,
            {
                "user": request.user,
                "csrf_token": CSRF_MARKER.decode(),
                **(context or {}),
            },
        ),
    )


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

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


def personal_template(name, template, context=None, *, kept=False, state=None):
    """Registers a renderer of `template` for the personal part `name`,
    with what `context(request, argument)` returns: computed once per request
    and argument, for all the parts of a page that share it.

    `kept`: the part shows no messages, and what it shows depends only on
    the argument, the person, what `context` reads through `remember`
    (which the data's changes renew) and what `state(request, argument)`
    returns, if given (a string: what the part shows of the time, say): it
    is rendered once for each argument, person and state (`render_kept`),
    and `context` is asked only then."""

    def computed(request, argument):
        if context is None:
            return None
        contexts = request.__dict__.setdefault("_personal_contexts", {})
        if (context, argument) not in contexts:
            contexts[context, argument] = context(request, argument)
        return contexts[context, argument]

    def render(request, argument):
        if kept:
            moment = f":{state(request, argument)}" if state else ""
            return render_kept(
                f"{name}:{argument}:{request.user.pk}{moment}",
                template,
                request,
                lambda: computed(request, argument),
            )
        return render_personal(template, request, computed(request, argument))

    RENDERERS[name] = render


def markers(name, argument=None):
    """The opening and closing markers of a personal part."""
    named = name if argument is None else f"{name}:{argument}"
    return f"<!--personal:{named}-->", f"<!--/personal:{name}-->"


def render_kept(name, template, request, context=None):
    """A personal part that shows the same for everyone `name` stands for
    (the person and what the part shows of them): `render_personal` without
    the messages, rendered once for them and their language until the data
    changes, the CSRF token filled in when the page is served. `context`: a
    dict, or a function that returns it, called only when the part is
    rendered."""

    def build():
        extra = context() if callable(context) else context
        return render_to_string(
            template,
            {
                "user": request.user,
                "csrf_token": CSRF_MARKER.decode(),
                **(extra or {}),
            },
        )

    return remember(f"part:{name}:{get_language()}", build)


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

"""`{% personal "name" argument %}…{% endpersonal %}`: a personal part of a
page that the page cache fills in for each person; `{% kept "name" key %}…
{% endkept %}`: a part rendered once for everyone until what it read is
written (see `infrastructure.pagecache`)."""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from infrastructure.pagecache.parts import RENDERERS, markers
from infrastructure.pagecache.store import remember

register = template.Library()


class PersonalNode(template.Node):
    def __init__(self, name, argument, nodelist):
        self.name, self.argument, self.nodelist = name, argument, nodelist

    def render(self, context):
        name = self.name.resolve(context)
        if name not in RENDERERS:
            raise template.TemplateSyntaxError(
                f"No renderer is registered for the personal part {name!r}."
            )
        argument = self.argument.resolve(context) if self.argument else None
        opening, closing = markers(name, argument)
        return mark_safe(opening + self.nodelist.render(context) + closing)  # noqa: S308 - markers and rendered HTML


@register.tag
def personal(parser, token):
    bits = token.split_contents()
    if len(bits) not in (2, 3):
        raise template.TemplateSyntaxError(
            '{% personal "name" [argument] %} takes a name and perhaps an argument.'
        )
    name = parser.compile_filter(bits[1])
    argument = parser.compile_filter(bits[2]) if len(bits) == 3 else None
    nodelist = parser.parse(("endpersonal",))
    parser.delete_first_token()
    return PersonalNode(name, argument, nodelist)


class KeptNode(template.Node):
    def __init__(self, names, nodelist):
        self.names, self.nodelist = names, nodelist

    def render(self, context):
        name = ":".join(str(part.resolve(context)) for part in self.names)
        return remember(
            f"kept:{name}:{get_language()}",
            lambda: self.nodelist.render(context),
            reads=True,
        )


@register.tag
def kept(parser, token):
    """A part of a shared page that most changes leave as it is (a cause's
    timeline, its co-sponsors): rendered once for its name and key and the
    language, until a table or column that its queries read is written
    (`remember(reads=True)`). What it shows is the same for everyone and
    read inside it (lazily), not before: it holds no personal part."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(
            '{% kept "name" [key …] %} takes a name and perhaps keys.'
        )
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    if nodelist.get_nodes_by_type(PersonalNode):
        raise template.TemplateSyntaxError("A kept part holds no personal part.")
    return KeptNode([parser.compile_filter(bit) for bit in bits[1:]], nodelist)

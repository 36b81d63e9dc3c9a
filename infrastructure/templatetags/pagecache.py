"""`{% personal "name" argument %}…{% endpersonal %}`: a personal part of a
page that the page cache fills in for each person (see
`infrastructure.pagecache`)."""

from django import template
from django.utils.safestring import mark_safe

from infrastructure.pagecache.parts import RENDERERS, markers

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

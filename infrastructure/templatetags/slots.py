"""`{% slot "name" object %}`: what the apps above fill a slot of the page
with (see `infrastructure.slots`)."""

from django import template
from django.template.loader import render_to_string
from django.utils.translation import get_language

from infrastructure.pagecache import remember
from infrastructure.slots import fillers

register = template.Library()


class SlotNode(template.Node):
    def __init__(self, name, obj):
        self.name, self.obj = name, obj

    def render(self, context):
        name = self.name.resolve(context)
        obj = self.obj.resolve(context) if self.obj else None
        request = context.get("request")
        every = fillers(name)
        kept = kept_parts(name, obj, [f for f in every if f.kept])
        output = []
        for filler in every:
            if filler.kept:
                output.append(kept[filler.template])
                continue
            extra = filler.context(request, obj) if filler.context else {}
            part = context.template.engine.get_template(filler.template)
            with context.push(object=obj, **extra):
                output.append(part.render(context))
        return "".join(output)


def kept_parts(name, obj, kept):
    """The kept fillers of a slot rendered, by template: once for the object
    and the language until what their contexts read is written."""
    if not kept:
        return {}

    def build():
        return {
            filler.template: render_to_string(
                filler.template,
                {
                    "object": obj,
                    **(filler.context(None, obj) if filler.context else {}),
                },
            )
            for filler in kept
        }

    about = f"{obj._meta.label_lower}:{obj.pk}" if obj is not None else ""
    return remember(f"slot:{name}:{about}:{get_language()}", build, reads=True)


@register.tag
def slot(parser, token):
    bits = token.split_contents()
    if len(bits) not in (2, 3):
        raise template.TemplateSyntaxError(
            '{% slot "name" [object] %} takes a name and perhaps an object.'
        )
    obj = parser.compile_filter(bits[2]) if len(bits) == 3 else None
    return SlotNode(parser.compile_filter(bits[1]), obj)

"""`{% slot "name" object %}`: what the apps above fill a slot of the page
with (see `infrastructure.slots`)."""

from django import template

from infrastructure.slots import fillers

register = template.Library()


class SlotNode(template.Node):
    def __init__(self, name, obj):
        self.name, self.obj = name, obj

    def render(self, context):
        obj = self.obj.resolve(context) if self.obj else None
        request = context.get("request")
        output = []
        for filler in fillers(self.name.resolve(context)):
            extra = filler.context(request, obj) if filler.context else {}
            part = context.template.engine.get_template(filler.template)
            with context.push(object=obj, **extra):
                output.append(part.render(context))
        return "".join(output)


@register.tag
def slot(parser, token):
    bits = token.split_contents()
    if len(bits) not in (2, 3):
        raise template.TemplateSyntaxError(
            '{% slot "name" [object] %} takes a name and perhaps an object.'
        )
    obj = parser.compile_filter(bits[2]) if len(bits) == 3 else None
    return SlotNode(parser.compile_filter(bits[1]), obj)

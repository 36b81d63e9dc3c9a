"""`{{ text|markdown }}`: members' Markdown as sanitised HTML."""

from django import template
from django.utils.safestring import mark_safe

from infrastructure.markup import render_markdown

register = template.Library()


@register.filter
def markdown(text):
    """Members' Markdown as sanitised HTML."""
    return mark_safe(render_markdown(text))  # noqa: S308 - sanitised by nh3

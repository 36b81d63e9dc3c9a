from django import template

from following.services import unread_count

register = template.Library()


@register.simple_tag
def unread_notifications(user):
    """How many notifications the person has not seen (kept in the cache
    until one comes or they read them)."""
    return unread_count(user) if user.is_authenticated else 0

"""Telling people: in the site and by e-mail, each as the person chose, in
their language; and what they follow."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.mail import EmailMessage, mailers
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from following.models import TARGETS, Follow, Notification, Preferences
from infrastructure.pagecache import cached

# Set while the demo network is loaded: nothing is told.
_muted = ContextVar("notifications_muted", default=False)
UNREAD_KEY = "notifications-unread:{}"
FOLLOWED_KEY = "followed:{}"


def preferences(user):
    """The person's choices; the defaults, unsaved, until they make one."""
    return Preferences.objects.filter(user=user).first() or Preferences(user=user)


def remember_language(user, language):
    """The language of the person's e-mails is the one they last used here."""
    if language in dict(settings.LANGUAGES):
        Preferences.objects.update_or_create(user=user, defaults={"language": language})


def editors_of(organisation):
    if organisation is None:
        return get_user_model().objects.none()
    return get_user_model().objects.filter(
        roles__organisation=organisation, roles__kind="editor", is_active=True
    )


def coordinators():
    return get_user_model().objects.filter(is_staff=True, is_active=True)


@contextmanager
def muted():
    """Tell no one of what happens inside: for loading the demo network."""
    token = _muted.set(True)
    try:
        yield
    finally:
        _muted.reset(token)


def is_muted():
    """Whether what happens now is told to no one (`muted`)."""
    return _muted.get()


def notify(kind, users, *, site, exclude=None, email=True, **about):
    """Tell each of `users` (but `exclude`) of `kind`, about `about` (the
    Notification's fields): in the site and by e-mail, as each chose.
    Returns the e-mail addresses that want this kind by e-mail, for a caller
    that sends its own (email=False)."""
    if _muted.get():
        return []
    users = [
        user
        for user in users.select_related("notification_preferences").distinct()
        if user != exclude
    ]
    addresses, outgoing = [], []
    for user in users:
        prefs = getattr(user, "notification_preferences", None) or Preferences()
        if prefs.wants(kind, "in_site"):
            Notification.objects.create(user=user, kind=kind, **about)
        if prefs.wants(kind, "by_email") and user.email:
            addresses.append(user.email)
            notification = Notification(user=user, kind=kind, **about)
            outgoing.append((notification, prefs.language))
    if email and outgoing:
        transaction.on_commit(lambda: send(outgoing, site=site))
    return addresses


def send(outgoing, *, site):
    """Each (notification, language) by e-mail, in its person's language,
    over one connection to the mail server."""
    messages = []
    for notification, language in outgoing:
        with translation.override(language):
            context = {
                "notification": notification,
                "text": notification.text,
                "url": site.build_absolute_uri(notification.get_absolute_url()),
                "settings_url": site.build_absolute_uri(reverse("following:settings")),
            }
            subject = render_to_string(
                "following/email/notification_subject.txt", context
            )
            body = render_to_string("following/email/notification_message.txt", context)
        messages.append(
            EmailMessage(" ".join(subject.split()), body, to=[notification.user.email])
        )
    mailers["default"].send_messages(messages)


def unread_count(user):
    return _kept(
        UNREAD_KEY.format(user.pk),
        lambda: Notification.objects.filter(user=user).unread().count(),
    )


def mark_read(user, notifications):
    notifications.filter(user=user, read_at=None).update(read_at=timezone.now())
    forget(UNREAD_KEY.format(user.pk))


def followed_by(user):
    """(kind, pk) of each thing the person follows, kept in the cache until
    they follow or stop following something."""
    if not user.is_authenticated:
        return frozenset()

    def load():
        return frozenset(
            (kind, pk)
            for row in Follow.objects.of(user).values_list(*TARGETS)
            for kind, pk in zip(TARGETS, row, strict=True)
            if pk is not None
        )

    return _kept(FOLLOWED_KEY.format(user.pk), load)


def _kept(key, build):
    """The person's own, kept until it changes (see `forget`); read with the
    page when the page cache serves it."""
    value = cached(key)
    if value is None:
        value = build()
        cache.set(key, value, None)
    return value


def forget(key):
    """Now, and once committed: a reader in between may have kept the old."""
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def follow(user, target):
    field = target._meta.model_name
    Follow.objects.get_or_create(user=user, **{field: target})


def unfollow(user, target):
    field = target._meta.model_name
    Follow.objects.filter(user=user, **{field: target}).delete()

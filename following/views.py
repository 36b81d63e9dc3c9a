"""A person's follows, notifications and how they want to be told; and
leaving the digest from its e-mail, without signing in."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from causes.models import Cause
from following import services
from following.forms import PreferencesForm, TopicsForm
from following.models import Follow, Notification, Preferences
from infrastructure.access import back_to, permitted
from members.models import Organisation, Topic
from members.permissions import is_coordinator

PER_PAGE = 20


def followable(kind, pk):
    """What may be followed: a public organisation, a public cause, a topic."""
    if kind == "organisation":
        return get_object_or_404(Organisation.objects.public(), pk=pk)
    if kind == "cause":
        return get_object_or_404(Cause.objects.public(), pk=pk)
    if kind == "topic":
        return get_object_or_404(Topic, pk=pk)
    raise Http404


@permitted(methods=["POST"])
def toggle(request, kind, pk):
    """Follow, or stop following, from the button on its page."""
    target = followable(kind, pk)
    if request.POST.get("follow") == "0":
        services.unfollow(request.user, target)
        messages.success(
            request,
            _("You no longer follow “%(name)s”.") % {"name": target},
        )
    else:
        with transaction.atomic():
            services.follow(request.user, target)
            services.remember_language(request.user, get_language())
        messages.success(
            request,
            _("You follow “%(name)s”: what is new comes in your weekly digest.")
            % {"name": target},
        )
    if kind == "topic":
        return back_to(request, "following:index")
    return back_to(request, target.get_absolute_url())


@permitted(methods=["GET", "HEAD", "POST"])
def following(request):
    """What the person follows, each with a button to stop, and the topics
    as checkboxes."""
    follows = (
        Follow.objects.of(request.user)
        .exclude(topic__isnull=False)
        .select_related("organisation", "cause")
    )
    followed_topics = Topic.objects.filter(
        pk__in=Follow.objects.of(request.user).values("topic")
    )
    form = TopicsForm(
        request.POST if request.method == "POST" else None,
        initial={"topics": list(followed_topics)},
    )
    if request.method == "POST" and form.is_valid():
        chosen = set(form.cleaned_data["topics"])
        with transaction.atomic():
            for topic in chosen - set(followed_topics):
                services.follow(request.user, topic)
            for topic in set(followed_topics) - chosen:
                services.unfollow(request.user, topic)
            services.remember_language(request.user, get_language())
        messages.success(request, _("The topics you follow are saved."))
        return redirect("following:index")
    return render(
        request,
        "following/index.html",
        {
            "organisations": [f for f in follows if f.organisation_id],
            "causes": [f for f in follows if f.cause_id],
            "form": form,
            "preferences": services.preferences(request.user),
        },
    )


@permitted(methods=["GET", "HEAD"])
def notifications(request):
    """The newest first, a page at a time; the unread are marked, then read.
    They are read before the page is rendered, so that its account menu no
    longer counts them (the page, loaded already, still marks them new)."""
    page = Paginator(
        Notification.objects.filter(user=request.user).for_list(), PER_PAGE
    ).get_page(request.GET.get("page"))
    unread = [n.pk for n in page if not n.is_read]
    if unread:
        services.mark_read(request.user, Notification.objects.filter(pk__in=unread))
    return render(
        request,
        "following/notifications.html",
        {"page_obj": page, "notifications": page.object_list, "unread": unread},
    )


def kinds_for(user):
    kinds = [
        kind for kind in Notification.Kind if kind not in Notification.FOR_COORDINATORS
    ]
    if is_coordinator(user):
        kinds += list(Notification.FOR_COORDINATORS)
    return [str(kind) for kind in kinds]


@permitted(methods=["GET", "HEAD", "POST"])
def preferences(request):
    prefs = services.preferences(request.user)
    form = PreferencesForm(
        request.POST if request.method == "POST" else None,
        preferences=prefs,
        kinds=kinds_for(request.user),
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        services.remember_language(request.user, get_language())
        messages.success(request, _("Your choices are saved."))
        return redirect("following:settings")
    return render(request, "following/settings.html", {"form": form})


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """Stop the weekly digest, without signing in: the secret token in the
    e-mail is the authentication, so a mail client's one-click POST
    (RFC 8058), which has no CSRF token, is taken."""
    prefs = Preferences.objects.filter(digest_token=token).first()
    if request.method == "POST":
        if prefs is not None and prefs.weekly_digest:
            prefs.weekly_digest = False
            prefs.save(update_fields=["weekly_digest"])
        if request.POST.get("List-Unsubscribe") == "One-Click":
            return HttpResponse(status=200)
    if request.method == "POST" or prefs is None:
        return render(request, "following/unsubscribed.html", {"known": prefs})
    return render(request, "following/unsubscribe.html", {"preferences": prefs})

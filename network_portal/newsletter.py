"""The network's newsletter, without an account: signing up with double
opt-in, confirming by POST (mail scanners follow links), and unsubscribing
from a page or with one click from the mail client (RFC 8058), which deletes
the address."""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from django.views.generic import FormView

from infrastructure.pagecache import SameForEveryone
from infrastructure.ratelimit import rate_limited
from infrastructure.unsubscribe import unsubscribe_headers
from network_portal.models import Subscriber

# A form sent again for the same address within this time mails nothing.
MAIL_INTERVAL = timedelta(minutes=10)


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        error_messages={"required": _("Please enter your e-mail address.")},
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the network keeps my e-mail address to send me its "
            "news, as the privacy notice explains. I can unsubscribe at any time."
        ),
        error_messages={
            "required": _("Please agree, so that we may send you the news.")
        },
    )


def _absolute(request, name, token):
    return request.build_absolute_uri(reverse(name, args=[token]))


def send(*, subscriber, template, context, language):
    """One e-mail about the subscription, in `language`; once the address is
    confirmed it carries the one-click unsubscribe headers."""
    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context)
        body = render_to_string(f"{template}_message.txt", context)
    headers = unsubscribe_headers(context["unsubscribe_url"])
    EmailMessage(
        " ".join(subject.split()),
        body,
        to=[subscriber.email],
        headers=headers if subscriber.is_confirmed else None,
    ).send()


def subscribe(*, email, request):
    """Record a sign-up and mail the address: a link to confirm, or, when it
    is confirmed already, a reminder of how to unsubscribe. The caller learns
    nothing of which; an address is mailed at most once per MAIL_INTERVAL."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    now = timezone.now()
    with transaction.atomic():
        subscriber = (
            Subscriber.objects.select_for_update().filter(email__iexact=email).first()
        )
        if subscriber is None:
            try:
                with transaction.atomic():
                    subscriber = Subscriber.objects.create(
                        email=email, language=language
                    )
            except IntegrityError:  # the same address, a moment earlier
                return
        elif subscriber.mailed_at and now - subscriber.mailed_at < MAIL_INTERVAL:
            return
        if not subscriber.is_confirmed:
            subscriber.language = language
        subscriber.mailed_at = now
        subscriber.save(update_fields=["language", "mailed_at"])
        context = {
            "confirm_url": _absolute(request, "newsletter_confirm", subscriber.token),
            "unsubscribe_url": _absolute(
                request, "newsletter_unsubscribe", subscriber.token
            ),
        }
        template = (
            "network_portal/email/newsletter_subscribed"
            if subscriber.is_confirmed
            else "network_portal/email/newsletter_confirm"
        )
        transaction.on_commit(
            lambda: send(
                subscriber=subscriber,
                template=template,
                context=context,
                language=language,
            )
        )


class NewsletterView(SameForEveryone, FormView):
    """The sign-up page: the same for everyone, its form's CSRF token filled
    in for each visitor by the page cache."""

    form_class = SubscribeForm
    template_name = "network_portal/newsletter/subscribe.html"

    def post(self, request, *args, **kwargs):
        if rate_limited(request, "newsletter"):
            response = render(request, "429.html", status=429)
            response["Retry-After"] = str(settings.RATE_LIMITS_RETRY_AFTER)
            return response
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        subscribe(email=form.cleaned_data["email"], request=self.request)
        messages.success(
            self.request,
            _(
                "Thank you. We have sent an e-mail to this address: open the "
                "link in it to confirm your subscription."
            ),
        )
        return redirect("newsletter")


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """Confirm a subscription: the link shows a button, and only pressing
    it (a POST) confirms."""
    subscriber = get_object_or_404(Subscriber, token=token)
    if request.method == "POST":
        if not subscriber.is_confirmed:
            subscriber.confirmed_at = timezone.now()
            subscriber.save(update_fields=["confirmed_at"])
        messages.success(request, _("Your subscription is confirmed. Thank you."))
        return redirect("newsletter")
    return render(
        request, "network_portal/newsletter/confirm.html", {"subscriber": subscriber}
    )


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """Unsubscribe, which deletes the address. The secret token is the
    authentication, so the view takes POSTs without a CSRF token: a mail
    client's one-click POST (RFC 8058) has none."""
    subscriber = Subscriber.objects.filter(token=token).first()
    if request.method == "POST":
        if subscriber is not None:
            subscriber.delete()
        if request.POST.get("List-Unsubscribe") == "One-Click":
            return HttpResponse(status=200)
    if subscriber is None or request.method == "POST":
        return render(request, "network_portal/newsletter/unsubscribed.html")
    return render(
        request,
        "network_portal/newsletter/unsubscribe.html",
        {"subscriber": subscriber},
    )

"""What the site keeps about a person (GDPR): the newsletter subscription of
their account's address, made without the account but the same person's."""

from django.utils.translation import gettext_lazy as _

from infrastructure.personaldata import when
from network_portal.models import Subscriber

NOTICE = [
    (
        _(
            "E-mail address and language of a newsletter subscriber, when they "
            "signed up and confirmed"
        ),
        _("Sending you the network's news by e-mail"),
        _("Your consent, which you can withdraw at any time (Art. 6(1)(a))"),
    ),
    (
        _("Technical logs (IP address, time of request)"),
        _("Security of the portal and limits on sign-in attempts"),
        _("Legitimate interest (Art. 6(1)(f))"),
    ),
]


def export(user):
    subscriber = Subscriber.objects.filter(email__iexact=user.email).first()
    if subscriber is None:
        return {"newsletter": None}
    return {
        "newsletter": {
            "email": subscriber.email,
            "language": subscriber.language,
            "signed_up": when(subscriber.created_at),
            "confirmed": when(subscriber.confirmed_at),
        }
    }

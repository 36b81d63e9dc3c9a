"""What the site keeps about a person (GDPR): the newsletter subscription of
their account's address, made without the account but the same person's."""

from infrastructure.personaldata import when
from network_portal.models import Subscriber


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

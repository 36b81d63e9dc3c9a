"""What following keeps about a person (GDPR): what they follow, what the
site told them, how they want to be told and the digests sent; all of it
goes with the account (the keys cascade)."""

from django.utils.translation import gettext_lazy as _

from following.models import DigestSent, Follow, Notification, Preferences
from infrastructure.personaldata import when

NOTICE = [
    (
        _(
            "The organisations, causes and topics you follow, your notifications "
            "and how you want to be told, the weeks we sent you a digest"
        ),
        _(
            "Telling you what happens to what you follow and to what you "
            "publish, on the site and by e-mail"
        ),
        _("Your consent, which you can withdraw at any time (Art. 6(1)(a))"),
    ),
]


def export(user):
    prefs = Preferences.objects.filter(user=user).first()
    return {
        "following": [
            {
                "kind": next(
                    k
                    for k in ("organisation", "cause", "topic")
                    if getattr(f, f"{k}_id")
                ),
                "name": str(f.target),
                "since": when(f.created_at),
            }
            for f in Follow.objects.filter(user=user).select_related(
                "organisation", "cause", "topic"
            )
        ],
        "notifications": [
            {
                "kind": n.kind,
                "text": str(n.text),
                "when": when(n.created_at),
                "read": when(n.read_at),
            }
            for n in Notification.objects.filter(user=user).for_list()
        ],
        "notification_settings": prefs
        and {
            "language": prefs.language,
            "off_in_site": prefs.off_in_site,
            "off_by_email": prefs.off_by_email,
            "weekly_digest": prefs.weekly_digest,
        },
        "digests_sent": [
            {"week": d.week.isoformat(), "sent": when(d.sent_at)}
            for d in DigestSent.objects.filter(user=user).order_by("week")
        ],
    }

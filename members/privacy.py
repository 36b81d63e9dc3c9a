"""A person's rights over their data (GDPR): everything the portal keeps
about them, in one open document, and the deletion of their account.

What a person did for an organisation (its profile, activities, causes) is
the organisation's and stays when the person goes; what is the person's own
(their account, roles, supports, registrations, reports) goes with them; what
they wrote in a discussion stays, without their name.
"""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from causes.models import Comment, CommentReport, Support
from events import services as events
from events.models import Registration
from members.models import Application, Invitation, Organisation, Role


def _when(value):
    return value.isoformat() if value else None


def personal_data(user):
    """Everything the portal keeps about the person, as plain JSON values."""
    return {
        "exported_at": _when(timezone.now()),
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "joined": _when(user.date_joined),
            "last_signed_in": _when(user.last_login),
            "two_factor": Authenticator.objects.filter(user=user).exists(),
        },
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        "roles": [
            {"organisation": r.organisation.name, "role": r.kind}
            for r in Role.objects.filter(user=user).select_related("organisation")
        ],
        "supported_causes": [
            {"cause": s.cause.title, "since": _when(s.created_at)}
            for s in Support.objects.filter(user=user).select_related("cause")
        ],
        "comments": [
            {
                "cause": c.cause.title,
                "name_shown": c.author_name,
                "on_behalf_of": c.organisation.name if c.organisation else None,
                "comment": c.body,
                "written": _when(c.created_at),
                "state": c.state,
            }
            for c in Comment.objects.filter(author=user).select_related(
                "cause", "organisation"
            )
        ],
        # Which comment, but not its words: they are another person's.
        "reported_comments": [
            {
                "cause": r.comment.cause.title,
                "comment_written": _when(r.comment.created_at),
                "why": r.reason,
                "when": _when(r.created_at),
            }
            for r in CommentReport.objects.filter(user=user).select_related(
                "comment__cause"
            )
        ],
        "meeting_registrations": [
            {
                "meeting": r.meeting.title,
                "starts": _when(r.meeting.starts_at),
                "name": r.name,
                "email": r.email,
                "for_organisation": r.organisation.name if r.organisation else None,
                "status": r.status,
                "registered": _when(r.created_at),
            }
            for r in Registration.objects.filter(user=user).select_related(
                "meeting", "organisation"
            )
        ],
        "applications_to_join": [
            {
                "organisation": a.name,
                "contact_name": a.contact_name,
                "contact_email": a.contact_email,
                "phone": a.phone,
                "status": a.status,
                "submitted": _when(a.submitted_at),
            }
            for a in Application.objects.filter(contact_email__iexact=user.email)
        ],
        "invitations_received": [
            {
                "organisation": i.organisation.name,
                "role": i.role,
                "sent": _when(i.created_at),
                "accepted": _when(i.accepted_at),
            }
            for i in Invitation.objects.filter(email__iexact=user.email).select_related(
                "organisation"
            )
        ],
        "newsletter": _newsletter(user),
        **_following(user),
    }


def _following(user):
    """What the person follows, what the site told them and how they want
    to be told (the following app is above this one)."""
    from following.models import DigestSent, Follow, Notification, Preferences

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
                "since": _when(f.created_at),
            }
            for f in Follow.objects.filter(user=user).select_related(
                "organisation", "cause", "topic"
            )
        ],
        "notifications": [
            {
                "kind": n.kind,
                "text": str(n.text),
                "when": _when(n.created_at),
                "read": _when(n.read_at),
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
            {"week": d.week.isoformat(), "sent": _when(d.sent_at)}
            for d in DigestSent.objects.filter(user=user).order_by("week")
        ],
    }


def _newsletter(user):
    """The subscription to the newsletter of the account's address, if any:
    made without the account, but the same person's."""
    # The newsletter is the site's (network_portal), above this app.
    from network_portal.models import Subscriber

    subscriber = Subscriber.objects.filter(email__iexact=user.email).first()
    if subscriber is None:
        return None
    return {
        "email": subscriber.email,
        "language": subscriber.language,
        "signed_up": _when(subscriber.created_at),
        "confirmed": _when(subscriber.confirmed_at),
    }


def sole_editor_of(user):
    """The organisations that have no other editor than the person: they
    would be left without one."""
    others = Role.objects.filter(
        organisation=OuterRef("pk"), kind=Role.Kind.EDITOR
    ).exclude(user=user)
    return list(
        Organisation.objects.filter(roles__user=user, roles__kind=Role.Kind.EDITOR)
        .exclude(Exists(others))
        .order_by("name")
    )


def delete_account(user, *, request):
    """Deletes the person and what is theirs alone, in one transaction: their
    places at coming meetings are freed first, for the waiting list; their
    comments stay, without their name."""
    with transaction.atomic():
        for registration in Registration.objects.filter(user=user).active():
            if not registration.meeting.is_past:
                events.cancel(registration=registration, request=request)
        Comment.objects.filter(author=user).update(author=None, author_name="")
        Invitation.objects.filter(email__iexact=user.email).delete()
        for role in Role.objects.filter(user=user):
            # The roles' history records who held them, but not who deleted
            # them: that person is gone.
            role._history_user = None
            role.delete()
        # Supports, registrations, reports, e-mail addresses and
        # authenticators go with the account (their keys cascade).
        user.delete()

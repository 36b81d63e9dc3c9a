"""What the registry keeps about a person (GDPR): their account, addresses,
roles, applications and invitations; and what goes when they delete their
account. The other apps declare their own (`infrastructure.personaldata`).

What a person did for an organisation (its profile, activities) is the
organisation's and stays when the person goes; their roles and invitations
go with them.
"""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from infrastructure.personaldata import when
from members.models import Application, Invitation, Organisation, Role

NOTICE = [
    (
        _("E-mail address, password (stored only as a hash), name if you give it"),
        _("Your account: signing in, confirming your address, resetting your password"),
        _("Contract (Art. 6(1)(b) GDPR)"),
    ),
    (
        _("Name, e-mail and phone of the contact person in an application to join"),
        _("Deciding on the application and inviting the contact person"),
        _("Steps at your request before membership (Art. 6(1)(b) GDPR)"),
    ),
    (
        _("Your role for a member organisation"),
        _("Letting you edit your organisation's profile and reports"),
        _("Legitimate interest of the network and its members (Art. 6(1)(f))"),
    ),
]


def export(user):
    return {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "joined": when(user.date_joined),
            "last_signed_in": when(user.last_login),
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
        "applications_to_join": [
            {
                "organisation": a.name,
                "contact_name": a.contact_name,
                "contact_email": a.contact_email,
                "phone": a.phone,
                "status": a.status,
                "submitted": when(a.submitted_at),
            }
            for a in Application.objects.filter(contact_email__iexact=user.email)
        ],
        "invitations_received": [
            {
                "organisation": i.organisation.name,
                "role": i.role,
                "sent": when(i.created_at),
                "accepted": when(i.accepted_at),
            }
            for i in Invitation.objects.filter(email__iexact=user.email).select_related(
                "organisation"
            )
        ],
    }


def erase(user, *, request):
    """Invitations and roles go; e-mail addresses and authenticators go with
    the account (their keys cascade)."""
    Invitation.objects.filter(email__iexact=user.email).delete()
    for role in Role.objects.filter(user=user):
        # The roles' history records who held them, but not who deleted
        # them: that person is gone.
        role._history_user = None
        role.delete()


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

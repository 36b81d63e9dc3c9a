"""Registry workflows that span models or send mail: deciding applications,
inviting people and accepting invitations."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from infrastructure.ratelimit import allow
from members import signals
from members.models import Application, Invitation, Organisation, Role


class InvitationError(Exception):
    """An invitation that cannot be accepted; the message says why."""


def mail(*, template, to, context, language):
    """Send `template`_subject.txt and `template`_message.txt, rendered in
    `language`."""
    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context)
        body = render_to_string(f"{template}_message.txt", context)
    send_mail(" ".join(subject.split()), body, None, to)


APPLICATIONS_PER_HOUR = 5
# The invitation a person opened before signing up or in, in their session.
INVITATION_SESSION_KEY = "members:invitation"


def may_apply(*, client):
    """At most a few applications an hour from one address: each one mails
    every coordinator."""
    return allow("applications", client, limit=APPLICATIONS_PER_HOUR, period=3600)


def acknowledge_application(*, application, request):
    """Thank the applicant and tell the coordinators, once it is saved."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    transaction.on_commit(
        lambda: mail(
            template="members/email/application_acknowledged",
            to=[application.contact_email],
            context={"application": application},
            language=language,
        )
    )
    notify_coordinators_of_application(application=application, request=request)


def notify_coordinators_of_application(*, application, request):
    """Tell the coordinators that an application waits for their decision."""
    recipients = signals.addresses(
        signals.application_waits.send(
            Application, application=application, request=request
        )
    )
    if not recipients:
        return
    url = request.build_absolute_uri(
        f"/admin/members/application/{application.pk}/change/"
    )
    transaction.on_commit(
        lambda: mail(
            template="members/email/application_received",
            to=recipients,
            context={"application": application, "url": url},
            language=settings.LANGUAGE_CODE,
        )
    )


def invite(*, organisation, email, role=Role.Kind.EDITOR, invited_by, request):
    """Invite a person by e-mail to act for an organisation; the mail goes out
    once the invitation is saved."""
    with transaction.atomic():
        Invitation.objects.pending().filter(
            organisation=organisation, email__iexact=email, role=role
        ).update(expires_at=timezone.now())
        invitation = Invitation.objects.create(
            organisation=organisation, email=email, role=role, invited_by=invited_by
        )
    language = translation.get_language() or settings.LANGUAGE_CODE
    context = {
        "invitation": invitation,
        "url": request.build_absolute_uri(invitation.get_absolute_url()),
    }
    transaction.on_commit(
        lambda: mail(
            template="members/email/invitation",
            to=[email],
            context=context,
            language=language,
        )
    )
    return invitation


@transaction.atomic
def approve_application(*, application, by, request):
    """Create the organisation an application describes and invite its contact."""
    application = Application.objects.select_for_update().get(pk=application.pk)
    if not application.is_pending:
        raise ValueError("Only a pending application can be approved.")
    municipality = application.municipality
    organisation = Organisation(
        name=application.name,
        name_bg=application.name,
        kind=application.kind,
        eik=application.eik or None,
        status=Organisation.Status.MEMBER,
        joined_on=timezone.localdate(),
        region=municipality.region,
        municipality=municipality,
        settlement=application.settlement,
        settlement_bg=application.settlement,
        email=application.contact_email,
        phone=application.phone,
        website=application.website,
        description=application.description,
        description_bg=application.description,
    )
    organisation.full_clean()
    organisation.save()
    organisation.topics.set(application.topics.all())
    application.status = Application.Status.APPROVED
    application.organisation = organisation
    application.decided_by = by
    application.decided_at = timezone.now()
    application.save()
    invite(
        organisation=organisation,
        email=application.contact_email,
        invited_by=by,
        request=request,
    )
    return organisation


@transaction.atomic
def decline_application(*, application, by, note=""):
    application = Application.objects.select_for_update().get(pk=application.pk)
    if not application.is_pending:
        raise ValueError("Only a pending application can be declined.")
    application.status = Application.Status.DECLINED
    application.decided_by = by
    application.decided_at = timezone.now()
    application.decision_note = note
    application.save()
    return application


@transaction.atomic
def accept_invitation(*, invitation, user):
    """Give the person the role the invitation offers; the invitation's address
    is theirs now, verified by the link that reached it."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at is not None:
        raise InvitationError("accepted")
    if invitation.is_expired:
        raise InvitationError("expired")
    role, _ = Role.objects.get_or_create(
        user=user, organisation=invitation.organisation, kind=invitation.role
    )
    address = EmailAddress.objects.filter(user=user, email__iexact=invitation.email)
    address.update(verified=True)
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    return role

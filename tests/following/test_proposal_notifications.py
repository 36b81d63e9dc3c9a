"""Proposals to institutions, told: those who follow the proposal's cause
and the cause's editors hear when it is sent and when the institution
answers, but not the person who recorded it; in the site and by e-mail as
each chose; and the weekly digest lists them."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone, translation

from causes.models import Cause, Proposal
from following.digest import send_digests
from following.models import Follow, Notification, Preferences
from following.privacy import export
from following.services import muted
from members.models import Institution, Role
from tests.factories import OrganisationFactory, RoleFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def told(django_capture_on_commit_callbacks):
    """Runs what waits for the commit, and gives the e-mails."""

    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            result = action()
        return result

    return run


@pytest.fixture
def institution(db):
    return Institution.objects.create(
        name="Община Стара Загора", slug="obshtina-stara-zagora", kind="municipality"
    )


@pytest.fixture
def colleague(organisation):
    """Another editor of the organisation whose cause it is: records it."""
    user = UserFactory(email="colleague@example.org")
    RoleFactory(user=user, organisation=organisation, kind=Role.Kind.EDITOR)
    return user


@pytest.fixture
def follower(cause):
    """Follows the cause, reads in English, wants it all by e-mail."""
    user = UserFactory(email="follower@example.org")
    Follow.objects.create(user=user, cause=cause)
    Preferences.objects.create(user=user, language="en")
    return user


@pytest.fixture
def other_cause(other_organisation):
    return Cause.objects.create(
        proposed_by=other_organisation,
        title="Чиста река",
        title_bg="Чиста река",
        title_en="A clean river",
        summary_bg="Без отпадъци в Бедечка.",
    )


@pytest.fixture
def follower_elsewhere(other_cause):
    """Follows another cause only."""
    user = UserFactory(email="elsewhere@example.org")
    Follow.objects.create(user=user, cause=other_cause)
    return user


def propose(*, institution, organisation, cause, by, **fields):
    fields.setdefault("title_bg", "Рампа пред общината")
    fields.setdefault("title_en", "A ramp at the town hall")
    return Proposal.objects.create(
        institution=institution,
        organisation=organisation,
        cause=cause,
        summary_bg="Да се построи рампа.",
        sent_on=timezone.localdate() - timedelta(days=3),
        recorded_by=by,
        **fields,
    )


@pytest.fixture
def sent(told, institution, organisation, cause, colleague):
    """A proposal for the cause, recorded by one of its editors."""

    def send(**fields):
        fields.setdefault("cause", cause)
        fields.setdefault("organisation", organisation)
        return told(
            lambda: propose(
                institution=institution, by=fields.pop("by", colleague), **fields
            )
        )

    return send


def answer(proposal, *, by, outcome=Proposal.Outcome.ACCEPTED):
    """As the answer's form does: the whole proposal saved, no update_fields."""
    proposal.outcome = outcome
    proposal.answered_on = timezone.localdate() if outcome != "no_answer" else None
    proposal.answer_recorded_by = by
    proposal.save()


def kinds(user):
    return [n.kind for n in Notification.objects.filter(user=user).order_by("pk")]


def test_a_proposal_sent_is_told_to_its_causes_followers_and_editors(
    sent,
    organisation,
    cause,
    owner,
    colleague,
    follower,
    follower_elsewhere,
    other_member,
    outsider,
):
    proposal = sent()

    assert kinds(follower) == ["proposal_sent"]
    assert kinds(owner) == ["proposal_sent"]  # an editor of the cause
    assert kinds(colleague) == []  # recorded it
    assert kinds(follower_elsewhere) == []
    assert kinds(other_member) == []
    assert kinds(outsider) == []
    notification = Notification.objects.get(user=follower)
    assert notification.cause == cause
    assert notification.proposal == proposal
    with translation.override("en"):
        assert notification.text == (
            f"{organisation.name_en} sent “A ramp at the town hall” to "
            "Община Стара Загора for the cause “An accessible town”."
        )
        assert notification.get_absolute_url() == proposal.get_absolute_url()


def test_each_is_told_once_though_both_follower_and_editor(sent, cause, owner):
    Follow.objects.create(user=owner, cause=cause)

    sent()

    assert kinds(owner) == ["proposal_sent"]


def test_it_is_told_once_committed(
    django_capture_on_commit_callbacks, institution, organisation, cause, follower
):
    with django_capture_on_commit_callbacks(execute=False) as waiting:
        propose(
            institution=institution, organisation=organisation, cause=cause, by=None
        )
        # The form's co-signers are saved after the proposal itself.
        assert not Notification.objects.exists()

    for callback in waiting:
        callback()
    assert kinds(follower) == ["proposal_sent"]


def test_those_who_want_it_by_e_mail_get_it_in_their_language(sent, follower, owner):
    proposal = sent()

    by_address = {message.to[0]: message for message in mail.outbox}
    assert sorted(by_address) == ["follower@example.org", "owner@example.org"]
    message = by_address["follower@example.org"]
    assert "sent “A ramp at the town hall” to Община Стара Загора" in message.body
    assert "for the cause “An accessible town”." in message.body
    with translation.override("en"):
        assert proposal.get_absolute_url() in message.body
    assert "/en/dashboard/notifications/settings/" in message.body


def test_a_kind_switched_off_by_e_mail_is_shown_in_the_site_only(sent, follower):
    Preferences.objects.filter(user=follower).update(off_by_email=["proposal_sent"])

    sent()

    assert kinds(follower) == ["proposal_sent"]
    assert "follower@example.org" not in [m.to[0] for m in mail.outbox]


def test_a_proposal_without_a_cause_tells_no_one(sent, follower, owner):
    proposal = sent(cause=None)
    answer(proposal, by=None)

    assert not Notification.objects.exists()
    assert mail.outbox == []


def test_a_proposal_the_public_does_not_see_tells_no_one(sent, follower):
    applicant = OrganisationFactory(status="applicant")

    sent(organisation=applicant)

    assert not Notification.objects.exists()


def test_the_answer_is_told_once_but_not_to_whoever_recorded_it(
    sent, told, owner, colleague, follower, follower_elsewhere
):
    proposal = sent()
    Notification.objects.all().delete()
    mail.outbox.clear()

    told(lambda: answer(proposal, by=owner))

    assert kinds(follower) == ["proposal_answered"]
    assert kinds(colleague) == ["proposal_answered"]
    assert kinds(owner) == []  # recorded the answer
    assert kinds(follower_elsewhere) == []
    notification = Notification.objects.get(user=follower)
    assert notification.proposal == proposal
    with translation.override("en"):
        assert notification.text == (
            "Община Стара Загора answered “A ramp at the town hall”: accepted."
        )
        assert notification.get_absolute_url() == proposal.get_absolute_url()
    assert sorted(m.to[0] for m in mail.outbox) == [
        "colleague@example.org",
        "follower@example.org",
    ]
    (message,) = [m for m in mail.outbox if m.to == ["follower@example.org"]]
    assert "answered “A ramp at the town hall”: accepted." in message.body

    # Saved again, or its answer corrected: no one is told again.
    told(lambda: answer(proposal, by=owner))
    told(lambda: answer(proposal, by=owner, outcome=Proposal.Outcome.PARTLY))
    told(lambda: Proposal.objects.get(pk=proposal.pk).save())

    assert kinds(follower) == ["proposal_answered"]
    assert Notification.objects.count() == 2
    assert len(mail.outbox) == 2


def test_no_answer_is_not_an_answer(sent, told, follower):
    proposal = sent()

    told(lambda: answer(proposal, by=None, outcome=Proposal.Outcome.NO_ANSWER))

    assert kinds(follower) == ["proposal_sent"]


def test_other_changes_of_a_proposal_tell_no_one(sent, told, follower):
    proposal = sent()

    proposal.registration_number = "94-00-123"
    told(proposal.save)
    told(lambda: proposal.save(update_fields=["reminded_on"]))

    assert kinds(follower) == ["proposal_sent"]


def test_a_proposal_recorded_with_its_answer_tells_both(sent, follower, owner):
    sent(
        outcome=Proposal.Outcome.REJECTED,
        answered_on=timezone.localdate(),
        answer_recorded_by=owner,
    )

    assert kinds(follower) == ["proposal_sent", "proposal_answered"]
    assert kinds(owner) == ["proposal_sent"]  # recorded the answer


def test_fixtures_tell_no_one(told, institution, organisation, cause, follower):
    proposal = Proposal(
        institution=institution,
        organisation=organisation,
        cause=cause,
        title="Рампа",
        title_bg="Рампа",
        slug="rampa",
        summary="Рампа.",
        summary_bg="Рампа.",
        sent_on=timezone.localdate(),
        due_on=timezone.localdate() + timedelta(days=60),
        created_at=timezone.now(),
        updated_at=timezone.now(),
    )
    told(lambda: proposal.save_base(raw=True))
    proposal.outcome = Proposal.Outcome.ACCEPTED
    proposal.answered_on = timezone.localdate()
    told(lambda: proposal.save_base(raw=True))

    assert not Notification.objects.exists()


def test_the_demo_seeding_tells_no_one(sent, told, follower):
    with muted():
        proposal = sent()
        told(lambda: answer(proposal, by=None))

    assert not Notification.objects.exists()
    assert mail.outbox == []


def test_the_list_settings_and_export_know_the_new_kinds(sent, told, follower):
    proposal = sent()
    told(lambda: answer(proposal, by=None))
    client = Client()
    client.force_login(follower)

    page = client.get("/en/dashboard/notifications/").text
    settings_form = client.get("/en/dashboard/notifications/settings/").text

    assert "sent “A ramp at the town hall” to Община Стара Загора" in page
    assert "Община Стара Загора answered “A ramp at the town hall”" in page
    assert 'name="proposal_sent__by_email"' in settings_form
    assert 'name="proposal_answered__in_site"' in settings_form
    with translation.override("en"):
        texts = [n["text"] for n in export(follower)["notifications"]]
    assert len(texts) == 2
    assert any("answered “A ramp at the town hall”: accepted." in t for t in texts)


def test_the_digest_lists_proposals_sent_and_answered_for_what_one_follows(
    sent, told, follower, other_cause, other_organisation
):
    answered = sent(title_en="An answered proposal")
    told(lambda: answer(answered, by=None))
    sent(title_en="A new proposal", title_bg="Ново предложение")
    sent(
        cause=other_cause,
        organisation=other_organisation,
        title_bg="Чуждо предложение",
        title_en="Someone else's proposal",
    )
    co_signed = sent(
        cause=other_cause,
        organisation=other_organisation,
        title_bg="Заедно с друга",
        title_en="Signed with a followed organisation",
    )
    followed = OrganisationFactory()
    co_signed.co_signers.add(followed)
    Follow.objects.create(user=follower, organisation=followed)

    assert send_digests() == 1
    body = mail.outbox[-1].body

    assert "== Proposals to institutions, sent and answered ==" in body
    assert "A new proposal — " in body
    assert ": awaiting an answer" in body
    assert "An answered proposal — " in body
    assert "→ Община Стара Загора: accepted" in body
    assert "Signed with a followed organisation — " in body
    assert "Someone else's proposal" not in body

"""Factories for the portal's models."""

import base64
import hashlib
import hmac
import struct
from datetime import timedelta

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from django.utils import timezone

from members.eik import is_valid_eik
from members.models import (
    Activity,
    Application,
    Indicator,
    Invitation,
    Organisation,
    Place,
    Practice,
    Result,
    Role,
    Topic,
)
from mutual_help.models import HelpItem, Response

PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory):
    """A person with a verified e-mail address who can sign in."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def verified_email(user, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.create(
                user=user,
                email=user.email,
                primary=True,
                verified=extracted is not False,
            )


def totp_authenticator(user):
    """Turns on an authenticator app for the person, as allauth does when they
    activate one; returns the secret the app keeps."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def totp_code(secret, at):
    """The code an authenticator app shows at a time (RFC 6238: HMAC-SHA1,
    30-second steps, six digits)."""
    key = base64.b32decode(secret + "=" * (-len(secret) % 8), casefold=True)
    digest = hmac.new(key, struct.pack(">Q", int(at) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def valid_eik(n):
    """The n-th 9-digit ЕИК with a right check digit."""
    number = 100_000_000 + n * 10
    while not is_valid_eik(str(number)):
        number += 1
    return str(number)


def place(slug):
    return Place.objects.get(slug=slug)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Сдружение „Пример {n}“")
    name_bg = factory.SelfAttribute("name")
    name_en = factory.Sequence(lambda n: f"Example Association {n}")
    kind = Organisation.Kind.ASSOCIATION
    benefit = Organisation.Benefit.PUBLIC
    eik = factory.Sequence(valid_eik)
    status = Organisation.Status.MEMBER
    joined_on = factory.Faker("date_between", start_date="-3y", end_date="today")
    region = factory.LazyFunction(lambda: Place.objects.get(code="BG-24"))
    municipality = factory.LazyFunction(lambda: place("stara-zagora"))
    settlement_bg = factory.LazyAttribute(lambda o: o.municipality.name_bg)
    email = factory.Sequence(lambda n: f"organisation{n}@example.org")
    description_bg = "Работим за общността."

    class Params:
        informal = factory.Trait(
            kind=Organisation.Kind.INFORMAL_GROUP, eik=None, benefit=""
        )

    @factory.post_generation
    def topics(organisation, create, extracted, **kwargs):
        if create and extracted:
            organisation.topics.set(extracted)


class RoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Role

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    kind = Role.Kind.EDITOR


class InvitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Invitation

    email = factory.Sequence(lambda n: f"invited{n}@example.org")
    organisation = factory.SubFactory(OrganisationFactory)
    role = Role.Kind.EDITOR


class ApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Application

    name = factory.Sequence(lambda n: f"Сдружение „Кандидат {n}“")
    kind = Organisation.Kind.ASSOCIATION
    eik = factory.Sequence(lambda n: valid_eik(5000 + n))
    municipality = factory.LazyFunction(lambda: place("kazanlak"))
    settlement = "Казанлък"
    contact_name = "Петя Колева"
    contact_email = factory.Sequence(lambda n: f"applicant{n}@example.org")
    description = "Клуб за четене."
    consent = True


def topic(slug):
    return Topic.objects.get(slug=slug)


class ActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Activity
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: f"Дейност {n}")
    title_bg = factory.SelfAttribute("title")
    title_en = factory.Sequence(lambda n: f"Activity {n}")
    summary_bg = "Кратко описание."
    summary_en = "A short summary."
    kind = Activity.Kind.EVENT
    starts_on = factory.Faker("date_between", start_date="-1y", end_date="today")
    state = Activity.State.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)

    class Params:
        draft = factory.Trait(state=Activity.State.DRAFT, published_at=None)

    @factory.post_generation
    def topics(activity, create, extracted, **kwargs):
        if create and extracted:
            activity.topics.set(extracted)


class ResultFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Result

    activity = factory.SubFactory(ActivityFactory)
    indicator = factory.LazyFunction(
        lambda: Indicator.objects.get(slug="people-reached")
    )
    value = 100


def indicator(slug):
    return Indicator.objects.get(slug=slug)


class PracticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Practice
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: f"Практика {n}")
    title_bg = factory.SelfAttribute("title")
    title_en = factory.Sequence(lambda n: f"Practice {n}")
    summary_bg = "Кратко описание на практиката."
    summary_en = "A short summary of the practice."
    problem_bg = "Проблемът."
    approach_bg = "1. Първа стъпка.\n2. Втора стъпка."
    state = Practice.State.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)

    class Params:
        draft = factory.Trait(state=Practice.State.DRAFT, published_at=None)

    @factory.post_generation
    def topics(practice, create, extracted, **kwargs):
        if create and extracted:
            practice.topics.set(extracted)


class HelpItemFactory(factory.django.DjangoModelFactory):
    """An open request for volunteers, in twenty days, in Stara Zagora."""

    class Meta:
        model = HelpItem
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory)
    direction = HelpItem.Direction.REQUEST
    kind = HelpItem.Kind.VOLUNTEERS
    title = factory.Sequence(lambda n: f"Доброволци за почистване {n}")
    title_bg = factory.SelfAttribute("title")
    title_en = factory.Sequence(lambda n: f"Volunteers for a clean-up {n}")
    description = "Почистваме парка в събота."
    description_bg = factory.SelfAttribute("description")
    starts_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=20))
    place = factory.LazyFunction(lambda: Place.objects.get(slug="stara-zagora"))

    class Params:
        offer = factory.Trait(direction=HelpItem.Direction.OFFER)

    @factory.post_generation
    def topics(item, create, extracted, **kwargs):
        if create and extracted:
            item.topics.set(extracted)


class ResponseFactory(factory.django.DjangoModelFactory):
    """Another member's answer to a request or an offer, not accepted yet."""

    class Meta:
        model = Response

    item = factory.SubFactory(HelpItemFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    message = "Ще помогнем."

    class Params:
        accepted = factory.Trait(accepted_at=factory.LazyFunction(timezone.now))

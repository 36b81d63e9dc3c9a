"""Rate limits (`infrastructure.ratelimit`): past its count in a window a
client is answered *429* with the site's page and nothing is done; once the
window has run out it is served again. A signed-in person is counted as
themselves, a visitor by their address, and no one else is held back."""

import pytest
from django.conf import settings

from events.models import Registration
from infrastructure import ratelimit
from network_portal.models import Subscriber
from tests.clock import Clock
from tests.events.test_meetings import make_meeting
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# The start of a window of every length the settings use (600 s, 900 s, 1 h).
START = 1_800_000_000


@pytest.fixture
def clock(monkeypatch):
    clock = Clock(START + 1)
    monkeypatch.setattr(ratelimit, "time", clock)
    return clock


@pytest.fixture
def meetings():
    return [make_meeting(title_bg=f"Среща {number}") for number in range(2)]


def register(client, meeting, **extra):
    return client.post(f"/events/{meeting.slug}/register/", **extra)


def registered(person, meeting):
    return Registration.objects.filter(user=person, meeting=meeting).exists()


def use_up(client, meeting, **extra):
    """Register as often as the limit allows; each answer is served."""
    limit, _period = settings.RATE_LIMITS["register"]
    for _ in range(limit):
        assert register(client, meeting, **extra).status_code == 302


def test_past_its_count_a_person_gets_the_429_page_and_nothing_is_done(
    client, clock, meetings, outsider
):
    first, second = meetings
    client.force_login(outsider)
    use_up(client, first)

    response = register(client, second)

    assert response.status_code == 429
    page = response.content.decode()
    assert "Моля, малко по-бавно" in page
    assert "Направихте това много пъти за кратко време." in page
    assert f'href="{second.get_absolute_url()}"' in page
    assert "Обратно към „Среща 1“" in page
    assert int(response["Retry-After"]) > 0
    assert not registered(outsider, second)


def test_the_limit_holds_to_the_end_of_its_window_then_lets_the_person_in(
    client, clock, meetings, outsider
):
    first, second = meetings
    _limit, period = settings.RATE_LIMITS["register"]
    client.force_login(outsider)
    use_up(client, first)

    clock.now = START + period - 1  # the window's last second
    assert register(client, second).status_code == 429
    assert not registered(outsider, second)

    clock.now = START + period  # the next window
    response = register(client, second)

    assert response.status_code == 302
    assert registered(outsider, second)


def test_a_person_is_counted_as_themselves_whatever_their_address(
    client, clock, meetings, outsider
):
    first, second = meetings
    client.force_login(outsider)
    use_up(client, first, REMOTE_ADDR="198.51.100.1")

    response = register(client, second, REMOTE_ADDR="198.51.100.2")

    assert response.status_code == 429
    assert not registered(outsider, second)


def test_another_person_at_the_same_address_is_not_held_back(
    client, clock, meetings, outsider
):
    first, second = meetings
    client.force_login(outsider)
    use_up(client, first, REMOTE_ADDR="198.51.100.1")
    colleague = UserFactory()
    client.force_login(colleague)

    response = register(client, second, REMOTE_ADDR="198.51.100.1")

    assert response.status_code == 302
    assert registered(colleague, second)


# Visitors, by their address: the newsletter's sign-up


def subscribe(client, email, address, **headers):
    return client.post(
        "/newsletter/",
        {"email": email, "consent": "on"},
        REMOTE_ADDR=address,
        headers=headers,
    )


def use_up_sign_ups(client, address):
    limit, _period = settings.RATE_LIMITS["newsletter"]
    for number in range(limit):
        response = subscribe(client, f"reader{number}@example.org", address)
        assert response.status_code == 302


def test_a_visitor_is_limited_by_their_address_and_others_are_served(client, clock):
    use_up_sign_ups(client, "203.0.113.7")

    refused = subscribe(client, "late@example.org", "203.0.113.7")
    other = subscribe(client, "neighbour@example.org", "203.0.113.8")

    assert refused.status_code == 429
    assert "Моля, малко по-бавно" in refused.content.decode()
    assert not Subscriber.objects.filter(email="late@example.org").exists()
    assert other.status_code == 302
    assert Subscriber.objects.filter(email="neighbour@example.org").exists()


def test_a_forged_forwarded_for_header_does_not_reset_the_count(client, clock):
    use_up_sign_ups(client, "203.0.113.7")

    response = subscribe(
        client, "late@example.org", "203.0.113.7", x_forwarded_for="192.0.2.55"
    )

    assert response.status_code == 429
    assert not Subscriber.objects.filter(email="late@example.org").exists()


def use_up_behind_the_proxy(client, address):
    limit, _period = settings.RATE_LIMITS["newsletter"]
    for number in range(limit):
        email = f"reader{number}@example.org"
        response = subscribe(client, email, PROXY, x_forwarded_for=address)
        assert response.status_code == 302


PROXY = "127.0.0.1"


def test_behind_the_proxy_each_visitor_is_counted_by_their_own_address(
    client, clock, settings
):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1  # DJANGO_TRUSTED_PROXIES
    use_up_behind_the_proxy(client, "203.0.113.7")

    refused = subscribe(
        client, "late@example.org", PROXY, x_forwarded_for="203.0.113.7"
    )
    # What the visitor sent comes first; the proxy adds the address it saw.
    forged = subscribe(
        client, "forged@example.org", PROXY, x_forwarded_for="192.0.2.55, 203.0.113.7"
    )
    other = subscribe(
        client, "neighbour@example.org", PROXY, x_forwarded_for="203.0.113.8"
    )

    assert refused.status_code == 429
    assert forged.status_code == 429
    assert other.status_code == 302
    assert Subscriber.objects.filter(email="neighbour@example.org").exists()


def test_a_visitor_signs_up_again_once_the_window_has_run_out(client, clock):
    _limit, period = settings.RATE_LIMITS["newsletter"]
    use_up_sign_ups(client, "203.0.113.7")
    assert subscribe(client, "late@example.org", "203.0.113.7").status_code == 429

    clock.now += period

    response = subscribe(client, "late@example.org", "203.0.113.7")
    assert response.status_code == 302
    assert Subscriber.objects.filter(email="late@example.org").exists()

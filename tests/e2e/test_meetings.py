"""Meetings in a browser: a supporter registers by keyboard, a full meeting
offers its waiting list, and a cancellation in the member area moves the
next person up. axe-core checks every page."""

from datetime import timedelta

import pytest
from django.test import RequestFactory
from django.utils import timezone
from playwright.sync_api import expect

from events import services
from events.models import Meeting, Registration
from tests.e2e.test_foundation import tab_to
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def plan(capacity, title_en):
    starts = timezone.now() + timedelta(days=7)
    return Meeting.objects.create(
        title_bg=title_en,
        title_en=title_en,
        summary_bg="Среща на мрежата.",
        summary_en="A meeting of the network.",
        kind=Meeting.Kind.TRAINING,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        venue_bg="Читалище „Родина“",
        venue_en="Rodina Community Centre",
        capacity=capacity,
    )


def test_a_supporter_registers_by_keyboard_and_cancels(
    site, browser_page, assert_accessible, sign_in
):
    meeting = plan(10, "Advocacy training")
    person = UserFactory()
    page = browser_page
    sign_in(page, person.email)
    page.goto(f"{site.url}/en/events/")
    assert_accessible(page)

    page.get_by_role("link", name="Advocacy training").click()
    assert_accessible(page)
    tab_to(page, "form[action$='/register/'] button")
    page.keyboard.press("Enter")

    expect(page.locator(".message")).to_contain_text("You are registered.")
    expect(page.locator(".profile__facts")).to_contain_text("9 places left of 10.")
    assert_accessible(page)

    page.goto(f"{site.url}/en/dashboard/meetings/")
    expect(page.locator(".dashboard-item")).to_contain_text("Advocacy training")
    assert_accessible(page)
    page.get_by_role("button", name="Cancel").click()
    expect(page.locator(".empty-state")).to_be_visible()
    assert Registration.objects.get(meeting=meeting).status == "cancelled"


def test_a_full_meeting_offers_its_waiting_list_and_moves_people_up(
    site, browser_page, assert_accessible, sign_in
):
    meeting = plan(1, "Open data evening")
    first, second = UserFactory(), UserFactory()
    page = browser_page

    sign_in(page, first.email)
    page.goto(f"{site.url}/en/events/{meeting.slug}/")
    page.get_by_role("button", name="Register").click()
    expect(page.locator(".message")).to_contain_text("You are registered.")
    page.get_by_role("button", name="Sign out").click()

    sign_in(page, second.email)
    page.goto(f"{site.url}/en/events/{meeting.slug}/")
    expect(page.locator(".profile__facts")).to_contain_text("The meeting is full.")
    page.get_by_role("button", name="Join the waiting list").click()
    expect(page.locator(".profile__facts")).to_contain_text(
        "You are on the waiting list."
    )
    assert_accessible(page)

    # The first person cancels: the second moves up.
    registration = Registration.objects.get(meeting=meeting, user=first)
    services.cancel(registration=registration, request=RequestFactory().get("/"))
    page.reload()
    expect(page.locator(".profile__facts")).to_contain_text("You are registered.")

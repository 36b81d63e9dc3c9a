"""A person opens the portal, changes language, signs up, verifies the e-mail,
signs in, turns on two-factor authentication and signs out, by keyboard."""

import re

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.e2e.conftest import totp_code
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


def tab_to(page, selector, limit=60):
    """Press Tab until the element matching selector has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(
            "selector => document.activeElement.matches(selector)", selector
        ):
            return
    pytest.fail(f"{selector} cannot be reached with the Tab key")


def type_into(page, selector, text):
    tab_to(page, selector)
    page.keyboard.type(text)


def test_home_page_in_bulgarian_then_english(site, browser_page, assert_accessible):
    page = browser_page
    page.goto(site.url + "/")

    expect(page.locator("html")).to_have_attribute("lang", "bg")
    expect(page.locator("footer")).to_contain_text("Проектът „Синергия на мрежата“")
    assert_accessible(page)

    tab_to(page, "a[hreflang='en']")
    page.keyboard.press("Enter")

    expect(page).to_have_url(site.url + "/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("footer")).to_contain_text("Open Society Club Stara Zagora")
    assert_accessible(page)


def test_language_switch_keeps_the_page(site, browser_page, assert_accessible):
    page = browser_page
    page.goto(site.url + "/en/about/")
    assert_accessible(page)

    page.get_by_role("link", name="Български").click()

    expect(page).to_have_url(site.url + "/about/")
    expect(page.locator("html")).to_have_attribute("lang", "bg")
    assert_accessible(page)


@pytest.mark.parametrize(
    "prefix, labels",
    [
        ("", {"sign_out": "Изход", "sign_in": "Вход"}),
        ("/en", {"sign_out": "Sign out", "sign_in": "Sign in"}),
    ],
)
def test_person_signs_up_verifies_signs_in_turns_on_two_factor_by_keyboard(
    site, browser_page, assert_accessible, mailoutbox, prefix, labels
):
    page = browser_page
    email = f"person{prefix.strip('/')}@example.org"

    # Sign up.
    page.goto(f"{site.url}{prefix}/accounts/signup/")
    assert_accessible(page)
    type_into(page, "input[name=email]", email)
    type_into(page, "input[name=password1]", PASSWORD)
    type_into(page, "input[name=password2]", PASSWORD)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/accounts/confirm-email/$"))
    assert_accessible(page)

    # Verify the address from the e-mail.
    assert len(mailoutbox) == 1
    link = re.search(r"https?://\S+/confirm-email/\S+/", mailoutbox[0].body).group(0)
    page.goto(link)
    assert_accessible(page)
    tab_to(page, "main button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name=labels["sign_out"])).to_be_visible()

    # Sign out, then sign in again.
    tab_to(page, "header button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.get_by_role("link", name=labels["sign_in"])).to_be_visible()
    page.goto(f"{site.url}{prefix}/accounts/login/")
    assert_accessible(page)
    type_into(page, "input[name=login]", email)
    type_into(page, "input[name=password]", PASSWORD)
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name=labels["sign_out"])).to_be_visible()

    # The page that asks for the password again when a sign-in is old.
    page.goto(f"{site.url}{prefix}/accounts/reauthenticate/")
    assert_accessible(page)
    # Turn on two-factor authentication: just signed in, so a code, not the
    # password again.
    page.goto(f"{site.url}{prefix}/accounts/2fa/totp/activate/")
    expect(page).to_have_url(re.compile(r"/accounts/2fa/totp/activate/$"))
    assert_accessible(page)
    secret = page.inner_text("#authenticator_secret").strip()
    type_into(page, "input[name=code]", totp_code(secret))
    page.keyboard.press("Enter")
    expect(page).not_to_have_url(re.compile(r"/totp/activate/$"))
    assert_accessible(page)
    user = get_user_model().objects.get(email=email)
    assert Authenticator.objects.filter(
        user=user, type=Authenticator.Type.TOTP
    ).exists()

    # Sign out.
    tab_to(page, "header button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.get_by_role("link", name=labels["sign_in"])).to_be_visible()


def test_a_narrow_screen_has_no_horizontal_scrolling(site, browser_page):
    page = browser_page
    page.set_viewport_size({"width": 360, "height": 740})

    for path in ["/", "/en/", "/about/", "/privacy/", "/accounts/login/"]:
        page.goto(site.url + path)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - window.innerWidth"
        )
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"
        expect(page.get_by_role("navigation", name=re.compile("."))).not_to_have_count(
            0
        )

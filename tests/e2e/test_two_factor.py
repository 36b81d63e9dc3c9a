"""Two-factor sign-in in the browser: the password, then the current code of an
authenticator app; a wrong code is refused on the code page; a recovery code
signs in once."""

import re

import pytest
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from playwright.sync_api import expect

from tests.e2e.conftest import totp_code
from tests.factories import PASSWORD, UserFactory, totp_authenticator

pytestmark = pytest.mark.django_db(transaction=True)

EMAIL = "elena@example.org"
CODE_PAGE = re.compile(r"/accounts/2fa/authenticate/$")


@pytest.fixture
def person(site):
    return UserFactory(email=EMAIL)


def enter_password(page, site):
    page.goto(f"{site.url}/accounts/login/")
    page.get_by_label("Имейл").fill(EMAIL)
    page.get_by_label("Парола").fill(PASSWORD)
    page.get_by_role("button", name="Вход").click()
    expect(page).to_have_url(CODE_PAGE)


def enter_code(page, code):
    page.get_by_label("Код").fill(code)
    page.get_by_role("button", name="Вход").click()


def test_password_and_current_code_sign_in(site, browser_page, person):
    page = browser_page
    secret = totp_authenticator(person)
    enter_password(page, site)

    enter_code(page, totp_code(secret))

    expect(page.get_by_role("button", name="Изход")).to_be_visible()
    expect(page).not_to_have_url(CODE_PAGE)


def test_wrong_code_is_refused_on_the_code_page(
    site, browser_page, assert_accessible, person
):
    page = browser_page
    secret = totp_authenticator(person)
    wrong = f"{(int(totp_code(secret)) + 1) % 1_000_000:06d}"
    enter_password(page, site)

    enter_code(page, wrong)

    expect(page.get_by_text("Неправилен код.")).to_be_visible()
    expect(page).to_have_url(CODE_PAGE)
    expect(page.get_by_label("Код")).to_be_visible()
    expect(page.get_by_role("button", name="Изход")).to_have_count(0)
    assert_accessible(page)


def test_a_recovery_code_signs_in_only_once(site, browser_page, person):
    page = browser_page
    totp_authenticator(person)
    code = RecoveryCodes.activate(person).get_unused_codes()[0]
    enter_password(page, site)
    enter_code(page, code)
    expect(page.get_by_role("button", name="Изход")).to_be_visible()
    page.get_by_role("button", name="Изход").click()
    expect(page.get_by_role("link", name="Вход")).to_be_visible()
    enter_password(page, site)

    enter_code(page, code)

    expect(page.get_by_text("Неправилен код.")).to_be_visible()
    expect(page).to_have_url(CODE_PAGE)
    expect(page.get_by_role("button", name="Изход")).to_have_count(0)

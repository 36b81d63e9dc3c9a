"""The portal's own voice on the pages of the libraries it uses: the sign-in,
sign-up, password and two-factor pages (allauth) and the administration
(Django) in the formal plural imperative, "ви" in lower case, "профил" and the
glossary's terms in Bulgarian, and in sentence case with "e-mail" in English;
the password validators' messages in Bulgarian on Bulgarian pages.

The words come from network_portal/library_wording.py and the project's
catalogues, which Django reads before the libraries' own. If an English test
here fails after `make messages`, the English catalogue lost its overrides of
the libraries' English (Sign In → Sign in): set them again."""

import gettext
import html
import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from tests.factories import PASSWORD, UserFactory, totp_authenticator

pytestmark = pytest.mark.django_db

# The informal singular imperative, where the portal says "Потвърдете",
# "Добавете", "Изтрийте".
INFORMAL = [
    r"\b(Забрави|Потвърди|Продължи|Изпрати|Поискай|Запомни|Възстанови)\b",
    r"\b(Генерирай|Активирай|Деактивирай|Свали|Направи|Премахни|Откажи)\b",
    r"\b(Добави|Изтрий|Виж|Влез|Запиши|Изчисти|Покажи|Скрий|Избери)\b",
    r"\b(Изпълни|Промени|Затвори)\b",
]
# Besides: "Ви"/"Ваш…" capitalised mid-sentence, "Вашият" as an object,
# "акаунт" (the portal says "профил"), "сет" (набор), the glossary's
# "потвърждаване в две стъпки" and "резервни кодове", and English nobody
# translated (two English words in a row).
WRONG_IN_BULGARIAN = [
    r"\bВи\b",
    r"(?<=[\w,] )Ваш\w*",
    r"\b(на|по|в|във|за|от|с|към|дал|посочи) [Вв]ашият\b",
    r"[Аа]каунт",
    r"\bсет\b",
    r"[Дд]вустепенна",
    r"[Кк]лючове за възстановяване",
    r"\b[A-Za-z]{2,},? [A-Za-z]{2,}\b",
    *INFORMAL,
]

# Title case in English headings, buttons, links and labels ("Sign In",
# "Two-Factor Authentication"), and the library's "email" for the portal's
# "e-mail".
TITLE_CASE = re.compile(r"\b[A-Z][a-z]+[ -][A-Z][a-z]+\b")
PROPER_NAMES = {"Synergy Network"}
WRONG_IN_ENGLISH = [r"\bSign In\b", r"\bSign Up\b", r"\bSignup\b", r"\bSign Out\b"]
WRONG_IN_ENGLISH += [r"\bForgot\b", r"\b[Ee]mails?\b"]


def visible(response):
    """The page's title and what its main part shows or says to a screen
    reader, tags left out."""
    page = response.content.decode()
    title = re.search(r"<title>(.*?)</title>", page, re.S)[1]
    main = re.search(r"<main\b.*?</main>", page, re.S)[0]
    main = re.sub(r"<(script|style)\b.*?</\1>", " ", main, flags=re.S)
    said = re.findall(r'(?:aria-label|placeholder|title|alt)="([^"]*)"', main)
    said += re.findall(r'<input[^>]*type="submit"[^>]*value="([^"]*)"', main)
    text = re.sub(r"<[^>]+>", " ", main)
    return html.unescape(" ".join([title, text, *said]))


def commands(response):
    """The headings, buttons, links and labels of the main part, and the
    page's title: what sentence case is about."""
    page = response.content.decode()
    main = re.search(r"<main\b.*?</main>", page, re.S)[0]
    found = re.findall(
        r"<(h[1-3]|button|a|label|legend|th)\b[^>]*>(.*?)</\1>", main, re.S
    )
    texts = [re.sub(r"<[^>]+>", " ", inner) for _, inner in found]
    texts += re.findall(r"<title>(.*?)</title>", page, re.S)
    return [html.unescape(" ".join(text.split())) for text in texts]


def person(email):
    return UserFactory(email=email, first_name="Елена", last_name="Петрова")


def signed_in(email, prefix=""):
    """A client signed in with the password, as a person does: the sign-in
    counts as proof for the two-factor pages for a few minutes."""
    client = Client()
    response = client.post(
        f"{prefix}/accounts/login/", {"login": email, "password": PASSWORD}
    )
    assert response.status_code == 302
    return client


def account_pages(prefix):
    """The account pages the portal shows, each as (name, response): to a
    visitor, to a person signed in, and with two-factor authentication on."""
    visitor = Client()
    pages = [
        ("sign-in", visitor.get(f"{prefix}/accounts/login/")),
        ("sign-up", visitor.get(f"{prefix}/accounts/signup/")),
        ("password reset", visitor.get(f"{prefix}/accounts/password/reset/")),
        ("reset sent", visitor.get(f"{prefix}/accounts/password/reset/done/")),
        (
            "reset link invalid",
            visitor.get(f"{prefix}/accounts/password/reset/key/1-bad/", follow=True),
        ),
        ("verification sent", visitor.get(f"{prefix}/accounts/confirm-email/")),
        (
            "confirmation link invalid",
            visitor.get(f"{prefix}/accounts/confirm-email/bad-key/"),
        ),
    ]

    person("reader@example.org")
    reader = signed_in("reader@example.org", prefix)
    pages += [
        ("password change", reader.get(f"{prefix}/accounts/password/change/")),
        ("e-mail address", reader.get(f"{prefix}/accounts/email/")),
        ("reauthentication", reader.get(f"{prefix}/accounts/reauthenticate/")),
        ("sign-out", reader.get(f"{prefix}/accounts/logout/")),
        ("two-factor off", reader.get(f"{prefix}/accounts/2fa/")),
        ("app activation", reader.get(f"{prefix}/accounts/2fa/totp/activate/")),
    ]

    # Signed in minutes ago, then two-factor turned on.
    protected = person("protected@example.org")
    protector = signed_in("protected@example.org", prefix)
    totp_authenticator(protected)
    codes = f"{prefix}/accounts/2fa/recovery-codes/generate/"
    pages += [
        ("two-factor on", protector.get(f"{prefix}/accounts/2fa/")),
        ("codes to generate", protector.get(codes)),
        ("recovery codes", protector.post(codes, follow=True)),
        ("app deactivation", protector.get(f"{prefix}/accounts/2fa/totp/deactivate/")),
        ("code again", protector.get(f"{prefix}/accounts/2fa/reauthenticate/")),
    ]

    # The code page, after the password.
    code_page = Client()
    code_page.post(
        f"{prefix}/accounts/login/",
        {"login": "protected@example.org", "password": PASSWORD},
    )
    pages.append(("code", code_page.get(f"{prefix}/accounts/2fa/authenticate/")))
    return pages


@pytest.mark.parametrize(
    "password, message",
    [
        ("Ab3$xy", "Паролата е твърде къса: трябва да съдържа поне 8 знака."),
        ("password123", "Тази парола е сред най-често използваните."),
        ("83749261530", "Паролата се състои само от цифри."),
    ],
    ids=["too-short", "too-common", "numeric"],
)
def test_bulgarian_sign_up_says_in_bulgarian_why_a_password_is_refused(
    client, password, message
):
    response = client.post(
        "/accounts/signup/",
        {
            "email": "new.person@example.org",
            "password1": password,
            "password2": password,
        },
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert message in page
    errors = " ".join(re.findall(r'<ul class="errorlist".*?</ul>', page, re.S))
    assert errors
    assert not re.search(r"[A-Za-z]{3,}", re.sub(r"<[^>]+>", " ", errors)), errors


def test_bulgarian_sign_up_explains_the_rules_formally(client):
    page = visible(client.get("/accounts/signup/"))

    assert "Паролата трябва да съдържа поне 8 знака." in page
    assert "Паролата не бива да прилича твърде много на другите ви лични данни." in page


def test_bulgarian_account_pages_speak_formally_and_use_the_portals_words():
    wrong = []
    for name, response in account_pages(""):
        assert response.status_code == 200, name
        text = visible(response)
        wrong += [
            (name, m.group()) for p in WRONG_IN_BULGARIAN for m in re.finditer(p, text)
        ]

    assert wrong == []


def test_bulgarian_sign_in_says_what_the_glossary_says(client):
    page = visible(client.get("/accounts/login/"))

    assert "Забравена парола?" in page
    assert "Запомнете ме" in page
    assert "регистрирайте" in page


def test_english_account_pages_use_sentence_case_and_e_mail():
    wrong = []
    for name, response in account_pages("/en"):
        assert response.status_code == 200, name
        text = visible(response)
        wrong += [
            (name, m.group()) for p in WRONG_IN_ENGLISH for m in re.finditer(p, text)
        ]
        wrong += [
            (name, m.group())
            for command in commands(response)
            for m in TITLE_CASE.finditer(command)
            if m.group() not in PROPER_NAMES
        ]

    assert wrong == []


def test_english_sign_in_says_sign_in(client):
    response = client.get("/en/accounts/login/")

    assert "Sign in" in commands(response)
    assert "Forgotten your password?" in visible(response)


def test_the_administration_speaks_formally_to_a_coordinator(
    coordinator_client, organisation
):
    changelist = coordinator_client.get("/admin/members/organisation/")
    add_form = coordinator_client.get("/admin/members/topic/add/")

    assert changelist.status_code == add_form.status_code == 200
    for response in (changelist, add_form):
        page = html.unescape(response.content.decode())
        assert "Вижте сайта" in page
        assert "Излезте" in page
        assert [m.group() for p in INFORMAL for m in re.finditer(p, page)] == []
    assert "Добавете организация" in changelist.text
    assert "Изпълнете" in changelist.text
    assert "Запазете и добавете още" in add_form.text


def test_the_administrations_scripts_speak_formally_too(coordinator_client):
    catalogue = json.loads(
        re.search(
            r"const newcatalog = (\{.*?\});",
            coordinator_client.get("/admin/jsi18n/").content.decode(),
            re.S,
        ).group(1)
    )

    assert catalogue["Choose all"] == "Изберете всички"
    assert catalogue["Remove"] == "Премахнете"
    assert catalogue["Chosen %s"] == "Избрани %s"
    assert not [
        text
        for text in catalogue.values()
        for p in INFORMAL
        for line in ([text] if isinstance(text, str) else text)
        if re.search(p, line)
    ]


def test_the_portals_bulgarian_writes_you_in_lower_case_mid_sentence():
    catalogue = Path(settings.BASE_DIR) / "locale" / "bg" / "LC_MESSAGES" / "django.mo"
    with catalogue.open("rb") as compiled:
        texts = gettext.GNUTranslations(compiled)._catalog.values()

    capitalised = [
        match.group()
        for text in texts
        for match in re.finditer(r"(?<=[^.!?\n„] )(Ви|Вас|Ваш\w*)\b", text)
    ]

    assert capitalised == []


def test_an_organisation_or_a_cause_followed_is_she(organisation, cause, outsider):
    client = Client()
    client.force_login(outsider)
    for target, kind in ((organisation, "organisation"), (cause, "cause")):
        client.post(f"/follow/{kind}/{target.pk}/")
        page = client.get(target.get_absolute_url()).text

        assert "Следите я в седмичния си обзор." in page
        assert "Следите го" not in page

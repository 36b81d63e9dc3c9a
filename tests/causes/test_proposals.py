"""Proposals to institutions: an editor records what their organisation
asked of an institution and, later, its answer; the public sees on the
institution's page, the proposal's page and the cause's timeline what was
asked, when, and whether the answer came in time; the senders' editors are
reminded before the answer falls due; editors suggest a missing institution
and a coordinator confirms it."""

import io
import json
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from causes.models import Cause, Initiative, Proposal
from members.models import Institution
from tests.factories import (
    ActivityFactory,
    OrganisationFactory,
    place,
    totp_authenticator,
)
from tests.markup import parse

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def institution(slug="obshtina-test", **fields):
    fields = {
        "name": "Община Тест",
        "name_bg": "Община Тест",
        "name_en": "Test Municipality",
        "kind": "municipality",
        "municipality": place("stara-zagora"),
        **fields,
    }
    return Institution.objects.create(slug=slug, **fields)


def proposal(organisation, to, **fields):
    fields = {
        "title": "Младежки съвет към общината",
        "title_bg": "Младежки съвет към общината",
        "title_en": "A youth council for the municipality",
        "summary": "Да се създаде младежки съвет.",
        "summary_bg": "Да се създаде младежки съвет.",
        "text_bg": "Предлагаме…",
        "sent_on": TODAY - timedelta(days=10),
        **fields,
    }
    return Proposal.objects.create(organisation=organisation, institution=to, **fields)


def form(to, **changes):
    return {
        "kind": "proposal",
        "institution": to.pk,
        "cause": "",
        "title_bg": "Спирка на автобус 12",
        "title_en": "",
        "summary_bg": "Да се премести спирката пред училището.",
        "summary_en": "",
        "sent_on": (TODAY - timedelta(days=2)).isoformat(),
        "registration_number": "94-00-1234/01.12.2026",
        "due_on": "",
        "text_bg": "Молим спирката да бъде преместена.",
        "text_en": "",
        **changes,
    }


# The model: due dates, states, what is refused.


def test_the_answer_is_due_in_two_months_or_in_14_days_for_public_information(
    organisation,
):
    to = institution()
    sent = TODAY - timedelta(days=5)
    assert proposal(organisation, to, sent_on=sent).due_on == sent + timedelta(60)
    request = proposal(organisation, to, sent_on=sent, kind="information")
    assert request.due_on == sent + timedelta(14)


def test_awaiting_then_overdue_then_answered_in_time_or_late(organisation):
    to = institution()
    waiting = proposal(organisation, to, due_on=TODAY)
    assert waiting.state == "awaiting" and not waiting.is_overdue
    late = proposal(organisation, to, due_on=TODAY - timedelta(days=1))
    assert late.state == "overdue" and late.days_overdue == 1
    assert set(Proposal.objects.overdue()) == {late}
    late.outcome, late.answered_on = "partly", TODAY
    late.save()
    assert late.state == "partly" and not late.answered_on_time
    assert not Proposal.objects.overdue().exists()
    in_time = proposal(
        organisation, to, outcome="accepted", answered_on=TODAY - timedelta(days=3)
    )
    assert in_time.answered_on_time


def test_no_answer_closes_it_and_it_stays_overdue(organisation):
    to = institution()
    closed = proposal(
        organisation,
        to,
        sent_on=TODAY - timedelta(days=90),
        due_on=TODAY - timedelta(days=30),
        outcome="no_answer",
    )
    assert closed.is_overdue and not closed.is_answered
    assert list(Proposal.objects.overdue()) == [closed]


def test_an_answer_needs_its_date_and_cannot_come_before_the_proposal(organisation):
    to = institution()
    item = proposal(organisation, to)
    item.outcome = "accepted"
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "answered_on" in error.value.error_dict
    item.answered_on = item.sent_on - timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "answered_on" in error.value.error_dict


# The public pages.


def test_the_institutions_list_shows_confirmed_ones_with_their_figures(
    client, organisation
):
    to = institution()
    institution(
        "predlozhena", name="Предложена", name_bg="Предложена", confirmed_at=None
    )
    proposal(organisation, to, due_on=TODAY - timedelta(days=1))
    proposal(organisation, to, outcome="accepted", answered_on=TODAY)
    proposal(OrganisationFactory(status="applicant"), to)  # not counted
    page = client.get("/institutions/").content.decode()
    assert "Община Тест" in page
    assert "Предложена" not in page
    card = " ".join(parse(page).find("li", class_="cause-card").text.split())
    assert "2 предложения" in card
    assert "1 с отговор" in card
    assert "1 просрочено" in card


def test_the_institutions_list_filters_by_kind_and_municipality(client):
    institution()
    institution(
        "uchilishte",
        name="ОУ Тест",
        name_bg="ОУ Тест",
        kind="school",
        municipality=place("kazanlak"),
    )
    page = client.get("/institutions/?kind=school").content.decode()
    assert "ОУ Тест" in page and "Община Тест" not in page
    page = client.get("/institutions/?municipality=stara-zagora").content.decode()
    assert "Община Тест" in page and "ОУ Тест" not in page


def test_the_institutions_list_is_in_the_main_navigation(client):
    nav = next(
        n
        for n in parse(client.get("/").content.decode()).find_all("nav")
        if n.attrs.get("aria-label") == "Основно меню"
    )
    assert "/institutions/" in [a.attrs.get("href") for a in nav.find_all("a")]


def test_an_institutions_page_tells_what_was_asked_and_answered(
    client, organisation, cause
):
    to = institution()
    cause.institutions.add(to)
    answered = proposal(
        organisation,
        to,
        cause=cause,
        outcome="rejected",
        answered_on=TODAY - timedelta(days=1),
    )
    overdue = proposal(
        organisation,
        to,
        title_bg="Ремонт на читалището",
        title="Ремонт на читалището",
        due_on=TODAY - timedelta(days=4),
    )
    co_signer = OrganisationFactory(name="Съподписващо сдружение")
    answered.co_signers.add(co_signer)
    page = client.get(to.get_absolute_url()).content.decode()
    assert answered.title in page and overdue.title in page
    # Each proposal with the cause it is for and who sent it, linked.
    item = next(
        li
        for li in parse(page).find_all("li", "proposal-item")
        if li.attrs["id"] == f"proposal-{answered.pk}"
    )
    links = {a.text: a.attrs["href"] for a in item.find_all("a")}
    assert links[cause.title] == cause.get_absolute_url()
    assert links[organisation.name] == organisation.get_absolute_url()
    assert links[co_signer.name] == co_signer.get_absolute_url()
    assert "Отхвърлено" in page
    assert "закъснение от 4 дни" in " ".join(page.split())
    assert cause.title in page
    assert "просроч" in parse(page).find("p", class_="message").text


def test_an_institutions_page_links_the_initiatives_and_activities_with_it(
    client, organisation
):
    to = institution()
    initiative = Initiative.objects.create(
        title_bg="Библиотека за всички",
        title="Библиотека за всички",
        status=Initiative.Status.ACTIVE,
        starts_on="2026-02-01",
    )
    initiative.institutions.add(to)
    shared = OrganisationFactory(short_name="Зелен клуб")
    done = ActivityFactory(
        title="Засадени дървета", organisation=shared, starts_on="2026-03-14"
    )
    draft = ActivityFactory(title="Чернова", organisation=shared, draft=True)
    for activity in (done, draft):
        activity.institutions.add(to)

    page = parse(client.get(to.get_absolute_url()).content.decode())

    lines = {
        li.text: [a.attrs["href"] for a in li.find_all("a")]
        for li in page.find_all("li")
    }
    assert lines["Библиотека за всички — в ход"] == [initiative.get_absolute_url()]
    assert lines["Засадени дървета — Зелен клуб, 14 март 2026 г."] == [
        done.get_absolute_url()
    ]
    assert not [line for line in lines if "Чернова" in line]


def test_an_institutions_page_lists_each_cause_once(client, organisation, cause):
    """A cause that concerns the institution, also concerns another and has
    proposals to it is listed once; a cause only an applicant wrote about
    is not."""
    to = institution()
    cause.institutions.add(to, institution("druga"))
    proposal(organisation, to, cause=cause)
    proposal(organisation, to, cause=cause, title_bg="Второ", title="Второ")
    applicant = OrganisationFactory(status="applicant")
    hidden = Cause.objects.create(
        proposed_by=organisation, title_bg="Скрита кауза", summary_bg="—"
    )
    proposal(applicant, to, cause=hidden)

    causes = client.get(to.get_absolute_url()).context["causes"]

    assert [item.title for item in causes] == [cause.title]


def test_an_institutions_page_shows_its_latest_causes_and_links_to_them_all(
    client, organisation
):
    to = institution()
    for number in range(13):
        cause = Cause.objects.create(
            proposed_by=organisation, title_bg=f"Кауза {number:02}", summary_bg="—"
        )
        cause.institutions.add(to)
    elsewhere = Cause.objects.create(
        proposed_by=organisation, title_bg="Друга кауза", summary_bg="—"
    )
    elsewhere.institutions.add(institution("druga"))

    page = parse(client.get(to.get_absolute_url()).content.decode())
    listed = client.get(f"/causes/?institution={to.slug}")

    links = list(page.find_all("a"))
    shown = [a.text for a in links if a.text.startswith("Кауза ")]
    assert shown == [f"Кауза {number:02}" for number in range(12, 0, -1)]
    (to_all,) = [a for a in links if a.text == "Всички каузи, които зависят от нея"]
    assert to_all.attrs["href"] == f"/causes/?institution={to.slug}"
    assert [cause.title for cause in listed.context["causes"]] == [
        f"Кауза {number:02}" for number in range(12, 0, -1)
    ]
    assert listed.context["paginator"].count == 13
    chosen = parse(listed.content.decode()).find("p", class_="filters__chosen")
    assert "Община Тест" in chosen.text


def test_an_institution_with_few_causes_does_not_link_to_a_list_of_them(
    client, organisation, cause
):
    to = institution()
    cause.institutions.add(to)

    page = client.get(to.get_absolute_url()).content.decode()

    assert cause.title in page
    assert f"?institution={to.slug}" not in page


def test_a_suggested_institution_and_an_applicants_proposal_are_not_public(client):
    waiting = institution(confirmed_at=None)
    assert client.get(waiting.get_absolute_url()).status_code == 404
    applicant = OrganisationFactory(status="applicant")
    item = proposal(applicant, institution("druga"))
    assert client.get(item.get_absolute_url()).status_code == 404


def test_a_proposals_page_has_its_facts_and_its_answer(client, organisation):
    to = institution()
    item = proposal(
        organisation,
        to,
        registration_number="РД-02-15-301",
        outcome="accepted",
        answered_on=TODAY,
        answer_summary_bg="Общината приема предложението.",
    )
    other = OrganisationFactory(
        name="Сдружение Съподписал", name_bg="Сдружение Съподписал"
    )
    item.co_signers.add(other)
    page = client.get(item.get_absolute_url()).content.decode()
    assert "РД-02-15-301" in page
    assert "Общината приема предложението." in page
    assert "Сдружение Съподписал" in page
    assert "навреме" in page


def test_the_causes_timeline_runs_from_proposal_to_answer(client, organisation, cause):
    to = institution()
    proposal(
        organisation,
        to,
        cause=cause,
        sent_on=TODAY - timedelta(days=20),
        outcome="partly",
        answered_on=TODAY - timedelta(days=2),
    )
    proposal(
        organisation,
        to,
        cause=cause,
        title_bg="Сигнал",
        title="Сигнал",
        kind="signal",
        sent_on=TODAY - timedelta(days=80),
        due_on=TODAY - timedelta(days=25),
    )
    page = client.get(cause.get_absolute_url()).content.decode()
    timeline = parse(page).find("ol", class_="timeline")
    items = [" ".join(li.text.split()) for li in timeline.find_all("li")]
    sent = next(
        i for i, text in enumerate(items) if "Предложение до Община Тест" in text
    )
    answered = next(i for i, text in enumerate(items) if "отговори" in text)
    overdue = next(i for i, text in enumerate(items) if "Няма отговор" in text)
    assert overdue < sent < answered


# Recording a proposal and its answer: the owner, another member, an outsider.


def test_an_editor_records_a_proposal_with_its_document(client, owner, organisation):
    to = institution()
    client.force_login(owner)
    url = reverse("causes_dashboard:proposal_new", args=[organisation.slug])
    document = SimpleUploadedFile("predlojenie.pdf", PDF, "application/pdf")
    response = client.post(url, form(to, document_upload=document))
    item = Proposal.objects.get()
    assert response.status_code == 302 and response.url == item.get_absolute_url()
    assert item.organisation == organisation and item.recorded_by == owner
    assert item.due_on == item.sent_on + timedelta(days=60)
    with item.document.open("rb") as sent:
        assert sent.read() == PDF


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"title_bg": ""}, "title_bg", "Това поле е задължително."),
        (
            {"sent_on": (TODAY + timedelta(days=3)).isoformat()},
            "sent_on",
            "не може да е в бъдещето",
        ),
        (
            {"due_on": (TODAY - timedelta(days=30)).isoformat()},
            "due_on",
            "преди датата на изпращане",
        ),
    ],
)
def test_a_wrong_proposal_is_refused_in_bulgarian_with_nothing_saved(
    client, owner, organisation, changes, field, message
):
    client.force_login(owner)
    url = reverse("causes_dashboard:proposal_new", args=[organisation.slug])
    response = client.post(url, form(institution(), **changes))
    assert response.status_code == 200
    assert any(message in error for error in response.context["form"].errors[field])
    assert not Proposal.objects.exists()


def test_a_proposal_needs_its_text_or_its_document_and_a_real_document(
    client, owner, organisation
):
    client.force_login(owner)
    url = reverse("causes_dashboard:proposal_new", args=[organisation.slug])
    to = institution()
    response = client.post(url, form(to, text_bg=""))
    assert "приложете документа" in response.content.decode()
    fake = SimpleUploadedFile("predlojenie.pdf", b"MZ not a pdf", "application/pdf")
    response = client.post(url, form(to, document_upload=fake))
    assert response.context["form"].errors["document_upload"]
    assert not Proposal.objects.exists()


def test_only_the_organisations_editors_record_its_proposals(
    client, organisation, other_member, outsider
):
    url = reverse("causes_dashboard:proposal_new", args=[organisation.slug])
    assert client.get(url).url.startswith("/accounts/login/")
    for person in (other_member, outsider):
        client.force_login(person)
        assert client.post(url, form(institution(f"i-{person.pk}"))).status_code == 403
    assert not Proposal.objects.exists()


def test_the_senders_and_co_signers_editors_record_the_answer_not_others(
    client, owner, organisation, other_organisation, other_member, outsider
):
    item = proposal(organisation, institution())
    url = reverse("causes_dashboard:proposal_answer", args=[item.slug])
    answer = {
        "outcome": "accepted",
        "answered_on": TODAY.isoformat(),
        "answer_summary_bg": "Приема се.",
        "answer_summary_en": "",
    }
    client.force_login(other_member)
    assert client.post(url, answer).status_code == 403
    client.force_login(outsider)
    assert client.post(url, answer).status_code == 403
    item.refresh_from_db()
    assert item.outcome == ""
    item.co_signers.add(other_organisation)
    client.force_login(other_member)
    assert client.post(url, answer).status_code == 302
    item.refresh_from_db()
    assert item.outcome == "accepted" and item.answer_recorded_by == other_member
    client.force_login(owner)
    assert client.get(url).status_code == 200


def test_no_answer_is_recorded_without_a_date(client, owner, organisation):
    item = proposal(organisation, institution())
    client.force_login(owner)
    url = reverse("causes_dashboard:proposal_answer", args=[item.slug])
    response = client.post(
        url,
        {"outcome": "no_answer", "answered_on": TODAY.isoformat()},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["answered_on"] == [
        "При „Без отговор“ оставете датата празна."
    ]
    item.refresh_from_db()
    assert item.outcome == ""


def test_the_organisations_proposals_in_the_member_area(client, owner, organisation):
    item = proposal(organisation, institution())
    client.force_login(owner)
    dashboard = client.get(reverse("dashboard")).content.decode()
    url = reverse("causes_dashboard:proposals", args=[organisation.slug])
    assert url in dashboard
    page = client.get(url).content.decode()
    assert item.title in page
    assert reverse("causes_dashboard:proposal_answer", args=[item.slug]) in page


# Suggesting an institution.


def listed(client):
    page = parse(client.get("/institutions/").content.decode())
    return [card.text for card in page.find_all("li", class_="cause-card")]


def test_an_editor_suggests_an_institution_a_coordinator_confirms_it(
    client, owner, coordinator
):
    client.force_login(owner)
    url = reverse("causes_dashboard:suggest_institution")
    response = client.post(
        url,
        {
            "name_bg": "РИОСВ – Стара Загора",
            "name_en": "",
            "kind": "other",
            "municipality": place("stara-zagora").pk,
            "website": "",
            "suggestion_note": "Пишем им за въздуха.",
        },
    )
    assert response.status_code == 302
    suggested = Institution.objects.get(name_bg="РИОСВ – Стара Загора")
    assert not suggested.is_confirmed and suggested.suggested_by == owner
    assert not any("РИОСВ" in card for card in listed(client))
    totp_authenticator(coordinator)
    client.force_login(coordinator)
    response = client.post(
        reverse("admin:members_institution_changelist"),
        {"action": "confirm", "_selected_action": [suggested.pk]},
    )
    assert response.status_code == 302
    suggested.refresh_from_db()
    assert suggested.is_confirmed
    assert any("РИОСВ" in card for card in listed(client))


def test_an_institution_already_listed_is_not_suggested_twice(client, owner):
    institution()
    client.force_login(owner)
    response = client.post(
        reverse("causes_dashboard:suggest_institution"),
        {
            "name_bg": "община тест",
            "kind": "municipality",
            "municipality": place("stara-zagora").pk,
        },
    )
    assert "вече е в списъка" in response.content.decode()
    assert Institution.objects.count() == 1


def test_only_editors_suggest_institutions(client, outsider):
    client.force_login(outsider)
    assert (
        client.get(reverse("causes_dashboard:suggest_institution")).status_code == 403
    )


# The daily reminder.


def test_the_senders_editors_are_reminded_before_and_on_the_day_once(
    owner, organisation, other_organisation, other_member, settings
):
    settings.PROPOSAL_REMIND_DAYS = 3
    to = institution()
    soon = proposal(organisation, to, due_on=TODAY + timedelta(days=3))
    soon.co_signers.add(other_organisation)
    proposal(organisation, to, title_bg="Днес", title="Днес", due_on=TODAY)
    proposal(
        organisation,
        to,
        title_bg="По-късно",
        title="По-късно",
        due_on=TODAY + timedelta(days=5),
    )
    proposal(
        organisation,
        to,
        title_bg="Отговорено",
        title="Отговорено",
        due_on=TODAY,
        outcome="accepted",
        answered_on=TODAY,
    )
    call_command("remind_proposals", stdout=io.StringIO())
    told = sorted((m.to[0], m.subject) for m in mail.outbox)
    assert told == sorted(
        [
            (owner.email, "Отговорът на „Младежки съвет към общината“ се очаква скоро"),
            (
                other_member.email,
                "Отговорът на „Младежки съвет към общината“ се очаква скоро",
            ),
            (owner.email, "Отговорът на „Днес“ се очаква днес"),
        ]
    )
    call_command("remind_proposals", stdout=io.StringIO())
    assert len(mail.outbox) == 3


# A person's data.


def test_the_proposals_a_person_recorded_are_in_their_data_and_stay_without_them(
    owner, organisation
):
    from causes.privacy import export

    item = proposal(organisation, institution(), recorded_by=owner)
    assert export(owner)["proposals_recorded"][0]["proposal"] == item.title
    owner.delete()
    item.refresh_from_db()
    assert item.recorded_by is None


def test_the_institutions_list_takes_the_same_queries_for_one_and_many(
    client, organisation, django_assert_max_num_queries
):
    to = institution()
    proposal(organisation, to)
    client.get("/institutions/")
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cache.clear()
    with CaptureQueriesContext(connection) as one:
        client.get("/institutions/")
    for n in range(5):
        other = institution(
            f"other-{n}", name=f"Институция {n}", name_bg=f"Институция {n}"
        )
        proposal(organisation, other, title_bg=f"П {n}", title=f"П {n}")
    cache.clear()
    with CaptureQueriesContext(connection) as many:
        client.get("/institutions/")
    assert len(many) == len(one)


def test_the_senders_editors_see_how_to_record_the_answer_on_its_page(
    client, owner, organisation, other_member, settings
):
    settings.PAGE_CACHE_SECONDS = 300
    item = proposal(organisation, institution())
    answer = reverse("causes_dashboard:proposal_answer", args=[item.slug])
    client.get(item.get_absolute_url())  # kept for everyone first
    assert answer not in client.get(item.get_absolute_url()).content.decode()
    client.force_login(other_member)
    assert answer not in client.get(item.get_absolute_url()).content.decode()
    client.force_login(owner)
    assert answer in client.get(item.get_absolute_url()).content.decode()
    # The page as kept for everyone, with the person's part rendered anew.
    Client().get(item.get_absolute_url())
    kept = client.get(item.get_absolute_url())
    assert not hasattr(kept, "context_data") and answer in kept.content.decode()
    client.force_login(other_member)
    assert answer not in client.get(item.get_absolute_url()).content.decode()


def test_those_who_back_a_cause_record_proposals_for_it_from_its_page(
    client, owner, organisation, other_member, cause
):
    new = reverse("causes_dashboard:proposal_new", args=[organisation.slug])
    client.force_login(other_member)
    assert new not in client.get(cause.get_absolute_url()).content.decode()
    client.force_login(owner)
    page = client.get(cause.get_absolute_url()).content.decode()
    assert f"{new}?cause={cause.slug}" in page
    form = client.get(f"{new}?cause={cause.slug}").context["form"]
    assert form.initial["cause"] == cause


def test_an_institutions_proposals_come_a_page_at_a_time_its_figures_whole(
    client, organisation
):
    to = institution()
    for number in range(22):
        proposal(
            organisation,
            to,
            title_bg=f"Предложение {number:02}",
            title=f"Предложение {number:02}",
            sent_on=TODAY - timedelta(days=100 - number),
            due_on=TODAY - timedelta(days=1),
        )
    first = parse(client.get(to.get_absolute_url()).content.decode())
    second = parse(client.get(f"{to.get_absolute_url()}?page=2").content.decode())
    titles = [
        [li.find("h3").text for li in page.find_all("li", class_="proposal-item")]
        for page in (first, second)
    ]
    assert titles[0][0] == "Предложение 21" and len(titles[0]) == 20
    assert titles[1] == ["Предложение 01", "Предложение 00"]
    assert "22 предложения са с просрочен отговор" in first.find("p", "message").text
    assert "22 изпратени" in first.find("aside").text


def test_an_institution_and_a_proposal_describe_themselves_to_machines(
    client, organisation, cause
):
    to = institution()
    item = proposal(organisation, to, cause=cause)

    def described(url):
        page = client.get(url).content.decode()
        found = re.search(
            r'<script type="application/ld\+json">(.*?)</script>', page, re.S
        )
        return json.loads(found.group(1))

    place_ = described(to.get_absolute_url())
    assert place_["@type"] == "GovernmentOrganization"
    assert place_["name"] == "Община Тест" and place_["areaServed"] == "Стара Загора"
    article = described(item.get_absolute_url())
    assert article["headline"] == item.title
    assert article["datePublished"] == item.sent_on.isoformat()
    assert article["author"][0]["name"] == organisation.name
    assert article["about"]["name"] == "Община Тест"
    assert article["isPartOf"]["headline"] == cause.title


def test_a_suggestion_from_the_proposal_form_comes_back_to_it(
    client, owner, organisation
):
    client.force_login(owner)
    new = reverse("causes_dashboard:proposal_new", args=[organisation.slug])
    page = parse(client.get(new).content.decode())
    [link] = [a for a in page.find_all("a") if "suggest" in a.attrs.get("href", "")]
    suggest = client.get(link.attrs["href"])
    assert f'name="next" value="{new}"' in suggest.content.decode()
    response = client.post(
        link.attrs["href"],
        {
            "name_bg": "Читалище „Изгрев“",
            "kind": "other",
            "municipality": place("stara-zagora").pk,
            "next": new,
        },
    )
    assert response.url == new


def test_an_empty_choice_reads_as_english_writes_it(client, owner, organisation):
    client.force_login(owner)
    new = reverse("causes_dashboard:proposal_new", args=[organisation.slug])
    english = client.get(f"/en{new}").content.decode()

    assert "— choose —" in english and "Select an option" not in english
    assert "— изберете —" in client.get(new).content.decode()


def test_an_institutions_kept_proposals_follow_every_new_one(
    settings, organisation, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 300
    with django_capture_on_commit_callbacks(execute=True):
        to = institution()
        proposal(organisation, to)
    Client().get(to.get_absolute_url()), Client().get("/")  # learnt, kept

    with django_capture_on_commit_callbacks(execute=True):
        proposal(organisation, to, title_bg="Нови пейки в парка")
    page = Client().get(to.get_absolute_url())

    assert "Нови пейки в парка" in page.content.decode()
    assert page.context["figures"]["sent"] == 2

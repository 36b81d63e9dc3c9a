"""The transparency page adds up what the network does and achieves."""

import re
from html import unescape

import pytest
from django.utils import translation

from members.models import Institution
from network_portal.transparency import Report, bars
from tests.factories import (
    ActivityFactory,
    OrganisationFactory,
    ResultFactory,
    indicator,
    place,
)
from tests.markup import definitions, parse

pytestmark = pytest.mark.django_db


def test_bars_are_scaled_to_the_longest():
    result = bars([("a", 5), ("b", 10), ("c", 0)])

    assert [bar.share for bar in result] == [50, 100, 0]


def test_members_by_kind_and_municipality():
    OrganisationFactory(municipality=place("kazanlak"))
    OrganisationFactory(municipality=place("kazanlak"), informal=True)
    OrganisationFactory(status="former")

    report = Report.for_year(None)

    assert {(bar.label, bar.value) for bar in report.members_by_kind()} == {
        ("сдружение", 1),
        ("неформална група", 1),
    }
    assert [(bar.label, bar.value) for bar in report.members_by_municipality()] == [
        ("Казанлък", 2)
    ]


def test_a_year_counts_its_own_activities_per_month():
    ActivityFactory(starts_on="2025-03-10")
    ActivityFactory(starts_on="2025-03-20")
    ActivityFactory(starts_on="2026-01-05")

    report = Report.for_year(2025)

    months = report.activities_over_time()
    assert len(months) == 12
    assert months[2].value == 2
    assert sum(bar.value for bar in months) == 2
    assert report.years == [2026, 2025]


def test_all_time_counts_activities_per_year():
    ActivityFactory(starts_on="2025-03-10")
    ActivityFactory(starts_on="2026-01-05")

    report = Report.for_year(None)

    assert [(bar.label, bar.value) for bar in report.activities_over_time()] == [
        ("2025", 1),
        ("2026", 1),
    ]


def test_an_unknown_year_shows_all_time():
    ActivityFactory(starts_on="2026-01-05")

    assert Report.for_year(1999).year is None


def test_results_keep_verified_and_self_reported_apart(coordinator):
    ResultFactory(value=100).verify(by=coordinator)
    ResultFactory(value=30)
    ResultFactory(indicator=indicator("funds-raised"), value=500)

    by_unit = dict(Report.for_year(None).results_by_unit())

    (people,) = by_unit["Резултати (души)"]
    assert (people.label, people.value, people.second) == ("Достигнати хора", 100, 30)
    assert (people.unit, by_unit["Резултати (евро)"][0].second) == ("души", 500)


def test_a_chart_of_counts_names_each_indicators_own_things_in_english(coordinator):
    ResultFactory(indicator=indicator("proposals"), value=3).verify(by=coordinator)
    ResultFactory(indicator=indicator("agreements"), value=7)

    with translation.override("en"):
        by_unit = dict(Report.for_year(None).results_by_unit())

    assert [(bar.label, bar.unit) for bar in by_unit["Results counted"]] == [
        ("Proposals to institutions, as reported with activities", "proposals"),
        ("Partnership agreements signed", "agreements"),
    ]


# A block's text, its inline elements joined as the reader sees them.
BLOCKS = re.compile(
    r"</?(?:li|p|td|th|dd|dt|div|h[1-6]|tr|ul|ol|dl|section|figure|figcaption"
    r"|summary|caption|table|header|footer|nav|main|article|aside|br|svg)\b[^>]*>"
)


def readable_text(html):
    html = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S)
    html = BLOCKS.sub("\n", html)
    return unescape(re.sub(r"<[^>]+>", "", html))


@pytest.mark.parametrize("path", ["/transparency/", "/en/transparency/", "/", "/en/"])
def test_no_number_sticks_to_its_unit(client, coordinator, path):
    for slug, value in [("people-reached", 7191), ("funds-raised", 8396)]:
        ResultFactory(indicator=indicator(slug), value=value).verify(by=coordinator)
        ResultFactory(indicator=indicator(slug), value=value)
    ResultFactory(indicator=indicator("proposals"), value=14)
    ResultFactory(indicator=indicator("agreements"), value=3)

    text = readable_text(client.get(path).content.decode())

    assert re.findall(r"\d[^\W\d_]+", text) == []
    assert ("души" in text) or ("people" in text)


def test_synergy_counts_joint_activities_and_pairs():
    first, second, third = (OrganisationFactory() for _ in range(3))
    joint = ActivityFactory(organisation=first)
    joint.co_organisers.add(second, third)  # counted once all the same
    joint.institutions.add(
        Institution.objects.create(name="Община А", slug="a", kind="municipality"),
        Institution.objects.create(name="Община Б", slug="b", kind="municipality"),
    )
    ActivityFactory(organisation=first)

    synergy = Report.for_year(None).synergy()

    assert synergy["total"] == 2
    assert synergy["joint"] == 1
    assert synergy["share"] == 50
    assert synergy["with_institutions"] == 1
    assert synergy["pairs"] == [
        (first.name, second.name, 1),
        (first.name, third.name, 1),
    ]


def test_reporting_shows_the_silent_first():
    busy = OrganisationFactory(name="Активна")
    ActivityFactory(organisation=busy)
    ActivityFactory(organisation=busy)
    silent = OrganisationFactory(name="Мълчалива")

    reporting = list(Report.for_year(None).reporting())

    assert reporting[0] == silent
    assert reporting[0].reported == 0
    assert reporting[0].last_report is None
    assert reporting[1].reported == 2


def test_reporting_counts_a_years_published_activities_and_the_last_report():
    older = OrganisationFactory(name="Миналогодишна")
    last_year = ActivityFactory(organisation=older, starts_on="2025-05-01")
    # Neither counts: a draft, and one hidden (published once, later).
    ActivityFactory(organisation=older, starts_on="2026-03-01", draft=True)
    ActivityFactory(organisation=older, starts_on="2026-04-01", state="hidden")
    busy = OrganisationFactory(name="Активна")
    ActivityFactory(organisation=busy, starts_on="2026-02-01")
    latest = ActivityFactory(organisation=busy, starts_on="2025-02-01")

    in_2026 = [
        (member.name, member.reported, member.last_report)
        for member in Report.for_year(2026).reporting()
    ]
    ever = [
        (member.name, member.reported) for member in Report.for_year(None).reporting()
    ]

    # In 2026 the older one reported nothing; its last report is still
    # the one of 2025.
    assert in_2026 == [
        ("Миналогодишна", 0, last_year.published_at),
        ("Активна", 1, latest.published_at),
    ]
    assert ever == [("Миналогодишна", 1), ("Активна", 2)]


@pytest.mark.parametrize(
    ("path", "label", "grant"),
    [
        ("/transparency/", "Безвъзмездна помощ", "8\xa0396 € (BG-ACTIVECITIZENS-0106)"),
        ("/en/transparency/?year=2026", "Grant", "8,396 € (BG-ACTIVECITIZENS-0106)"),
    ],
)
def test_the_page_answers_with_charts_and_tables(client, path, label, grant):
    ResultFactory(activity=ActivityFactory(starts_on="2026-02-01"))

    response = client.get(path)

    content = response.content.decode()
    assert response.status_code == 200
    assert content.count('<figure class="chart') >= 4
    assert content.count('<details class="chart__data">') >= 4
    # The grant, in the language's own digit grouping, with its reference.
    facts = definitions(parse(content).find("dl", class_="facts"))
    assert facts[label] == grant


def test_transparency_is_in_the_main_navigation(client):
    assert (
        '<a href="/en/transparency/">Transparency</a>'
        in client.get("/en/").content.decode()
    )


def test_lists_of_members_stop_at_twenty_and_say_of_how_many(client):
    OrganisationFactory.create_batch(22)

    response = client.get("/en/transparency/")

    assert len(response.context["reporting"]) == 20
    assert "The 20 members with the fewest reports, of 22." in (
        response.content.decode()
    )


@pytest.mark.parametrize(
    ("path", "one", "three"),
    [("/", "1 човек", "3 бр."), ("/en/", "1 person", "3 agreements")],
)
def test_a_unit_reads_right_after_one_and_after_more(
    client, coordinator, path, one, three
):
    ResultFactory(indicator=indicator("people-reached"), value=1).verify(by=coordinator)
    ResultFactory(indicator=indicator("agreements"), value=3).verify(by=coordinator)

    page = parse(client.get(path).content.decode())
    values = [
        " ".join(span.text.split())
        for span in page.find_all("span", class_="totals__value")
    ]

    assert one in values
    assert three in values


# Help exchanged between members


def help_item(status="done", *, helpers=(), supporters=(), changed=None, **fields):
    """An item in a status, with an accepted answer from each helper and
    each supporter, and one answer not accepted."""
    from datetime import datetime

    from django.utils import timezone

    from tests.factories import HelpItemFactory, ResponseFactory

    item = HelpItemFactory(status=status, **fields)
    if changed:
        item.status_changed_at = timezone.make_aware(datetime.fromisoformat(changed))
        item.save()
    for helper in helpers:
        ResponseFactory(item=item, organisation=helper, accepted=True)
    for supporter in supporters:
        ResponseFactory(
            item=item, organisation=None, responder=supporter, accepted=True
        )
    ResponseFactory(item=item)  # not accepted: no help exchanged
    return item


@pytest.fixture
def helped():
    """Two members that helped a third, one of them twice; a supporter who
    came too; and what does not count."""
    from tests.factories import UserFactory

    poster = OrganisationFactory(name="Читалище „Искра“")
    green = OrganisationFactory(name="Зелени")
    maglizh = OrganisationFactory(name="Мъглиж")
    help_item(
        organisation=poster,
        helpers=[green, maglizh],
        supporters=[UserFactory(first_name="Елена", last_name="Доброволкова")],
        outcome_figure=34,
        outcome_measure="people",
    )
    help_item("agreed", organisation=poster, kind="transport", helpers=[green])
    # Offers: their poster helped the members that answered.
    help_item(
        organisation=poster,
        offer=True,
        kind="funding_advice",
        helpers=[green],
        outcome_figure=6,
        outcome_measure="hours",
    )
    help_item(
        offer=True,
        kind="premises",
        organisation=poster,
        helpers=[maglizh],
        outcome_figure="240.50",
        outcome_measure="euro",
    )
    # Not exchanged, hidden, or an applicant's: none of it counts.
    help_item("open", organisation=poster, helpers=[green])
    help_item(
        "withdrawn", organisation=poster, outcome_figure=5, outcome_measure="people"
    )
    help_item("expired", organisation=poster)
    help_item(
        organisation=poster,
        helpers=[green],
        outcome_figure=100,
        outcome_measure="people",
    ).hide(by=None, reason="Лични данни.")
    help_item(
        organisation=OrganisationFactory(status="applicant"),
        helpers=[green],
        outcome_figure=100,
        outcome_measure="people",
    )
    return poster, green, maglizh


def test_help_exchanged_counts_requests_met_offers_taken_and_their_figures(helped):
    figures = Report.for_year(None).help_exchanged()

    assert (figures["requests"], figures["offers"]) == (2, 2)
    assert (figures["people"], figures["hours"], figures["euro"]) == (34, 6, 240.5)
    assert figures["by_kind"][0].value == 1
    # Requests met, offers taken stacked on them, in the kinds' order.
    assert [(bar.label, bar.value, bar.second) for bar in figures["by_kind"]] == [
        ("Доброволци", 1, 0),
        ("Помещение", 0, 1),
        ("Транспорт", 1, 0),
        ("Съвет за финансиране", 0, 1),
    ]


def test_who_helped_whom_reads_an_offer_from_its_poster_and_names_no_supporter(
    helped,
):
    poster, green, maglizh = helped

    pairs = Report.for_year(None).help_exchanged()["pairs"]

    assert sorted(pairs) == sorted(
        [
            (green.name, poster.name, 2),
            (maglizh.name, poster.name, 1),
            (poster.name, green.name, 1),
            (poster.name, maglizh.name, 1),
        ]
    )
    assert pairs[0] == (green.name, poster.name, 2)


def test_a_year_counts_the_help_exchanged_in_it():
    help_item(changed="2025-11-20T12:00", outcome_figure=10, outcome_measure="people")
    help_item(changed="2026-02-03T12:00", outcome_figure=7, outcome_measure="people")
    help_item("agreed", changed="2026-03-01T12:00")

    figures = Report(year=2026).help_exchanged()

    assert (figures["requests"], figures["people"]) == (2, 7)
    assert Report(year=None).help_exchanged()["people"] == 17


def test_the_page_shows_the_help_exchanged(client, helped):
    poster, green, _ = helped

    content = client.get("/en/transparency/").content.decode()

    page = parse(content)

    section = page.find("section", class_="transparency__help")
    numbers = [" ".join(li.text.split()) for li in section.find("ul").find_all("li")]
    assert numbers == [
        "2 requests for help agreed or met",
        "2 offers of help taken",
        "34 volunteers who came",
        "6 hours of help",
        "240.50 euro: the value of the help in kind",
    ]
    assert section.find("figure", class_="chart")
    rows = [
        [cell.text for cell in row.find_all("td")]
        for row in list(section.find_all("table"))[-1].find("tbody").find_all("tr")
    ]
    assert rows[0] == [green.name_en, poster.name_en, "2"]
    assert "Доброволкова" not in content

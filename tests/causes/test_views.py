"""Causes for the public and for members' editors: each action tried by the
owner, another member and an outsider."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from causes.models import Cause, Status, Support
from members.models import Institution
from tests.factories import ActivityFactory, OrganisationFactory, UserFactory, topic
from tests.markup import parse

pytestmark = pytest.mark.django_db


def cause_data(**overrides):
    return {
        "title_bg": "Чист въздух",
        "title_en": "Clean air",
        "summary_bg": "Мерки срещу замърсяването.",
        "summary_en": "Measures against pollution.",
        "description_bg": "",
        "description_en": "",
        "topics": [topic("environment").pk],
        **overrides,
    }


# The public


def test_the_list_shows_causes_with_their_counts(client, cause, outsider):
    cause.support(user=outsider)

    response = client.get("/en/causes/")

    (shown,) = response.context["causes"]
    assert shown.supporter_count == 1
    assert "An accessible town" in response.content.decode()


def test_the_list_filters_by_status_and_sorts_by_support(client, cause, outsider):
    other = Cause.objects.create(
        proposed_by=OrganisationFactory(),
        title_bg="Друга",
        title="Друга",
        summary_bg="x",
    )
    other.support(user=outsider)
    other.support(user=UserFactory())
    cause.withdraw(by=None)

    withdrawn = client.get("/causes/?status=withdrawn").context["causes"]
    supported = client.get("/causes/?sort=supported").context["causes"]

    assert list(withdrawn) == [cause]
    assert list(supported) == [other, cause]


def test_the_cause_page_shows_its_timeline_and_proposer(client, cause):
    response = client.get(f"/en/causes/{cause.slug}/")

    content = response.content.decode()
    assert response.status_code == 200
    assert cause.proposed_by.name_en in content
    assert "Proposed" in content


def test_the_cause_page_names_its_backers_institutions_and_activities(
    client, cause, other_organisation
):
    cause.topics.set([topic("environment")])
    cause.add_co_sponsor(organisation=other_organisation, by=None)
    cause.institutions.add(
        Institution.objects.create(
            slug="rio-stara-zagora",
            kind="other",
            name="РУО Стара Загора",
            name_bg="РУО Стара Загора",
            name_en="Regional Education Office",
        )
    )
    shared = OrganisationFactory(short_name_en="Green Club")
    applicant = OrganisationFactory(status="applicant")
    for title, organisation, state in [
        ("Ramps counted", shared, {}),
        ("A draft", shared, {"draft": True}),
        ("An applicant's walk", applicant, {}),
    ]:
        cause.activities.add(
            ActivityFactory(title_en=title, organisation=organisation, **state)
        )

    response = client.get(f"/en/causes/{cause.slug}/")

    page = parse(response.content.decode())
    lists = {
        item.text: [a.attrs["href"] for a in item.find_all("a")]
        for item in page.find_all("li")
    }
    assert lists["Ramps counted — Green Club"] == [
        cause.activities.get(title_en="Ramps counted").get_absolute_url()
    ]
    assert lists[other_organisation.name_en] == [other_organisation.get_absolute_url()]
    assert lists["Regional Education Office"] == ["/en/institutions/rio-stara-zagora/"]
    assert not [text for text in lists if "draft" in text or "applicant" in text]
    (script,) = (s for s in page.find_all("script") if s.attrs.get("type"))
    assert json.loads(script.text)["keywords"] == [topic("environment").name_en]
    # What the lists show was read with them: more rows, no more queries.
    with CaptureQueriesContext(connection) as few:
        client.get(f"/en/causes/{cause.slug}/")
    cause.add_co_sponsor(organisation=OrganisationFactory(), by=None)
    cause.activities.add(*ActivityFactory.create_batch(2, organisation=shared))
    with CaptureQueriesContext(connection) as many:
        client.get(f"/en/causes/{cause.slug}/")
    assert len(many) == len(few)


def test_supporting_needs_signing_in_and_comes_back(client, cause):
    response = client.post(f"/causes/{cause.slug}/support/")

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next=/causes/{cause.slug}/"
    assert not Support.objects.exists()


def test_a_signed_in_person_supports_once_and_the_count_rises_by_one(
    client, cause, outsider
):
    client.force_login(outsider)

    client.post(f"/causes/{cause.slug}/support/")
    client.post(f"/causes/{cause.slug}/support/")

    response = client.get(cause.get_absolute_url())
    assert response.context["cause"].supporter_count == 1
    assert response.context["supported"] is True


def test_a_supporter_withdraws_with_one_button_and_the_count_falls_at_once(
    client, cause, outsider
):
    other = UserFactory()
    cause.support(user=other)
    cause.support(user=outsider)
    client.force_login(outsider)
    page = client.get(cause.get_absolute_url()).content.decode()
    assert f'action="/causes/{cause.slug}/support/withdraw/"' in page

    response = client.post(f"/causes/{cause.slug}/support/withdraw/", follow=True)

    assert response.context["cause"].supporter_count == 1
    assert response.context["supported"] is False
    page = response.content.decode()
    assert "Подкрепата ви е оттеглена." in page
    assert f'action="/causes/{cause.slug}/support/"' in page
    assert list(Support.objects.values_list("user", flat=True)) == [other.pk]
    again = client.post(f"/causes/{cause.slug}/support/withdraw/", follow=True)
    assert "Не подкрепяте тази кауза." in again.content.decode()
    assert Support.objects.count() == 1


def test_supporters_names_are_never_shown(client, cause, outsider):
    cause.support(user=outsider)

    content = client.get(cause.get_absolute_url()).content.decode()

    assert outsider.email not in content
    assert outsider.last_name not in content


# Proposing and editing


def test_the_owner_proposes_a_cause_for_their_organisation(client, owner, organisation):
    client.force_login(owner)

    response = client.post(
        f"/dashboard/organisations/{organisation.slug}/causes/new/", cause_data()
    )

    cause = Cause.objects.get()
    assert response.status_code == 302
    assert cause.proposed_by == organisation
    assert cause.filed_by == owner
    assert cause.status == Status.PROPOSED


@pytest.mark.parametrize("persona", ["other_member", "outsider"])
def test_others_cannot_propose_for_the_organisation(
    client, request, organisation, persona
):
    client.force_login(request.getfixturevalue(persona))

    response = client.post(
        f"/dashboard/organisations/{organisation.slug}/causes/new/", cause_data()
    )

    assert response.status_code == 403
    assert not Cause.objects.exists()


def test_the_owner_edits_a_proposed_cause(client, owner, cause):
    client.force_login(owner)

    client.post(f"/causes/{cause.slug}/edit/", cause_data(title_bg="Ново заглавие"))

    cause.refresh_from_db()
    assert cause.title_bg == "Ново заглавие"


def test_a_cause_past_proposed_is_no_longer_edited(client, owner, cause):
    cause.change_status(to=Status.ON_AGENDA)
    client.force_login(owner)

    response = client.post(
        f"/causes/{cause.slug}/edit/", cause_data(title_bg="Ново заглавие")
    )

    assert response.status_code == 403
    cause.refresh_from_db()
    assert cause.title_bg == "Достъпна градска среда"


@pytest.mark.parametrize("persona", ["other_member", "outsider"])
def test_others_cannot_edit_or_withdraw(client, request, cause, persona):
    client.force_login(request.getfixturevalue(persona))

    edit = client.post(f"/causes/{cause.slug}/edit/", cause_data(title_bg="Чуждо"))
    withdraw = client.post(f"/causes/{cause.slug}/withdraw/")

    cause.refresh_from_db()
    assert edit.status_code == withdraw.status_code == 403
    assert cause.title_bg != "Чуждо"
    assert cause.status == Status.PROPOSED


def test_the_owner_confirms_withdrawing_the_cause_and_says_why(client, owner, cause):
    client.force_login(owner)

    confirm = client.get(f"/en/causes/{cause.slug}/withdraw/")
    assert "Withdraw the cause?" in confirm.content.decode()
    cause.refresh_from_db()
    assert cause.status == Status.PROPOSED

    client.post(f"/causes/{cause.slug}/withdraw/", {"reason": "Общината го направи."})

    cause.refresh_from_db()
    assert cause.status == Status.WITHDRAWN
    change = cause.history.last()
    assert (change.changed_by, change.reason) == (owner, "Общината го направи.")


def test_a_closed_cause_takes_no_more_support(client, cause, outsider):
    cause.withdraw(by=None)
    client.force_login(outsider)

    client.post(f"/causes/{cause.slug}/support/")

    assert not cause.supports.exists()
    page = client.get(f"/en/causes/{cause.slug}/").content.decode()
    assert "This cause no longer accepts support." in page
    assert "Support this cause" not in page


# Co-sponsoring


def test_another_member_co_sponsors_and_withdraws_that(
    client, other_member, other_organisation, cause
):
    client.force_login(other_member)
    url = f"/causes/{cause.slug}/co-sponsor/"

    client.post(url, {"organisation": other_organisation.pk})
    assert cause.co_sponsorships.filter(organisation=other_organisation).exists()

    client.post(url, {"organisation": other_organisation.pk, "action": "withdraw"})
    assert not cause.co_sponsorships.exists()


def test_the_owner_does_not_co_sponsor_their_own_cause(
    client, owner, organisation, cause
):
    client.force_login(owner)

    response = client.post(
        f"/causes/{cause.slug}/co-sponsor/", {"organisation": organisation.pk}
    )

    assert response.status_code == 403
    assert not cause.co_sponsorships.exists()


def test_an_outsider_cannot_co_sponsor_for_an_organisation(
    client, outsider, other_organisation, cause
):
    client.force_login(outsider)

    response = client.post(
        f"/causes/{cause.slug}/co-sponsor/", {"organisation": other_organisation.pk}
    )

    assert response.status_code == 403
    assert not cause.co_sponsorships.exists()


def test_the_third_co_sponsor_from_the_page_backs_the_cause(client, cause):
    for _ in range(3):
        editor = UserFactory()
        organisation = OrganisationFactory()
        organisation.roles.create(user=editor, kind="editor")
        client.force_login(editor)
        client.post(
            f"/causes/{cause.slug}/co-sponsor/", {"organisation": organisation.pk}
        )

    cause.refresh_from_db()
    assert cause.status == Status.BACKED
    assert [c.to_status for c in cause.history.all()] == ["proposed", "backed"]


def test_a_cause_has_an_atom_feed_of_its_way(client, cause, coordinator):
    from xml.etree import ElementTree

    cause.change_status(to=Status.ON_AGENDA, by=coordinator, reason="Общо събрание.")

    response = client.get(f"/en/feeds/causes/{cause.slug}/")

    feed = ElementTree.fromstring(response.content)  # noqa: S314 - our own feed
    atom = "{http://www.w3.org/2005/Atom}"
    titles = [entry.find(f"{atom}title").text for entry in feed.findall(f"{atom}entry")]
    assert response["Content-Type"].startswith("application/atom+xml")
    assert titles == ["Became “on the agenda”", "Proposed"]
    assert (
        'href="/en/feeds/causes/'
        in client.get(f"/en/causes/{cause.slug}/").content.decode()
    )


def test_profiles_list_the_causes_proposed_and_co_sponsored(
    client, cause, organisation, other_organisation
):
    cause.add_co_sponsor(organisation=other_organisation, by=None)

    proposer = client.get(organisation.get_absolute_url()).content.decode()
    sponsor = client.get(other_organisation.get_absolute_url()).content.decode()

    assert cause.get_absolute_url() in proposer
    assert cause.get_absolute_url() in sponsor


def test_transparency_counts_causes_by_status(client, cause):
    from network_portal.transparency import Report

    cause.change_status(to=Status.ON_AGENDA)

    bars = {bar.label: bar.value for bar in Report.for_year(None).causes_by_status()}

    assert bars["В дневния ред"] == 1
    assert bars["Предложена"] == 0


def test_transparency_shows_how_far_causes_got(client, cause):
    from network_portal.transparency import Report

    cause.change_status(to=Status.ON_AGENDA)  # straight to the agenda
    cause.change_status(to=Status.DECLINED)
    Cause.objects.create(
        proposed_by=OrganisationFactory(), title_bg="Б", summary_bg="x"
    )

    way = dict(Report.for_year(None).causes_way())

    assert list(way.values()) == [2, 1, 1, 0, 0, 0]
    assert next(iter(way)) == "Предложена"
    page = parse(client.get("/transparency/").content.decode())
    shown = [item.text for item in page.find("ol", class_="way").elements]
    assert shown == [f"{count} {label}" for label, count in way.items()]


def test_the_cause_page_shows_its_milestones_in_order(client, cause):
    from datetime import date

    cause.milestones.create(
        date=date(2026, 4, 1),
        title_bg="Среща с кмета",
        title="Среща с кмета",
        title_en="Meeting the mayor",
    )
    cause.milestones.create(
        date=date(2026, 3, 1), title_bg="Писмо", title="Писмо", title_en="A letter"
    )

    content = client.get(f"/en/causes/{cause.slug}/").content.decode()

    assert content.index("A letter") < content.index("Meeting the mayor")


def test_coordinators_add_milestones_in_the_admin(coordinator_client, cause):
    response = coordinator_client.get(f"/admin/causes/cause/{cause.pk}/change/")

    assert response.status_code == 200
    assert "milestones-TOTAL_FORMS" in response.content.decode()

"""Feeds, calendars and open data answer "not modified" to a client that has
them already, and the full document once they change."""

import pytest

from tests.events.test_meetings import make_meeting
from tests.factories import ActivityFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

DOCUMENTS = [
    "/feeds/news/",
    "/en/feeds/news/",
    "/events/calendar.ics",
    "/open-data/activities.csv",
    "/open-data/organisations.json?lang=en",
]


@pytest.fixture
def network(db):
    organisation = OrganisationFactory()
    ActivityFactory(organisation=organisation, state="published", title="Засаждане")
    make_meeting()
    return organisation


@pytest.mark.parametrize("path", DOCUMENTS)
def test_a_client_that_has_the_document_gets_not_modified(client, network, path):
    first = client.get(path)
    assert first.status_code == 200
    etag = first["ETag"]

    again = client.get(path, headers={"if-none-match": etag})

    assert again.status_code == 304
    assert again.content == b""


# What each document says of the change below.
CHANGED = dict(
    zip(
        DOCUMENTS,
        ["Почистване", "Clean-up", "Работна среща", "Почистване", "New Name"],
        strict=True,
    )
)


@pytest.mark.parametrize("path", DOCUMENTS)
def test_a_change_gives_a_new_document(client, network, path):
    etag = client.get(path)["ETag"]
    assert CHANGED[path] not in client.get(path).content.decode()
    ActivityFactory(
        organisation=network, state="published", title="Почистване", title_en="Clean-up"
    )
    network.name, network.name_en = "Сдружение „Ново име“", "New Name"
    network.save()
    make_meeting(title_bg="Работна среща", title_en="Working meeting")

    again = client.get(path, headers={"if-none-match": etag})

    assert again.status_code == 200
    assert again["ETag"] != etag
    assert CHANGED[path] in again.content.decode()

"""The coordinators' work queue counts the institutions editors suggested,
with a link to the administration's list of exactly those."""

import pytest
from django.utils import translation
from django.utils.text import capfirst

from tests.network_portal.test_proposal_transparency import make_institution
from tests.network_portal.test_work_queue import queue

pytestmark = pytest.mark.django_db

LINK = "/admin/members/institution/?confirmed_at__isnull=True"


def label(count):
    """The row's words in the administration's language, Bulgarian."""
    with translation.override("bg"):
        return capfirst(
            translation.ngettext(
                "institution suggested by editors",
                "institutions suggested by editors",
                count,
            )
        )


def test_the_queue_counts_suggested_institutions_and_links_their_list(
    coordinator_client,
):
    make_institution("Община Стара Загора", "obshtina-sz")
    make_institution("Нова агенция", "new-agency", confirmed=False)
    make_institution("Ново читалище", "new-library", kind="library", confirmed=False)

    rows = queue(coordinator_client.get("/admin/").content.decode())

    [row] = [row for row in rows if "/members/institution/" in row[2]]
    assert row == (label(2), "2", LINK)
    listed = coordinator_client.get(row[2]).context["cl"]
    assert sorted(i.name for i in listed.result_list) == [
        "Нова агенция",
        "Ново читалище",
    ]


def test_none_suggested_is_counted_as_none(coordinator_client):
    make_institution("Община Стара Загора", "obshtina-sz")

    rows = queue(coordinator_client.get("/admin/").content.decode())

    assert (label(0), "0", LINK) in rows

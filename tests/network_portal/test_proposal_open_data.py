"""The open dataset of proposals to institutions: its columns, its public
rows and what each says of the answer."""

import csv
import io
import json

import pytest

from causes.models import Cause
from network_portal.open_data import DATASETS
from tests.factories import OrganisationFactory
from tests.network_portal.test_proposal_transparency import (
    build_proposals,
    days_ago,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def proposals(db):
    return build_proposals()


COLUMNS = [
    "slug", "kind", "title_bg", "title_en", "institution", "institution_slug",
    "cause", "sent_by", "co_signers", "sent_on", "registration_number",
    "due_on", "answered_on", "outcome", "answered_on_time", "overdue", "url",
]  # fmt: skip


def rows(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return response, response.content.decode("utf-8")


def test_the_csv_has_the_columns_and_the_public_rows_only(client, proposals):
    response, text = rows(client, "/open-data/proposals.csv")

    read = list(csv.DictReader(io.StringIO(text)))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert text.splitlines()[0].split(",") == COLUMNS
    assert sorted(row["title_bg"] for row in read) == sorted(
        proposals[name].title
        for name in ("on time", "late", "overdue", "awaiting", "no answer", "partly")
    )
    assert "До непотвърдената" not in text
    assert "От кандидата" not in text


def test_a_row_says_to_whom_by_whom_when_and_how_it_was_answered(client, proposals):
    late = proposals["late"]
    late.title_en = "Pavement repair"
    late.registration_number = "94-00-123"
    late.cause = Cause.objects.create(
        proposed_by=late.organisation, title_bg="Тротоари", summary_bg="x"
    )
    late.save()
    co_signers = [OrganisationFactory(), OrganisationFactory()]
    late.co_signers.add(*co_signers)
    municipality = proposals["municipality"]
    municipality.name_en = "Stara Zagora Municipality"
    municipality.save()

    _, text = rows(client, "/open-data/proposals.json?lang=en")

    document = json.loads(text)
    assert document["meta"]["fields"] == COLUMNS
    found = {row["slug"]: row for row in document["data"]}
    assert found[late.slug] == {
        "slug": late.slug,
        "kind": "proposal",
        "title_bg": "Ремонт на тротоар",
        "title_en": "Pavement repair",
        "institution": "Stara Zagora Municipality",  # in the file's language
        "institution_slug": "obshtina-sz",
        "cause": late.cause.slug,
        "sent_by": late.organisation.slug,
        "co_signers": sorted(o.slug for o in co_signers),
        "sent_on": days_ago(100).isoformat(),
        "registration_number": "94-00-123",
        "due_on": days_ago(40).isoformat(),
        "answered_on": days_ago(30).isoformat(),
        "outcome": "rejected",
        "answered_on_time": False,
        "overdue": False,
        "url": f"http://testserver/en/proposals/{late.slug}/",
    }
    states = {
        name: (
            found[proposals[name].slug]["outcome"],
            found[proposals[name].slug]["answered_on_time"],
            found[proposals[name].slug]["overdue"],
        )
        for name in ("on time", "overdue", "awaiting", "no answer", "partly")
    }
    assert states == {
        "on time": ("accepted", True, False),
        "overdue": (None, None, True),
        "awaiting": (None, None, False),
        "no answer": ("no_answer", None, True),  # stays overdue, as it was
        "partly": ("partly", True, False),
    }
    assert found[proposals["overdue"].slug]["answered_on"] is None
    assert found[proposals["overdue"].slug]["co_signers"] == []
    assert found[proposals["overdue"].slug]["cause"] is None


def test_the_bulgarian_file_names_the_institution_in_bulgarian(client, proposals):
    proposals["municipality"].name_en = "Stara Zagora Municipality"
    proposals["municipality"].save()

    _, text = rows(client, "/open-data/proposals.csv")

    assert "Община Стара Загора" in text
    assert "Stara Zagora Municipality" not in text


def test_the_open_data_page_documents_the_dataset_and_its_fields(client):
    content = client.get("/en/open-data/").content.decode()

    assert [field.name for field in DATASETS["proposals"].fields] == COLUMNS
    assert 'id="dataset-proposals">Proposals to institutions</h2>' in content
    assert "/open-data/proposals.csv?lang=en" in content
    assert "/open-data/proposals.json?lang=en" in content
    for column in COLUMNS:
        assert f"<code>{column}</code>" in content

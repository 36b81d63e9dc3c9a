"""What a meeting leaves behind, recorded by a coordinator in the admin: its
minutes, which organisations attended, and its documents, and where the
public pages show them."""

import re
from datetime import date, timedelta

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import re_path
from django.utils import timezone
from django.views.static import serve

from events.models import Attendance, Document, Meeting
from network_portal.urls import urlpatterns as site_urlpatterns
from tests.events.test_meetings import admin_data, make_meeting
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def media(request, path):
    return serve(request, path, document_root=settings.MEDIA_ROOT)


# The site as a host without a proxy for uploads runs it (DJANGO_SERVE_MEDIA):
# Django itself serves the files, so that a download link can be followed.
urlpatterns = [
    *site_urlpatterns,
    re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", media),
]


@pytest.fixture
def held():
    return make_meeting(
        starts_at=timezone.now() - timedelta(days=5), status=Meeting.Status.HELD
    )


def record(coordinator_client, meeting, **fields):
    """Save the meeting's change form in the admin with these fields."""
    return coordinator_client.post(
        f"/admin/events/meeting/{meeting.pk}/change/", admin_data(meeting, **fields)
    )


def public(path):
    """A page as a visitor who is not signed in sees it."""
    return Client().get(path).content.decode()


def saved(response):
    assert response.status_code == 302, response.context["errors"]


def section(page, heading):
    """The part of the meeting page under an <h2>, up to the next one."""
    match = re.search(rf"<h2>{heading}</h2>(.*?)(?=<h2|</div>)", page, re.S)
    return match.group(1) if match else None


# Minutes


def test_minutes_recorded_in_the_admin_appear_on_the_meeting_page(
    coordinator_client, held
):
    before = public(held.get_absolute_url())
    assert section(before, "Протокол") is None

    saved(
        record(
            coordinator_client,
            held,
            minutes_bg="Присъстваха **12 организации**.\n\n- Отчет\n- Бюджет",
        )
    )

    minutes = section(public(held.get_absolute_url()), "Протокол")
    assert "Присъстваха <strong>12 организации</strong>." in minutes
    assert "<li>Отчет</li>" in minutes
    assert "<li>Бюджет</li>" in minutes


def test_the_english_page_shows_the_english_minutes_or_else_the_bulgarian(
    coordinator_client, held
):
    saved(record(coordinator_client, held, minutes_bg="Приет бюджет за 2026 г."))
    english = public(f"/en{held.get_absolute_url()}")
    assert "Приет бюджет за 2026 г." in section(english, "Minutes")

    saved(
        record(
            coordinator_client,
            held,
            minutes_bg="Приет бюджет за 2026 г.",
            minutes_en="The 2026 budget was adopted.",
        )
    )
    english = public(f"/en{held.get_absolute_url()}")
    assert "The 2026 budget was adopted." in section(english, "Minutes")
    assert "Приет бюджет" not in english


def test_minutes_cannot_carry_scripts_onto_the_page(coordinator_client, held):
    saved(
        record(
            coordinator_client,
            held,
            minutes_bg='Решено.<script>alert("протокол")</script>'
            '<img src=x onerror="alert(1)">',
        )
    )

    page = public(held.get_absolute_url())
    assert "Решено." in section(page, "Протокол")
    assert 'alert("протокол")</script>' not in page
    assert "onerror" not in page


def test_minutes_taken_out_again_leave_the_page(coordinator_client, held):
    saved(record(coordinator_client, held, minutes_bg="Протокол по грешка."))
    assert "Протокол по грешка." in public(held.get_absolute_url())

    saved(record(coordinator_client, held, minutes_bg=""))

    page = public(held.get_absolute_url())
    assert "Протокол по грешка." not in page
    assert section(page, "Протокол") is None


# Attendance


@pytest.fixture
def members():
    joined = date.today() - timedelta(days=365)
    return [
        OrganisationFactory(name=name, joined_on=joined)
        for name in ("Сдружение „Бряст“", "Фондация „Липа“", "Клуб „Дъб“")
    ]


def attendance(*rows):
    """The attendance inline's fields for new rows of (organisation, people)."""
    fields = {"attendance-TOTAL_FORMS": str(len(rows))}
    for number, (organisation, people) in enumerate(rows):
        fields[f"attendance-{number}-organisation"] = str(organisation.pk)
        fields[f"attendance-{number}-people"] = str(people)
    return fields


def meeting_rates(page):
    """Each organisation's share of the meetings, from the transparency
    page's data table."""
    meetings = re.search(
        r"transparency__section--meetings(.*?)</section>", page, re.S
    ).group(1)
    rows = re.findall(r'<th scope="row">(.*?)</th><td>(.*?)</td>', meetings)
    return dict(rows)


def test_a_coordinator_records_who_attended_and_the_meeting_page_lists_them(
    coordinator_client, held, members
):
    brest, lipa, _dab = members

    saved(
        record(
            coordinator_client,
            held,
            participants="9",
            **attendance((brest, 5), (lipa, 4)),
        )
    )

    assert set(
        Attendance.objects.filter(meeting=held).values_list("organisation", "people")
    ) == {(brest.pk, 5), (lipa.pk, 4)}
    who = section(public(held.get_absolute_url()), "Кой участва")
    assert "9 души участваха." in who
    assert (
        f'<li><a href="{brest.get_absolute_url()}">Сдружение „Бряст“</a> (5)</li>'
        in who
    )
    assert (
        f'<li><a href="{lipa.get_absolute_url()}">Фондация „Липа“</a> (4)</li>' in who
    )
    assert "Дъб" not in who


def test_recorded_attendance_counts_on_the_transparency_page(
    coordinator_client, held, members
):
    brest, lipa, dab = members
    make_meeting(
        starts_at=timezone.now() - timedelta(days=40), status=Meeting.Status.HELD
    )

    saved(record(coordinator_client, held, **attendance((brest, 2), (lipa, 1))))

    page = public("/transparency/")
    rates = meeting_rates(page)
    assert rates[brest.name] == "50"
    assert rates[lipa.name] == "50"
    assert rates[dab.name] == "0"


def test_a_corrected_attendance_replaces_what_the_page_showed(
    coordinator_client, held, members
):
    brest, lipa, _dab = members
    saved(record(coordinator_client, held, **attendance((brest, 5), (lipa, 4))))
    rows = {row.organisation: row for row in held.attendance.all()}

    saved(
        record(
            coordinator_client,
            held,
            **{
                "attendance-TOTAL_FORMS": "2",
                "attendance-INITIAL_FORMS": "2",
                "attendance-0-id": str(rows[brest].pk),
                "attendance-0-meeting": str(held.pk),
                "attendance-0-organisation": str(brest.pk),
                "attendance-0-people": "3",
                "attendance-1-id": str(rows[lipa].pk),
                "attendance-1-meeting": str(held.pk),
                "attendance-1-organisation": str(lipa.pk),
                "attendance-1-people": "4",
                "attendance-1-DELETE": "on",
            },
        )
    )

    assert list(held.attendance.values_list("organisation", "people")) == [
        (brest.pk, 3)
    ]
    who = section(public(held.get_absolute_url()), "Кой участва")
    assert "Сдружение „Бряст“</a> (3)" in who
    assert "Липа" not in who


def test_an_organisation_is_recorded_once_per_meeting(
    coordinator_client, held, members
):
    brest, _lipa, _dab = members

    response = record(coordinator_client, held, **attendance((brest, 5), (brest, 2)))

    assert response.status_code == 200
    assert "Моля, коригирайте дублираните данни за" in response.content.decode()
    assert not Attendance.objects.exists()
    page = public(held.get_absolute_url())
    assert section(page, "Кой участва") is None


# Documents


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"


def document(title, upload):
    return {
        "documents-TOTAL_FORMS": "1",
        "documents-0-title_bg": title,
        "documents-0-title_en": "",
        "documents-0-file": upload,
    }


def meeting_files():
    folder = settings.MEDIA_ROOT / "meetings"
    return sorted(folder.iterdir()) if folder.exists() else []


@pytest.mark.urls(__name__)
def test_an_uploaded_document_is_listed_with_a_link_that_downloads_it(
    coordinator_client, held
):
    upload = SimpleUploadedFile("протокол.pdf", PDF, content_type="application/pdf")

    saved(
        record(coordinator_client, held, **document("Протокол от събранието", upload))
    )

    stored = Document.objects.get(meeting=held)
    assert stored.title_bg == "Протокол от събранието"
    assert [path.read_bytes() for path in meeting_files()] == [PDF]
    listed = section(public(held.get_absolute_url()), "Документи")
    link = re.search(
        r'<li><a href="([^"]+)" download>Протокол от събранието</a> \(PDF\)</li>',
        listed,
    )
    assert link, listed
    assert link.group(1).startswith(f"{settings.MEDIA_URL}meetings/")
    download = Client().get(link.group(1))
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("протокол.pdf", b"<html><body>minutes</body></html>"),
        SimpleUploadedFile("протокол.exe", b"MZ\x90\x00\x03\x00"),
        SimpleUploadedFile("протокол.svg", b"<svg onload='alert(1)'/>"),
    ],
    ids=["html named pdf", "program", "svg"],
)
def test_a_file_that_is_not_a_document_is_refused_with_the_reason(
    coordinator_client, held, upload
):
    response = record(
        coordinator_client,
        held,
        minutes_bg="Записано с документа.",
        **document("Протокол", upload),
    )

    assert response.status_code == 200
    assert (
        "Този файл не е документ, който приемаме. Качете PDF или офис файл "
        "(DOCX, XLSX, PPTX, ODT, ODS или ODP)." in response.content.decode()
    )
    assert not Document.objects.exists()
    assert meeting_files() == []
    page = public(held.get_absolute_url())
    assert section(page, "Документи") is None
    assert "Записано с документа." not in page  # nothing of the form is saved

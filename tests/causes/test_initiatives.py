"""Partner initiatives with institutions; causes' images; activities that
editors link to causes; documents checked by their content."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from causes.demo import demo_pdf
from causes.models import Cause, Initiative
from infrastructure.documents import verify_document
from members.models import Institution
from tests.factories import ActivityFactory, OrganisationFactory
from tests.members.test_activities import activity_data, new_url, photo

pytestmark = pytest.mark.django_db


@pytest.fixture
def cause(organisation):
    return Cause.objects.create(
        proposed_by=organisation,
        title_bg="Читалищата през уикенда",
        title_en="Community centres at weekends",
        summary_bg="Отворени и в събота.",
    )


@pytest.fixture
def initiative(organisation, cause):
    initiative = Initiative.objects.create(
        title_bg="Библиотека за всички",
        title_en="A library for all",
        summary_bg="Заедно с регионалната библиотека.",
        summary_en="With the regional library.",
        status=Initiative.Status.ACTIVE,
        starts_on="2026-02-01",
        agreement_title_bg="Споразумение за партньорство",
        agreement_title_en="Partnership agreement",
    )
    initiative.agreement.save("agreement.pdf", io.BytesIO(demo_pdf("Agreement")))
    initiative.institutions.add(
        Institution.objects.create(
            name_bg="Регионална библиотека",
            name_en="Regional Library",
            name="Регионална библиотека",
            slug="regionalna-biblioteka",
            kind="library",
        )
    )
    initiative.organisations.add(organisation)
    initiative.causes.add(cause)
    return initiative


def pdf(name="agreement.pdf"):
    return SimpleUploadedFile(name, demo_pdf("Agreement"))


def office(name, content_types, mimetype=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if mimetype:
            archive.writestr("mimetype", mimetype)
        if content_types:
            archive.writestr("[Content_Types].xml", content_types)
    return SimpleUploadedFile(name, buffer.getvalue())


# The public pages


def test_the_list_shows_initiatives_and_filters_by_status(client, initiative):
    response = client.get("/en/initiatives/")

    assert list(response.context["initiatives"]) == [initiative]
    assert "Regional Library" in response.content.decode()
    filtered = client.get("/en/initiatives/?status=completed")
    assert list(filtered.context["initiatives"]) == []


def test_an_initiative_shows_who_what_and_the_agreement(
    client, initiative, organisation, cause
):
    page = client.get(f"/en/initiatives/{initiative.slug}/").content.decode()

    assert "A library for all" in page
    assert "Regional Library" in page
    assert organisation.get_absolute_url() in page
    assert cause.get_absolute_url() in page
    assert initiative.agreement.url in page
    assert "Partnership agreement" in page


def test_the_cause_links_to_its_initiatives(client, initiative, cause):
    page = client.get(f"/en/causes/{cause.slug}/").content.decode()

    assert initiative.get_absolute_url() in page


def test_profiles_list_their_initiatives(client, initiative, organisation):
    page = client.get(organisation.get_absolute_url()).content.decode()

    assert initiative.get_absolute_url() in page


def test_the_causes_and_the_footer_link_to_the_initiatives(client):
    page = client.get("/causes/").content.decode()

    assert 'href="/initiatives/"' in page


def test_coordinators_record_an_initiative_with_its_agreement(
    coordinator_client, organisation, cause
):
    institution = Institution.objects.create(name="Община", slug="o", kind="other")

    response = coordinator_client.post(
        "/admin/causes/initiative/add/",
        {
            "title_bg": "Достъпна Стара Загора",
            "title_en": "",
            "summary_bg": "Заедно с общината.",
            "summary_en": "",
            "description_bg": "",
            "description_en": "",
            "status": "active",
            "starts_on": "2026-03-01",
            "ends_on": "",
            "institutions": [institution.pk],
            "organisations": [organisation.pk],
            "causes": [cause.pk],
            "agreement_title_bg": "Меморандум",
            "agreement_title_en": "",
            "agreement": pdf(),
        },
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    initiative = Initiative.objects.get()
    assert initiative.slug == "dostapna-stara-zagora"
    assert initiative.agreement.name.endswith(".pdf")


def test_an_agreement_that_is_not_a_document_is_refused(coordinator_client):
    response = coordinator_client.post(
        "/admin/causes/initiative/add/",
        {
            "title_bg": "Инициатива",
            "summary_bg": "x",
            "status": "active",
            "starts_on": "2026-03-01",
            "agreement": SimpleUploadedFile("agreement.pdf", b"<html>not a pdf"),
        },
    )

    assert response.status_code == 200
    assert not Initiative.objects.exists()
    assert "agreement" in response.context["adminform"].form.errors


# Documents


def test_pdf_and_office_documents_pass():
    verify_document(pdf())
    verify_document(
        office("minutes.docx", '<Types><Override ContentType="wordprocessingml"/>')
    )
    verify_document(
        office(
            "sheet.ods", None, mimetype="application/vnd.oasis.opendocument.spreadsheet"
        )
    )


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("agreement.exe", b"%PDF-1.4"),
        SimpleUploadedFile("agreement.pdf", b"MZ\x90\x00"),
        SimpleUploadedFile("agreement.docx", b"%PDF-1.4 renamed"),
        SimpleUploadedFile("agreement.svg", b"<svg/>"),
    ],
    ids=["wrong extension", "not a pdf", "pdf named docx", "svg"],
)
def test_other_files_are_refused(upload):
    with pytest.raises(ValidationError):
        verify_document(upload)


def test_a_spreadsheet_named_as_a_text_is_refused():
    with pytest.raises(ValidationError):
        verify_document(office("minutes.docx", '<Types ContentType="spreadsheetml"/>'))


def test_an_oversized_document_is_refused():
    upload = SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * (10 * 1024 * 1024))

    with pytest.raises(ValidationError) as error:
        verify_document(upload)
    assert error.value.code == "too_large"


# A cause's image


def test_the_owner_gives_a_cause_an_image_with_a_description(client, owner, cause):
    client.force_login(owner)
    data = {
        "title_bg": cause.title_bg,
        "title_en": "",
        "summary_bg": cause.summary_bg,
        "summary_en": "",
        "description_bg": "",
        "description_en": "",
        "image_alt_bg": "",
        "image_alt_en": "",
    }

    refused = client.post(
        f"/causes/{cause.slug}/edit/", {**data, "image_upload": photo()}
    )
    assert refused.status_code == 200  # an image needs its description
    cause.refresh_from_db()
    assert not cause.image

    client.post(
        f"/causes/{cause.slug}/edit/",
        {**data, "image_upload": photo(), "image_alt_bg": "Читалище"},
    )
    cause.refresh_from_db()
    assert cause.image.name.endswith(".jpg")
    assert cause.image_small.name.endswith(".webp")
    page = client.get(cause.get_absolute_url()).content.decode()
    assert cause.image_medium.url in page
    assert 'alt="Читалище"' in page


# Activities that advanced a cause


def test_an_editor_links_a_new_activity_to_a_cause(client, owner, organisation, cause):
    client.force_login(owner)

    client.post(new_url(organisation), activity_data(causes=[cause.pk], publish="1"))

    (activity,) = cause.activities.all()
    assert activity.organisation == organisation
    page = client.get(cause.get_absolute_url()).content.decode()
    assert activity.get_absolute_url() in page


def test_withdrawn_causes_are_not_offered_and_their_links_stay(
    client, owner, organisation, cause
):
    activity = ActivityFactory(organisation=organisation)
    cause.activities.add(activity)
    cause.withdraw(by=None)
    open_cause = Cause.objects.create(
        proposed_by=OrganisationFactory(), title_bg="Друга", summary_bg="x"
    )
    client.force_login(owner)
    edit = f"/dashboard/organisations/{organisation.slug}/activities/{activity.pk}/"

    form = client.get(edit).context["form"]
    assert list(form.fields["causes"].queryset) == [open_cause]

    client.post(edit, activity_data(causes=[open_cause.pk], save="1"))

    assert set(activity.causes.all()) == {cause, open_cause}


def test_a_draft_linked_to_a_cause_does_not_show_on_it(client, organisation, cause):
    activity = ActivityFactory.create(organisation=organisation, draft=True)
    cause.activities.add(activity)

    page = client.get(cause.get_absolute_url()).content.decode()

    assert activity.get_absolute_url() not in page

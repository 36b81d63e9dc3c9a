"""Hostile uploads: every image and document field refuses bombs, truncated
and disguised files, scripts and oversized files with a message in the
person's language — never a 500, never half a save — and what it accepts is
re-encoded, so that nothing hidden in a picture reaches the public."""

import functools
import io
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from PIL import Image

from causes.demo import demo_pdf
from causes.models import Cause, Initiative
from events.models import Document
from members.models import Activity, ActivityPhoto, Institution
from members.models import Organisation as OrganisationModel
from tests.events.test_meetings import make_meeting
from tests.members.test_activities import activity_data
from tests.members.test_member_area import profile_data
from tests.security.hostile import counts, form_data, form_errors

pytestmark = pytest.mark.django_db

UNREADABLE = (
    "This file is not an image we can read. Upload a JPEG, PNG, WebP or GIF "
    "image (SVG is not accepted)."
)
NOT_ACCEPTED = "Upload a JPEG, PNG, WebP or GIF image. SVG is not accepted."
TOO_MANY_PIXELS = "The image has too many pixels."
IMAGE_TOO_LARGE = "The image is too large: at most 5 MB, please."
EMPTY = "The submitted file is empty."
NOT_A_DOCUMENT = (
    "This file is not a document we accept. Upload a PDF or an office file "
    "(DOCX, XLSX, PPTX, ODT, ODS or ODP)."
)
DOCUMENT_TOO_LARGE = "The document is too large: at most 10 MB, please."


def bulgarian(message):
    with translation.override("bg"):
        return gettext(message)


# Files


def png_chunk(kind, data):
    checksum = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", checksum)


def png(width, height, *, after_data=b""):
    """A black 1-bit PNG of any declared size, its rows compressed as they
    are made: a 20000 × 20000 one takes a few kilobytes."""
    row = b"\x00" * (1 + (width + 7) // 8)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(height))
    data += compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", data)
        + after_data
        + png_chunk(b"IEND", b"")
    )


@functools.cache
def bomb():
    """400 million pixels: a decompression bomb."""
    return png(20_000, 20_000)


@functools.cache
def many_pixels():
    """64 million pixels: under Pillow's own alarm, over the portal's limit."""
    return png(8_000, 8_000)


def text_bomb():
    """A small PNG whose text chunk, after the pixels, inflates to 4 MB."""
    text = b"Comment\x00\x00" + zlib.compress(b"A" * (4 * 1024 * 1024), 9)
    return png(10, 10, after_data=png_chunk(b"zTXt", text))


def picture(image_format="PNG", size=(120, 80)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "#0d5c55").save(buffer, image_format)
    return buffer.getvalue()


def gif_bomb():
    """A 1 × 1 GIF whose logical screen claims 65535 × 65535 pixels."""
    data = bytearray(picture("GIF", (1, 1)))
    data[6:10] = struct.pack("<HH", 65535, 65535)
    return bytes(data)


SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
    b"<script>alert(document.cookie)</script></svg>"
)
HTML = b"<!doctype html><html><script>alert(document.cookie)</script></html>"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64
PHP = b"<?php system($_GET['c']); ?>"


@dataclass
class Bad:
    name: str
    content: object  # bytes, or a function making them
    message: str

    def upload(self):
        content = self.content() if callable(self.content) else self.content
        return SimpleUploadedFile(self.name, content)


BAD_IMAGES = {
    "bomb": Bad("photo.png", bomb, TOO_MANY_PIXELS),
    "too many pixels": Bad("photo.png", many_pixels, TOO_MANY_PIXELS),
    "gif bomb": Bad("photo.gif", gif_bomb, TOO_MANY_PIXELS),
    "text bomb": Bad("photo.png", text_bomb, UNREADABLE),
    "truncated png": Bad("photo.png", lambda: picture("PNG")[:200], UNREADABLE),
    "truncated jpeg": Bad(
        "photo.jpg", lambda: picture("JPEG", (600, 400))[:400], UNREADABLE
    ),
    "html named png": Bad("photo.png", HTML, UNREADABLE),
    "svg": Bad("photo.svg", SVG, UNREADABLE),
    "svg named png": Bad("photo.png", SVG, UNREADABLE),
    "exe": Bad("photo.exe", EXE, UNREADABLE),
    "png named exe": Bad("photo.exe", lambda: picture("PNG"), NOT_ACCEPTED),
    "png named php": Bad("photo.php", lambda: picture("PNG"), NOT_ACCEPTED),
    "png named html": Bad("photo.html", lambda: picture("PNG"), NOT_ACCEPTED),
    "png and php named php.png": Bad(
        "photo.php.png", lambda: picture("PNG")[:-12] + PHP, UNREADABLE
    ),
    "bmp": Bad("photo.bmp", lambda: picture("BMP"), NOT_ACCEPTED),
    "tiff named png": Bad("photo.png", lambda: picture("TIFF"), NOT_ACCEPTED),
    "over 5 MB": Bad(
        "photo.png",
        lambda: picture("PNG") + b"\x00" * (5 * 1024 * 1024),
        IMAGE_TOO_LARGE,
    ),
    "empty": Bad("photo.png", b"", EMPTY),
}

# Valid images that carry something else: accepted, and re-encoded so that
# only the picture is kept.
POLYGLOTS = {
    "gif with html after it": ("photo.gif", lambda: picture("GIF") + HTML),
    "png with a script in a text chunk": (
        "photo.png",
        lambda: (
            picture("PNG")[:-12]
            + png_chunk(b"tEXt", b"Comment\x00" + HTML)
            + png_chunk(b"IEND", b"")
        ),
    ),
    "jpeg with php after it": ("photo.jpg", lambda: picture("JPEG") + PHP),
}


# Where images are uploaded


@dataclass
class ImageField:
    name: str
    persona: str
    url: object  # (world) -> str
    data: object  # (world, client) -> dict without the file
    field: str
    watched: object  # (world) -> what a refusal leaves as it was


def organisation_row(w):
    return list(OrganisationModel.objects.filter(pk=w["organisation"].pk).values_list())


def cause_row(w):
    return list(Cause.objects.filter(pk=w["cause"].pk).values_list())


def admin_change(url, form_id):
    def data(w, client):
        page = client.get(url(w))
        assert page.status_code == 200
        return form_data(page.content, form_id)

    return data


def dashboard(w, rest=""):
    return f"/dashboard/organisations/{w['organisation'].slug}/{rest}"


IMAGE_FIELDS = [
    ImageField(
        "logo",
        "owner",
        url=lambda w: dashboard(w),
        data=lambda w, client: {
            **profile_data(w["organisation"]),
            "email": "changed@example.org",
        },
        field="logo_upload",
        watched=organisation_row,
    ),
    ImageField(
        "activity photo",
        "owner",
        url=lambda w: dashboard(w, "activities/new/"),
        data=lambda w, client: activity_data(**{"photos-0-alt_text_bg": "Снимка"}),
        field="photos-0-upload",
        watched=lambda w: counts(Activity, ActivityPhoto),
    ),
    ImageField(
        "cause image",
        "owner",
        url=lambda w: dashboard(w, "causes/new/"),
        data=lambda w, client: {
            "title_bg": "Пейки в парка",
            "summary_bg": "Повече пейки.",
            "image_alt_bg": "Пейка",
        },
        field="image_upload",
        watched=lambda w: counts(Cause),
    ),
    ImageField(
        "cause image, edited",
        "owner",
        url=lambda w: f"{w['cause'].get_absolute_url()}edit/",
        data=lambda w, client: {
            "title_bg": w["cause"].title_bg,
            "summary_bg": w["cause"].summary_bg,
            "image_alt_bg": "Пейка",
        },
        field="image_upload",
        watched=cause_row,
    ),
    ImageField(
        "logo in the admin",
        "coordinator",
        url=lambda w: f"/admin/members/organisation/{w['organisation'].pk}/change/",
        data=admin_change(
            lambda w: f"/admin/members/organisation/{w['organisation'].pk}/change/",
            "organisation_form",
        ),
        field="logo",
        watched=organisation_row,
    ),
    ImageField(
        "cause image in the admin",
        "coordinator",
        url=lambda w: f"/admin/causes/cause/{w['cause'].pk}/change/",
        data=admin_change(
            lambda w: f"/admin/causes/cause/{w['cause'].pk}/change/", "cause_form"
        ),
        field="image",
        watched=cause_row,
    ),
]


@pytest.fixture
def world(organisation, cause):
    return {"organisation": organisation, "cause": cause}


@pytest.fixture
def as_persona(request, client, world):
    def sign_in(persona):
        if persona == "coordinator":
            return request.getfixturevalue("coordinator_client")
        client.force_login(request.getfixturevalue(persona))
        return client

    return sign_in


def media_files(settings):
    root = Path(settings.MEDIA_ROOT)
    return sorted(path for path in root.rglob("*") if path.is_file())


@pytest.mark.parametrize("target", IMAGE_FIELDS, ids=[t.name for t in IMAGE_FIELDS])
@pytest.mark.parametrize("bad", BAD_IMAGES.values(), ids=list(BAD_IMAGES))
def test_a_bad_image_is_refused_in_bulgarian_and_nothing_is_saved(
    world, as_persona, settings, target, bad
):
    client = as_persona(target.persona)
    data = target.data(world, client)
    before, files = target.watched(world), media_files(settings)

    response = client.post(target.url(world), {**data, target.field: bad.upload()})

    assert response.status_code == 200
    assert target.watched(world) == before
    assert media_files(settings) == files
    message = bulgarian(bad.message)
    assert message != bad.message  # translated
    assert message in form_errors(response)
    assert escape(message) in response.content.decode()


@pytest.mark.parametrize(
    "target", IMAGE_FIELDS[:3], ids=[t.name for t in IMAGE_FIELDS[:3]]
)
@pytest.mark.parametrize(
    "bad",
    [BAD_IMAGES["bomb"], BAD_IMAGES["svg named png"], BAD_IMAGES["png named php"]],
    ids=["bomb", "svg named png", "png named php"],
)
def test_english_pages_refuse_a_bad_image_in_english(
    world, as_persona, settings, target, bad
):
    client = as_persona(target.persona)
    # The rows read in one language: an English page leaves English active.
    with translation.override("bg"):
        before, files = target.watched(world), media_files(settings)

    response = client.post(
        f"/en{target.url(world)}",
        {**target.data(world, client), target.field: bad.upload()},
    )

    assert response.status_code == 200
    assert bad.message in form_errors(response)
    with translation.override("bg"):
        assert target.watched(world) == before
    assert media_files(settings) == files


@pytest.mark.parametrize("target", IMAGE_FIELDS, ids=[t.name for t in IMAGE_FIELDS])
@pytest.mark.parametrize("polyglot", POLYGLOTS.values(), ids=list(POLYGLOTS))
def test_a_picture_carrying_something_else_keeps_only_the_picture(
    world, as_persona, settings, target, polyglot
):
    client = as_persona(target.persona)
    name, content = polyglot

    response = client.post(
        target.url(world),
        {
            **target.data(world, client),
            target.field: SimpleUploadedFile(name, content()),
        },
    )

    assert response.status_code == 302, form_errors(response)
    files = media_files(settings)
    assert files
    for path in files:
        assert path.suffix in {".png", ".jpg", ".webp"}, path
        stored = path.read_bytes()
        for hidden in (b"<script", b"<html", b"<?php", b"alert("):
            assert hidden not in stored, path
        with Image.open(path) as image:
            image.verify()


def test_a_good_image_is_accepted_everywhere(world, as_persona, settings):
    for target in IMAGE_FIELDS:
        client = as_persona(target.persona)
        upload = SimpleUploadedFile("photo.jpg", picture("JPEG"))
        before = target.watched(world)

        response = client.post(
            target.url(world), {**target.data(world, client), target.field: upload}
        )

        assert response.status_code == 302, (target.name, form_errors(response))
        assert target.watched(world) != before, target.name


# Documents: agreements of initiatives and meetings' documents


def office_bomb():
    """A .docx whose one part inflates to 101 MB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml", '<Types ContentType="wordprocessingml"/>'
        )
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            chunk = b"\x00" * (1024 * 1024)
            for _ in range(101):
                part.write(chunk)
    return buffer.getvalue()


def office(content_types):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", content_types)
    return buffer.getvalue()


BAD_DOCUMENTS = {
    "html named pdf": Bad("agreement.pdf", HTML, NOT_A_DOCUMENT),
    "pdf named html": Bad("agreement.html", lambda: demo_pdf("x"), NOT_A_DOCUMENT),
    "pdf and html named html": Bad(
        "agreement.html", lambda: demo_pdf("x") + HTML, NOT_A_DOCUMENT
    ),
    "png named pdf": Bad("agreement.pdf", lambda: picture("PNG"), NOT_A_DOCUMENT),
    "exe": Bad("agreement.exe", EXE, NOT_A_DOCUMENT),
    "exe named pdf": Bad("agreement.pdf", EXE, NOT_A_DOCUMENT),
    "php": Bad("agreement.php", PHP, NOT_A_DOCUMENT),
    "svg": Bad("agreement.svg", SVG, NOT_A_DOCUMENT),
    "svg named pdf": Bad("agreement.pdf", SVG, NOT_A_DOCUMENT),
    "zip bomb named docx": Bad("agreement.docx", office_bomb, NOT_A_DOCUMENT),
    "spreadsheet named docx": Bad(
        "agreement.docx",
        lambda: office('<Types ContentType="spreadsheetml"/>'),
        NOT_A_DOCUMENT,
    ),
    "truncated docx": Bad(
        "agreement.docx",
        lambda: office('<Types ContentType="wordprocessingml"/>')[:60],
        NOT_A_DOCUMENT,
    ),
    "over 10 MB": Bad(
        "agreement.pdf",
        lambda: demo_pdf("x") + b"\x00" * (10 * 1024 * 1024),
        DOCUMENT_TOO_LARGE,
    ),
    "empty": Bad("agreement.pdf", b"", EMPTY),
}


@pytest.fixture
def initiative(organisation):
    initiative = Initiative.objects.create(
        title_bg="Библиотека за всички",
        summary_bg="Заедно с регионалната библиотека.",
        status=Initiative.Status.ACTIVE,
        starts_on="2026-02-01",
        agreement_title_bg="Споразумение",
    )
    initiative.institutions.add(
        Institution.objects.create(
            name="Регионална библиотека",
            name_bg="Регионална библиотека",
            slug="regionalna-biblioteka",
            kind="library",
        )
    )
    initiative.organisations.add(organisation)
    return initiative


@pytest.fixture
def meeting(db):
    return make_meeting()


@dataclass
class DocumentField:
    name: str
    url: object  # (initiative, meeting) -> str
    form_id: str
    add_rows: tuple
    fields: dict  # what the new row needs besides the file
    field: str
    watched: object  # (initiative, meeting) -> what a refusal leaves as it was


DOCUMENT_FIELDS = [
    DocumentField(
        "initiative agreement",
        url=lambda i, m: f"/admin/causes/initiative/{i.pk}/change/",
        form_id="initiative_form",
        add_rows=(),
        fields={},
        field="agreement",
        watched=lambda i, m: list(Initiative.objects.filter(pk=i.pk).values_list()),
    ),
    DocumentField(
        "meeting document",
        url=lambda i, m: f"/admin/events/meeting/{m.pk}/change/",
        form_id="meeting_form",
        add_rows=("documents",),
        fields={"documents-0-title_bg": "Протокол"},
        field="documents-0-file",
        watched=lambda i, m: counts(Document),
    ),
]


def document_post(client, target, initiative, meeting, upload):
    url = target.url(initiative, meeting)
    page = client.get(url)
    assert page.status_code == 200
    data = form_data(page.content, target.form_id, add_rows=target.add_rows)
    return client.post(url, {**data, **target.fields, target.field: upload})


@pytest.mark.parametrize(
    "target", DOCUMENT_FIELDS, ids=[t.name for t in DOCUMENT_FIELDS]
)
@pytest.mark.parametrize("bad", BAD_DOCUMENTS.values(), ids=list(BAD_DOCUMENTS))
def test_a_bad_document_is_refused_in_bulgarian_and_nothing_is_saved(
    coordinator_client, settings, initiative, meeting, target, bad
):
    before = target.watched(initiative, meeting)
    files = media_files(settings)

    response = document_post(
        coordinator_client, target, initiative, meeting, bad.upload()
    )

    assert response.status_code == 200
    assert target.watched(initiative, meeting) == before
    assert media_files(settings) == files
    message = bulgarian(bad.message)
    assert message != bad.message
    assert message in form_errors(response)


@pytest.mark.parametrize(
    "target", DOCUMENT_FIELDS, ids=[t.name for t in DOCUMENT_FIELDS]
)
def test_a_pdf_is_accepted(coordinator_client, settings, initiative, meeting, target):
    upload = SimpleUploadedFile("agreement.pdf", demo_pdf("Agreement"))

    response = document_post(coordinator_client, target, initiative, meeting, upload)

    assert response.status_code == 302, form_errors(response)
    (stored,) = media_files(settings)
    assert stored.suffix == ".pdf"
    assert stored.read_bytes().startswith(b"%PDF-")

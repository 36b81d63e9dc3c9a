"""Uploaded documents (agreements, minutes): PDF and office files, checked
by their content and not only by their name, and size-limited."""

import zipfile
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
MAX_UNPACKED_BYTES = 100 * 1024 * 1024

# Office Open XML files say what they are in [Content_Types].xml; OpenDocument
# files in their first entry, "mimetype".
OOXML = {
    ".docx": "wordprocessingml",
    ".xlsx": "spreadsheetml",
    ".pptx": "presentationml",
}
OPENDOCUMENT = {
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".odp": "application/vnd.oasis.opendocument.presentation",
}
EXTENSIONS = (".pdf", *OOXML, *OPENDOCUMENT)
HELP_TEXT = _("PDF, DOCX, XLSX, PPTX, ODT, ODS or ODP, at most 10 MB.")
WRONG_TYPE = _(
    "This file is not a document we accept. Upload a PDF or an office file "
    "(DOCX, XLSX, PPTX, ODT, ODS or ODP)."
)


def file_format(field):
    """PDF, DOCX, …: what kind of file a file field holds, for its link."""
    return PurePath(field.name).suffix.lstrip(".").upper() if field else ""


def verify_document(upload):
    """Raise a ValidationError unless the upload is a PDF or an office file
    whose content matches its extension."""
    if upload.size > MAX_DOCUMENT_BYTES:
        raise ValidationError(
            _("The document is too large: at most 10 MB, please."), code="too_large"
        )
    extension = PurePath(upload.name or "").suffix.lower()
    if extension not in EXTENSIONS:
        raise ValidationError(WRONG_TYPE, code="extension")
    upload.seek(0)
    try:
        if extension == ".pdf":
            if not upload.read(5) == b"%PDF-":
                raise ValidationError(WRONG_TYPE, code="content")
        else:
            _verify_office_file(upload, extension)
    finally:
        upload.seek(0)


def _verify_office_file(upload, extension):
    try:
        with zipfile.ZipFile(upload) as archive:
            entries = archive.infolist()
            if sum(entry.file_size for entry in entries) > MAX_UNPACKED_BYTES:
                raise ValidationError(WRONG_TYPE, code="too_large_unpacked")
            names = {entry.filename for entry in entries}
            if extension in OOXML:
                if "[Content_Types].xml" not in names:
                    raise ValidationError(WRONG_TYPE, code="content")
                types = archive.read("[Content_Types].xml").decode("utf-8", "replace")
                if OOXML[extension] not in types:
                    raise ValidationError(WRONG_TYPE, code="content")
            elif (
                "mimetype" not in names
                or archive.read("mimetype").decode("ascii", "replace").strip()
                != OPENDOCUMENT[extension]
            ):
                raise ValidationError(WRONG_TYPE, code="content")
    except (zipfile.BadZipFile, OSError, EOFError):
        raise ValidationError(WRONG_TYPE, code="content") from None


class AttachedDocument(models.Model):
    """A document attached to something (a meeting's minutes, a practice's
    guide): its title; each kind adds what it belongs to and the `file`, in
    a folder of its own."""

    title = models.CharField(_("title"), max_length=200)

    class Meta:
        abstract = True
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["pk"]

    def __str__(self):
        return self.title

    @property
    def format(self):
        """PDF, DOCX, …: what kind of file it is, for its link."""
        return file_format(self.file)

"""Form fields for uploads: images that Pillow verifies within the size
limit (the view then re-encodes them, `infrastructure.images`), and
documents checked by their content (`infrastructure.documents`)."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.utils.translation import gettext_lazy as _
from PIL import Image

from infrastructure import documents
from infrastructure.images import (
    NOT_ACCEPTED,
    TOO_MANY_PIXELS,
    UNREADABLE,
    open_verified_image,
)


class UploadedImageField(forms.ImageField):
    """An image upload that Pillow verifies and the size limit holds; the
    view re-encodes it (infrastructure.images)."""

    default_error_messages = {"invalid_image": UNREADABLE}
    # The extensions of the formats accepted, in the words of the refusal,
    # rather than Django's list of every format Pillow knows.
    default_validators = [
        FileExtensionValidator(
            ["jpg", "jpeg", "jpe", "jfif", "png", "webp", "gif"], message=NOT_ACCEPTED
        )
    ]

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", _("JPEG, PNG, WebP or GIF, at most 5 MB."))
        super().__init__(**kwargs)

    def to_python(self, data):
        try:
            return super().to_python(data)
        except ValidationError as error:
            # Pillow refuses to open a decompression bomb: say what is wrong.
            bomb = (Image.DecompressionBombError, Image.DecompressionBombWarning)
            if isinstance(error.__cause__, bomb):
                raise ValidationError(TOO_MANY_PIXELS, code="too_many_pixels") from None
            raise

    def clean(self, value, initial=None):
        upload = super().clean(value, initial)
        if upload and hasattr(upload, "seek"):
            open_verified_image(upload)
        return upload


class DrawingField(UploadedImageField):
    """A logo to be shown as drawn: PNG or WebP only, the formats that keep
    its lines and its transparency."""

    NOT_PNG_OR_WEBP = _("Upload the logo as a PNG or WebP image.")
    default_validators = [
        FileExtensionValidator(["png", "webp"], message=NOT_PNG_OR_WEBP)
    ]

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", _("PNG or WebP, at most 5 MB."))
        super().__init__(**kwargs)

    def clean(self, value, initial=None):
        upload = super().clean(value, initial)
        if upload and hasattr(upload, "seek"):
            # Verified above; here only what the content is, whatever its name.
            with Image.open(upload) as image:
                image_format = image.format
            upload.seek(0)
            if image_format not in {"PNG", "WEBP"}:
                raise ValidationError(self.NOT_PNG_OR_WEBP, code="format")
        return upload


class DocumentField(forms.FileField):
    """A PDF or office file, checked by its content and size."""

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", documents.HELP_TEXT)
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("accept", ",".join(documents.EXTENSIONS))

    def clean(self, value, initial=None):
        upload = super().clean(value, initial)
        if upload and hasattr(upload, "seek"):
            documents.verify_document(upload)
        return upload

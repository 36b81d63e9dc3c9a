"""Uploaded images: verified by Pillow, size-limited, re-encoded without their
metadata (EXIF and all), and resized into the renditions pages use."""

import io
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 40_000_000
ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
LOGO_SIZES = {"full": 1024, "medium": 256, "small": 96}


def open_verified_image(upload):
    """The upload as a Pillow image, or a ValidationError saying what is wrong."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The image is too large: at most 5 MB, please."), code="too_large"
        )
    try:
        upload.seek(0)
        probe = Image.open(upload)
        probe.verify()
        upload.seek(0)
        image = Image.open(upload)
        if image.format not in ACCEPTED_FORMATS:
            raise ValidationError(
                _("Upload a JPEG, PNG, WebP or GIF image. SVG is not accepted."),
                code="format",
            )
        if image.width * image.height > MAX_PIXELS:
            raise ValidationError(
                _("The image has too many pixels."), code="too_many_pixels"
            )
        image.load()
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError):
        raise ValidationError(
            _(
                "This file is not an image we can read. Upload a JPEG, PNG, "
                "WebP or GIF image (SVG is not accepted)."
            ),
            code="invalid_image",
        ) from None
    finally:
        upload.seek(0)
    # Turn the picture upright by its EXIF orientation before EXIF is dropped.
    return ImageOps.exif_transpose(image)


def _encode(image, max_side, image_format):
    copy = image.copy()
    copy.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    if image_format == "WEBP":
        copy.save(buffer, "WEBP", quality=85, method=4)
    elif image_format == "PNG":
        copy.save(buffer, "PNG")
    else:
        copy.convert("RGB").save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def logo_renditions(image, stem):
    """Re-encoded logo files: the full one (PNG keeps transparency, else JPEG)
    and WebP renditions for the directory and the profile."""
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    image = image.convert("RGBA" if has_alpha else "RGB")
    stem = PurePath(stem).stem[:40] or "logo"
    full_format, extension = ("PNG", "png") if has_alpha else ("JPEG", "jpg")
    return {
        "logo": ContentFile(
            _encode(image, LOGO_SIZES["full"], full_format), name=f"{stem}.{extension}"
        ),
        "logo_medium": ContentFile(
            _encode(image, LOGO_SIZES["medium"], "WEBP"), name=f"{stem}-256.webp"
        ),
        "logo_small": ContentFile(
            _encode(image, LOGO_SIZES["small"], "WEBP"), name=f"{stem}-96.webp"
        ),
    }


def set_logo(organisation, upload):
    """Replace an organisation's logo with a verified, re-encoded upload."""
    image = open_verified_image(upload)
    for field, content in logo_renditions(image, organisation.slug).items():
        old = getattr(organisation, field)
        if old and old._committed:  # a file on disk, not an upload in memory
            old.delete(save=False)
        getattr(organisation, field).save(content.name, content, save=False)


PHOTO_SIZES = {"full": 1600, "medium": 800, "small": 400}


def photo_renditions(image, stem):
    """A photo re-encoded as JPEG (PNG if transparent) at most 1600 px wide,
    with WebP renditions for the news list and the activity page."""
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    image = image.convert("RGBA" if has_alpha else "RGB")
    stem = PurePath(stem).stem[:40] or "photo"
    full_format, extension = ("PNG", "png") if has_alpha else ("JPEG", "jpg")
    return {
        "image": ContentFile(
            _encode(image, PHOTO_SIZES["full"], full_format), name=f"{stem}.{extension}"
        ),
        "image_medium": ContentFile(
            _encode(image, PHOTO_SIZES["medium"], "WEBP"), name=f"{stem}-800.webp"
        ),
        "image_small": ContentFile(
            _encode(image, PHOTO_SIZES["small"], "WEBP"), name=f"{stem}-400.webp"
        ),
    }


def set_photo(photo, upload):
    """Store a verified, re-encoded upload and its renditions on a photo."""
    image = open_verified_image(upload)
    for field, content in photo_renditions(image, photo.activity.slug).items():
        old = getattr(photo, field)
        if old and old._committed:  # a file on disk, not an upload in memory
            old.delete(save=False)
        getattr(photo, field).save(content.name, content, save=False)

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
UNREADABLE = _(
    "This file is not an image we can read. Upload a JPEG, PNG, WebP or GIF "
    "image (SVG is not accepted)."
)
NOT_ACCEPTED = _("Upload a JPEG, PNG, WebP or GIF image. SVG is not accepted.")
TOO_MANY_PIXELS = _("The image has too many pixels.")


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
            raise ValidationError(NOT_ACCEPTED, code="format")
        if image.width * image.height > MAX_PIXELS:
            raise ValidationError(TOO_MANY_PIXELS, code="too_many_pixels")
        image.load()
    except Image.DecompressionBombError:
        raise ValidationError(TOO_MANY_PIXELS, code="too_many_pixels") from None
    # ValueError: a text chunk that inflates past Pillow's limit, read with
    # the pixels (a PNG's after them).
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(UNREADABLE, code="invalid_image") from None
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


# Per kind of image: the field of the full picture and its size, then the
# fields of the WebP renditions and theirs.
LOGO = {"logo": 1024, "logo_medium": 256, "logo_small": 96}
PHOTO = {"image": 1600, "image_medium": 800, "image_small": 400}


def renditions(image, stem, sizes):
    """The picture re-encoded at each size: the first as PNG if transparent,
    else JPEG; the others as WebP for the pages' srcset."""
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    image = image.convert("RGBA" if has_alpha else "RGB")
    stem = PurePath(stem).stem[:40] or "image"
    (full, full_size), *smaller = sizes.items()
    full_format, extension = ("PNG", "png") if has_alpha else ("JPEG", "jpg")
    files = {
        full: ContentFile(
            _encode(image, full_size, full_format), name=f"{stem}.{extension}"
        )
    }
    for field, size in smaller:
        files[field] = ContentFile(
            _encode(image, size, "WEBP"), name=f"{stem}-{size}.webp"
        )
    return files


def store_image(instance, upload, *, sizes, stem):
    """Replace an instance's picture and renditions with a verified,
    re-encoded upload; the old files go."""
    image = open_verified_image(upload)
    for field, content in renditions(image, stem, sizes).items():
        replace_file(instance, field, content)


def replace_file(instance, field, content):
    """Keep content in an instance's file field; the file it held goes."""
    old = getattr(instance, field)
    if old and old._committed:  # a file on disk, not an upload in memory
        old.delete(save=False)
    getattr(instance, field).save(content.name, content, save=False)


def store_drawing(instance, field, upload, *, max_side, stem):
    """A logo kept as drawn: verified, re-encoded without its metadata as a
    lossless PNG no wider or taller than max_side; the old file goes."""
    image = open_verified_image(upload)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    image = image.convert("RGBA" if has_alpha else "RGB")
    content = ContentFile(_encode(image, max_side, "PNG"), name=f"{stem}.png")
    replace_file(instance, field, content)


def set_logo(organisation, upload):
    store_image(organisation, upload, sizes=LOGO, stem=organisation.slug)


def set_photo(photo, upload, *, stem):
    """A photo and its renditions, named after what it shows (`stem`)."""
    store_image(photo, upload, sizes=PHOTO, stem=stem)


def set_picture(instance, upload):
    """The picture of something with a slug: a cause, an initiative."""
    store_image(instance, upload, sizes=PHOTO, stem=instance.slug)

"""Slugs from Bulgarian names by the official transliteration (Закон за
транслитерацията, 2009); Django's slugify alone drops Cyrillic."""

import re

from django.db import models
from django.utils.text import slugify

LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y",
    "ю": "yu", "я": "ya",
}  # fmt: skip

# The law's exceptions: a word-final „ия“ is "ia", and „България“ is "Bulgaria".
WORD = re.compile(r"[а-яѝ]+", re.IGNORECASE)


def _word(match):
    word = match.group(0)
    lower = word.lower()
    if lower == "българия":
        result = "bulgaria"
    elif lower.endswith("ия"):
        result = "".join(LETTERS.get(c, c) for c in lower[:-2]) + "ia"
    else:
        result = "".join(LETTERS.get(c, c) for c in lower.replace("ѝ", "и"))
    return result.capitalize() if word[0].isupper() else result


def transliterate(text):
    """Bulgarian text in Latin letters, by the official system."""
    return WORD.sub(_word, text)


def slugify_bg(text):
    """A lowercase ASCII slug of Bulgarian (or any Latin) text."""
    return slugify(transliterate(text))


def unique_slug(text, *, fallback, taken_in):
    """A slug of the text that none of the querysets of slugged rows holds:
    the plain slug, else the slug with -2, -3, …"""
    base = slugify_bg(text)[:190] or fallback
    taken = set()
    for rows in taken_in:
        taken |= set(rows.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


class SluggedByTitle(models.Model):
    """A model with a `title` (translated or not) and a unique `slug`, made
    from the Bulgarian title on the first save and kept after, so that its
    address does not change; a title with no letters gives the model's name
    (`activity-2`)."""

    class Meta:
        abstract = True

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(
                getattr(self, "title_bg", None) or self.title,
                fallback=self._meta.model_name,
                taken_in=[type(self)._default_manager.all()],
            )
        super().save(*args, **kwargs)

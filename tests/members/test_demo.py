"""The demo network's pictures draw Bulgarian letters, not the boxes of a font
without Cyrillic, and its activities are written one by one."""

import hashlib
import random

from PIL import Image

from members.activity_demo import ACTIVITIES
from members.demo import ORGANISATIONS, demo_logo, demo_photo, initials
from members.practice_demo import PRACTICES

# A private-use code point that no font draws: drawn, it is the font's
# "missing glyph" box, as every Cyrillic letter is in a font without Cyrillic.
MISSING = "\U0010fffd"


def pixels(upload):
    """What the picture shows, as a short digest of its pixels."""
    with Image.open(upload) as image:
        return hashlib.sha256(image.convert("RGB").tobytes()).hexdigest()


def photo(caption):
    """A demo photo with the caption, on the same landscape every time."""
    same = random.Random(1)  # noqa: S311 - not a secret
    return pixels(demo_photo(caption, "#1d4e89", same))


def boxes(text):
    """The text with every letter a missing glyph, the spaces kept."""
    return "".join(" " if letter == " " else MISSING for letter in text)


def test_a_logo_draws_cyrillic_initials_not_missing_glyph_boxes():
    drawn = pixels(demo_logo("ДМ", "#0d5c55"))

    assert drawn != pixels(demo_logo(boxes("ДМ"), "#0d5c55"))
    assert drawn != pixels(demo_logo("ЖЮ", "#0d5c55"))


def test_a_photo_caption_draws_cyrillic_not_missing_glyph_boxes():
    drawn = photo("Почистване на парка")

    assert drawn != photo(boxes("Почистване на парка"))
    assert drawn != photo("Засаждане на дървета")


def test_a_long_caption_still_draws_every_word():
    title = "Обучение за служители: как да обслужваме хора с увреждания"
    cut = title.rsplit(" ", 1)[0]

    assert photo(title) != photo(cut)


def test_initials_are_cyrillic_and_of_the_organisations_own_name():
    assert initials("Доброволци от Мъглиж") == "ДМ"
    assert initials("Клуб „Отворено общество“ Стара Загора") == "ОО"
    assert initials("Сдружение „Гурково – живо село“") == "ГЖС"
    assert initials("Народно читалище „Светлина-1875“") == "С"


def test_every_demo_activity_has_its_own_title_summary_and_result():
    for field in ("title", "summary", "body", "statement"):
        for language in (0, 1):
            texts = [activity[field][language] for activity in ACTIVITIES]
            assert len(set(texts)) == len(texts), (field, language)


def test_every_demo_activity_speaks_both_languages():
    for activity in ACTIVITIES:
        pairs = [activity[field] for field in ("title", "summary", "body")]
        pairs += [activity["statement"], activity["where"][1:]]
        pairs += list(activity.get("photo", ()))
        for bulgarian, english in pairs:
            assert bulgarian.strip() and english.strip(), activity["title"]
            assert bulgarian != english, activity["title"]


def test_every_member_has_activities_and_every_practice_one_that_applied_it():
    names = {row[0] for row in ORGANISATIONS}
    assert {activity["by"] for activity in ACTIVITIES} == names
    applied = {(activity["by"], activity.get("practice")) for activity in ACTIVITIES}
    for owner, (title, _), *_rest in PRACTICES:
        assert (owner, title) in applied, title
    for activity in ACTIVITIES:
        assert set(activity.get("with", [])) <= names - {activity["by"]}

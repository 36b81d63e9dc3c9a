"""Slugs follow the official Bulgarian transliteration (DOMAIN.md examples)."""

import pytest

from infrastructure.transliteration import slugify_bg, transliterate


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        (
            "Клуб Отворено общество Стара Загора",
            "klub-otvoreno-obshtestvo-stara-zagora",
        ),
        ("Сдружение Зелена България", "sdruzhenie-zelena-bulgaria"),
        ("Казанлък", "kazanlak"),
        (
            "Клуб „Отворено общество“ Стара Загора",
            "klub-otvoreno-obshtestvo-stara-zagora",
        ),
        ("Читалище „Светлина-1860“", "chitalishte-svetlina-1860"),
        ("Фондация „Щастливо детство“", "fondatsia-shtastlivo-detstvo"),
        ("Младежка юношеска фондация", "mladezhka-yunosheska-fondatsia"),
    ],
)
def test_slug_of_a_bulgarian_name(name, slug):
    assert slugify_bg(name) == slug


def test_word_final_iya_is_ia_but_inside_a_word_it_is_iya():
    assert transliterate("София") == "Sofia"
    assert transliterate("Ияслав") == "Iyaslav"


def test_capitals_are_kept_in_transliterated_text():
    assert transliterate("Стара Загора") == "Stara Zagora"


def test_latin_names_are_slugified_as_usual():
    assert slugify_bg("Green Future Association") == "green-future-association"

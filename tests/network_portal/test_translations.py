"""Every string of the interface is translated, and templates stay translatable."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(ROOT.glob("locale/*/LC_MESSAGES/django.po"))
TEMPLATES = sorted((ROOT / "templates").rglob("*.html"))


def entries(path):
    """(flags, msgid, msgstr) of each entry of a .po file, header excluded."""
    text = path.read_text(encoding="utf-8")
    for block in text.split("\n\n"):
        lines = [line for line in block.splitlines() if not line.startswith("#~")]
        flags = " ".join(line for line in lines if line.startswith("#,"))
        body = "\n".join(line for line in lines if not line.startswith("#"))
        msgid = "".join(re.findall(r'"(.*)"', body.split("msgstr")[0]))
        msgstrs = re.split(r"msgstr(?:\[\d\])? ", body)[1:]
        if msgid:
            yield flags, msgid, ["".join(re.findall(r'"(.*)"', s)) for s in msgstrs]


def test_there_is_a_catalogue_for_each_language():
    assert [path.parts[-3] for path in CATALOGUES] == ["bg", "en"]


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.parts[-3])
def test_every_string_is_translated_and_none_is_fuzzy(catalogue):
    untranslated = [
        msgid for _, msgid, msgstrs in entries(catalogue) if not all(msgstrs)
    ]
    fuzzy = [msgid for flags, msgid, _ in entries(catalogue) if "fuzzy" in flags]

    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda path: path.name)
def test_every_blocktranslate_is_trimmed(template):
    tags = re.findall(r"{%\s*blocktrans(?:late)?\b[^%]*%}", template.read_text())

    assert [tag for tag in tags if "trimmed" not in tag] == []

"""What the security tests send and how they judge the answers: hostile
values, the markup that must never come back unescaped, a fingerprint of the
whole database, and a browser's reading of a form."""

from html.parser import HTMLParser

from django import forms
from django.apps import apps
from django.forms.formsets import BaseFormSet

# Markup that would run or restyle the page if it came back as it was sent.
SCRIPT = '<script>alert("xss-1337")</script>'
IMG = '"><img src=x onerror=alert(1337)>'
SVG = "<svg/onload=alert(1337)>"
JS_LINK = '<a href="javascript:alert(1337)">click</a>'
MD_LINK = "[click](javascript:alert(1337)) ![x](javascript:alert(1337))"
STYLE = '<style>body{display:none}</style><p style="color:red">x</p>'
IFRAME = "<iframe src=//evil.example></iframe>"
MARKUP = [SCRIPT, IMG, SVG, JS_LINK, MD_LINK, STYLE, IFRAME]

# What would be in a page only if one of those came back unescaped.
RAW = [
    "<script>alert(",
    "<img src=x onerror",
    "<svg/onload",
    'href="javascript:',
    "href='javascript:",
    "<style>body",
    'style="color:red"',
    "<iframe src=//evil",
]

UNICODE = [
    "\u202eевил\u202c RTL",  # right-to-left override
    "a\u200bb\u200c\u200d\ufeffc",  # zero-width characters, a BOM
    "\ufeff",
    "e\u0301\u0301\u0301 Z\u0336\u0337\u0338\u0489\u0489",  # combining marks
    "👩🏽\u200d🚀 🏳️\u200d🌈 𝕏 \U0010fffd",  # emoji, astral plane
    "\ufffd",  # what a lone surrogate becomes once decoded
    "ｆｕｌｌｗｉｄｔｈ ٣٤ ²",
    "\u2028\u2029\x85\x1c",  # separators Python counts as line breaks
]

NUL = ["\x00", "име\x00<script>"]

WRONG_TYPES = [
    "-1",
    "0",
    "999999",
    "9" * 30,
    "1e9",
    "abc",
    "NaN",
    "1.5",
    "0x1F",
    "٣",
    "' OR '1'='1",
    "%",
    "_",
    "\\",
    "../../etc/passwd",
    "{{ 7|add:7 }}{% debug %}",
    "\r\nX-Injected: yes",
    "",
    " ",
]

LONG = "я" * 100_000

# For forms: fewer values, each of a different kind.
FORM_VALUES = [
    *MARKUP,
    *UNICODE[:5],
    *NUL,
    LONG,
    "-1",
    "9" * 30,
    "abc",
    "NaN",
    "1e9999",
    "{{ 7|add:7 }}{% debug %}",
    "\r\nX-Injected: yes",
]

# For query parameters: everything.
QUERY_VALUES = [*MARKUP, *UNICODE, *NUL, *WRONG_TYPES, LONG, "9" * 5000]


def assert_no_raw_markup(content, where=""):
    """No hostile markup came back as markup."""
    if isinstance(content, bytes):
        content = content.decode()
    for fragment in RAW:
        assert fragment not in content, f"unescaped {fragment!r} in {where}"


def snapshot():
    """Every row of every table, to show that a refused request changed
    nothing."""
    return {
        model._meta.label: list(model._base_manager.order_by("pk").values_list())
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }


def form_errors(response):
    """The messages of every bound form and formset on the page, the admin's
    (wrapped in its own helpers) included."""
    found = []
    for context in response.context or []:
        for value in context.flatten().values():
            items = value if isinstance(value, list | tuple) else [value]
            for item in items:
                found += [
                    item,
                    getattr(item, "form", None),
                    getattr(item, "formset", None),
                ]
    messages, seen = [], set()
    for item in found:
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, forms.BaseForm) and item.is_bound:
            errors = [item.errors]
        elif isinstance(item, BaseFormSet) and item.is_bound:
            errors = [{None: item.non_form_errors()}, *item.errors]
        else:
            errors = []
        for error_dict in errors:
            messages.extend(str(m) for field in error_dict.values() for m in field)
    return messages


def counts(*models):
    return [model._base_manager.count() for model in models]


class _FormReader(HTMLParser):
    """The fields of one form and their values, as a browser sends them."""

    SKIPPED = {"file", "submit", "button", "reset", "image"}

    def __init__(self, form_id):
        super().__init__()
        self.form_id = form_id
        self.inside = False
        self.fields = []
        self.select = None
        self.options = []
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
            return
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in self.SKIPPED:
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields.append(
                (
                    name,
                    attrs.get("value", "on" if kind in ("checkbox", "radio") else ""),
                )
            )
        elif tag == "select" and name:
            self.select = (name, "multiple" in attrs)
            self.options = []
        elif tag == "option" and self.select:
            self.options.append((attrs.get("value", ""), "selected" in attrs))
        elif tag == "textarea" and name:
            self.textarea = [name, ""]

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select" and self.select:
            name, multiple = self.select
            chosen = [value for value, selected in self.options if selected]
            if not chosen and not multiple and self.options:
                chosen = [self.options[0][0]]
            self.fields.extend((name, value) for value in chosen)
            self.select = None
        elif tag == "textarea" and self.textarea:
            name, text = self.textarea
            # A browser drops the newline right after <textarea>.
            self.fields.append((name, text.removeprefix("\n")))
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.textarea[1] += data


def form_data(html, form_id, *, add_rows=()):
    """The data a browser would post from the form `form_id` of a page; for
    each inline prefix in `add_rows`, one new row as "Add another" makes it."""
    reader = _FormReader(form_id)
    reader.feed(html.decode() if isinstance(html, bytes) else html)
    data = {}
    for name, value in reader.fields:
        if "__prefix__" in name:
            prefix = name.split("-__prefix__-")[0]
            if prefix not in add_rows:
                continue
            name = name.replace("__prefix__", "0")
        data.setdefault(name, []).append(value)
    for prefix in add_rows:
        total = int(data[f"{prefix}-TOTAL_FORMS"][0])
        assert total == 0, "rows are added to an empty inline only"
        data[f"{prefix}-TOTAL_FORMS"] = ["1"]
    return data

"""A page's HTML read into elements, so that a test finds a figure in its
place (a table's row, a list of facts) and not anywhere on the page."""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
    "source", "track", "wbr",
}  # fmt: skip
# HTML's own white space: not the no-break space that a number is grouped by.
SPACE = re.compile(r"[ \t\n\r\f]+")


@dataclass
class Element:
    tag: str
    attrs: dict = field(default_factory=dict)
    children: list = field(default_factory=list)

    @property
    def classes(self):
        return (self.attrs.get("class") or "").split()

    @property
    def text(self):
        """The text inside, its white space collapsed."""
        parts = [c if isinstance(c, str) else f" {c.text} " for c in self.children]
        return SPACE.sub(" ", "".join(parts)).strip()

    @property
    def elements(self):
        return [child for child in self.children if isinstance(child, Element)]

    def find_all(self, tag, class_=None):
        for child in self.elements:
            if child.tag == tag and (class_ is None or class_ in child.classes):
                yield child
            yield from child.find_all(tag, class_)

    def find(self, tag, class_=None):
        """The first such element; fails the test if there is none."""
        found = next(self.find_all(tag, class_), None)
        assert found is not None, f"no <{tag} class={class_!r}>"
        return found


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("document")
        self.open = [self.root]

    def handle_starttag(self, tag, attrs):
        element = Element(tag, dict(attrs))
        self.open[-1].children.append(element)
        if tag not in VOID:
            self.open.append(element)

    def handle_startendtag(self, tag, attrs):
        self.open[-1].children.append(Element(tag, dict(attrs)))

    def handle_endtag(self, tag):
        for depth in range(len(self.open) - 1, 0, -1):
            if self.open[depth].tag == tag:
                del self.open[depth:]
                return

    def handle_data(self, data):
        self.open[-1].children.append(data)


def parse(html):
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.root


def definitions(element):
    """{term: description} of a <dl>."""
    terms = [child for child in element.elements if child.tag in ("dt", "dd")]
    assert [t.tag for t in terms] == ["dt", "dd"] * (len(terms) // 2), terms
    return {dt.text: dd.text for dt, dd in zip(terms[::2], terms[1::2], strict=True)}


def rows(table):
    """The texts of each row's cells, headers and data alike."""
    return [
        [cell.text for cell in row.elements if cell.tag in ("th", "td")]
        for row in table.find_all("tr")
    ]

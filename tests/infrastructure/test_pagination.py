"""A list's page links: a handful however long the list, each keeping the
list's filters."""

import pytest
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import RequestFactory

from tests.markup import parse

pytestmark = pytest.mark.django_db


def links(number, pages=100, query="municipality=kazanlak"):
    request = RequestFactory().get(f"/members/?{query}&page={number}")
    page = Paginator(range(pages * 10), 10).page(number)
    html = render_to_string("_pagination.html", {"page_obj": page}, request=request)
    return [item.text for item in parse(html).find("ul").find_all("li")], html


def test_a_long_list_links_the_ends_and_the_pages_around_this_one():
    texts, html = links(50)

    gap = str(Paginator.ELLIPSIS)  # Django's own, in Bulgarian
    assert texts == [
        "Предишна", "1", gap, "48", "49", "50", "51", "52", gap, "100", "Следваща",
    ]  # fmt: skip
    assert '<span aria-current="page">50</span>' in html
    assert 'href="?municipality=kazanlak&amp;page=51"' in html
    assert 'href="?municipality=kazanlak&amp;page=100"' in html


def test_a_short_list_links_every_page():
    texts, _html = links(1, pages=4)

    assert texts == ["1", "2", "3", "4", "Следваща"]

"""`{% unindented %}`: a long page without its templates' indentation, and
the same text to read."""

import pytest
from django.template import Context, Template


def test_each_lines_indentation_goes_and_the_line_break_stays():
    rendered = Template(
        "{% load layout %}{% unindented %}<ul>\n    <li><b>7</b>\n"
        "      души</li>\n\n  \n\t<li>x</li>\n</ul>{% endunindented %}"
    ).render(Context())

    assert rendered == "<ul>\n<li><b>7</b>\nдуши</li>\n<li>x</li>\n</ul>"


@pytest.mark.django_db
def test_the_transparency_page_is_served_unindented(client):
    page = client.get("/transparency/").content.decode()
    main = page[: page.index("</main>")]
    content = main[main.index('class="page transparency') : main.rindex("</div>")]

    assert content.count("\n") > 100
    assert "\n " not in content and "\n\t" not in content

"""The crawl's HTML checker fails the crawl when it did not check: a checker
that does not run, ends in an error of its own or says what cannot be read
must not pass every page."""

import json
import sys

import pytest

from tests.e2e import crawl
from tests.e2e.crawl import HTMLCheckerFailed, PageReport

REPORT = {"version": "test", "messages": []}


def fake_checker(*, status, stderr="", stdout=""):
    """A command that ends with the status, having written what it is given."""
    program = (
        "import sys; "
        f"sys.stderr.write({stderr!r}); sys.stdout.write({stdout!r}); "
        f"sys.exit({status})"
    )
    return [sys.executable, "-c", program]


def an_error_in(path):
    return {
        "type": "error",
        "url": f"file:{path}",
        "lastLine": 3,
        "message": "No “p” element in scope but a “p” end tag seen.",
    }


@pytest.fixture
def html_file(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<!DOCTYPE html><title>x</title>", encoding="utf-8")
    return path.as_posix()


@pytest.mark.parametrize(
    "checker",
    [
        pytest.param(fake_checker(status=1), id="exits 1 saying nothing"),
        pytest.param(fake_checker(status=0), id="exits 0 saying nothing"),
        pytest.param(
            fake_checker(status=0, stderr="Error: Unable to access jarfile"),
            id="prints garbage",
        ),
        pytest.param(
            fake_checker(status=1, stderr=json.dumps(REPORT)),
            id="exits 1 finding nothing",
        ),
        pytest.param(
            fake_checker(status=2, stderr=json.dumps(REPORT)),
            id="another exit status",
        ),
        pytest.param(
            fake_checker(status=0, stderr='{"version": "test"}'),
            id="a report without messages",
        ),
        pytest.param(
            fake_checker(status=0, stderr='{"messages": "none"}'),
            id="messages that are not a list",
        ),
        pytest.param(
            fake_checker(
                status=1,
                stderr=json.dumps(
                    {"messages": [{"type": "non-document-error", "message": "IO"}]}
                ),
            ),
            id="could not read a page",
        ),
        pytest.param(["no-such-html-checker-program"], id="does not run"),
    ],
)
def test_a_checker_that_did_not_check_fails(html_file, checker):
    with pytest.raises(HTMLCheckerFailed):
        crawl.run_html_checker([html_file], checker)


def test_a_checker_that_found_errors_in_a_page_that_it_does_not_know_fails(html_file):
    report = {"messages": [an_error_in("/elsewhere/page.html")]}
    checker = fake_checker(status=1, stderr=json.dumps(report))

    with pytest.raises(HTMLCheckerFailed):
        crawl.check_html([PageReport(url="/", html="<p>")], checker)


def test_what_the_checker_found_is_a_finding_of_its_page():
    # The fake checker reports an error in the first file it is given.
    program = (
        "import json, sys; "
        f"error = {an_error_in('')!r}; "
        "error['url'] += sys.argv[1]; "
        "sys.stderr.write(json.dumps({'messages': [error]})); sys.exit(1)"
    )
    broken, fine = PageReport(url="/broken/", html="<p>"), PageReport(url="/", html="")

    crawl.check_html([broken, fine], [sys.executable, "-c", program])

    assert broken.findings == [
        "HTML line 3: No “p” element in scope but a “p” end tag seen."
    ]
    assert fine.findings == []


def test_a_checker_that_found_nothing_passes(html_file):
    checker = fake_checker(status=0, stderr=json.dumps(REPORT))

    assert crawl.run_html_checker([html_file], checker) == []


@pytest.mark.needs("html-checker")
def test_the_nu_html_checker_itself_says_what_the_crawl_expects():
    head = '<!DOCTYPE html><html lang="bg"><head><meta charset="utf-8"><title>x'
    good = PageReport(url="/good/", html=f"{head}</title></head><body><p>x</body>")
    bad = PageReport(
        url="/bad/", html=f"{head}</title></head><body><p><div>x</div></p></body>"
    )

    crawl.check_html([good, bad])

    assert good.findings == []
    assert len(bad.findings) == 1
    assert bad.findings[0].startswith("HTML line 1: No “p” element in scope")

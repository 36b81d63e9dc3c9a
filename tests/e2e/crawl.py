"""The quality crawl: every public page checked in Chromium against the
portal's quality bars (DESIGN.md), with a table of pages and findings."""

import json
import re
import shutil
import subprocess
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import (
    parse_qsl,
    urldefrag,
    urlencode,
    urljoin,
    urlsplit,
    urlunsplit,
)
from xml.etree import ElementTree

from axe_playwright_python.sync_playwright import Axe
from django.urls import Resolver404, resolve

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WEIGHT_BUDGET = 120 * 1024
QUERY_VARIANTS_PER_PATH = 3
SKIPPED_PREFIXES = ("/admin/", "/static/", "/media/", "/feeds/", "/en/feeds/")
SKIPPED_SUFFIXES = (".ics", ".csv", ".json", ".xml", ".txt", ".pdf", ".zip")
# Pages that only make sense to a signed-in person or from an e-mail link.
SKIPPED_PATHS = ("/accounts/logout/", "/en/accounts/logout/")
# Reporting a comment starts by signing in: the crawl would meet the sign-in
# page once per comment (tests/e2e/test_causes.py walks it signed in).
# So does a person's own data (tests/e2e/test_account.py walks it), posting
# a request or an offer of help (tests/e2e/test_help.py walks it signed in)
# and reporting one, once per item.
SKIPPED_PATTERNS = (
    re.compile(r"^(/en)?/causes/comments/\d+/report/$"),
    re.compile(r"^(/en)?/dashboard/account/"),
    re.compile(r"^(/en)?/help/new/$"),
    re.compile(r"^(/en)?/help/[^/]+/report/$"),
)
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@dataclass
class PageReport:
    url: str
    status: int | None = None
    title: str = ""
    html: str = ""
    axe: bool = True
    findings: list[str] = field(default_factory=list)


def expected_language(path):
    return "en" if path == "/en/" or path.startswith("/en/") else "bg"


def java():
    return shutil.which("java")


def crawlable(base_url, url):
    """The same-origin page URL to visit, or None for what the crawl skips."""
    url, _ = urldefrag(urljoin(base_url, url))
    parts = urlsplit(url)
    base = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or parts.netloc != base.netloc:
        return None
    if parts.path.startswith(SKIPPED_PREFIXES) or parts.path in SKIPPED_PATHS:
        return None
    if parts.path.endswith(SKIPPED_SUFFIXES):
        return None
    if any(pattern.match(parts.path) for pattern in SKIPPED_PATTERNS):
        return None
    # Where to go after signing in does not change the page: visit it once.
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != "next"])
    return urlunsplit(parts._replace(query=query))


def sitemap_urls(page, base_url):
    response = page.request.get(urljoin(base_url, "/sitemap.xml"))
    tree = ElementTree.fromstring(response.body())  # noqa: S314 - our own sitemap
    return [loc.text for loc in tree.findall("s:url/s:loc", SITEMAP_NS)]


def page_kind(url):
    """The view that drew the page, its language and whether a query shaped
    it: pages of one kind come from one template."""
    parts = urlsplit(url)
    language = expected_language(parts.path)
    path = parts.path.removeprefix("/en") if language == "en" else parts.path
    try:
        view = resolve(path).view_name
    except Resolver404:
        view = "missing"
    return (view, language, bool(parts.query))


class AccessibilityChecks:
    """Axe on a page unless a page of its kind passed axe showing every
    element this one shows, an element being its tag, type, role and classes:
    what the template gives it. What the data give a page (its texts, links'
    names, pictures' alternatives) is read on every page by the HTML checker.
    Only a page that passed adds its elements to what its kind has shown."""

    ELEMENTS = """() => [...new Set([...document.querySelectorAll("body *")].map(
        e => [e.localName, e.getAttribute("type"), e.getAttribute("role"),
              ...[...e.classList].sort()].join(" ")))]"""

    def __init__(self):
        self.passed = defaultdict(set)

    def __call__(self, page, url):
        """The page's violations, and whether axe ran."""
        kind = page_kind(url)
        elements = set(page.evaluate(self.ELEMENTS))
        if elements <= self.passed[kind]:
            return [], False
        problems = check_accessibility(page)
        if not problems:
            self.passed[kind] |= elements
        return problems, True


def check_page(page, url, *, expected_status=200, accessibility=None):
    """Open one page at desktop and phone widths; return its report. Axe
    checks every page, or those that `accessibility` (AccessibilityChecks)
    picks."""
    report = PageReport(url=url)
    origin = urlsplit(url).netloc
    problems = []

    def on_request(request):
        target = urlsplit(request.url)
        if target.scheme in ("http", "https") and target.netloc != origin:
            problems.append(f"request leaves the site: {request.url}")

    def on_console(message):
        # A missing page's own 404 is expected; anything else it loads is not.
        own_status = message.location.get("url") == url and expected_status != 200
        if message.type == "error" and not own_status:
            problems.append(f"console error: {message.text}")

    def on_failed(request):
        if request.failure != "net::ERR_ABORTED":
            problems.append(f"failed request: {request.url} ({request.failure})")

    def on_response(response):
        if response.status >= 400 and response.request.resource_type != "document":
            problems.append(f"HTTP {response.status}: {response.url}")

    page.on("request", on_request)
    page.on("console", on_console)
    page.on("requestfailed", on_failed)
    page.on("response", on_response)
    try:
        page.set_viewport_size({"width": 1280, "height": 900})
        response = page.goto(url, wait_until="load")
        report.status = response.status if response else None
        if report.status != expected_status:
            problems.append(f"HTTP {report.status}, expected {expected_status}")
        report.html = response.text() if response else ""
        problems += check_headers(response.headers if response else {})
        problems += check_document(page, url)
        problems += check_weight(page, len(report.html.encode()))
        if accessibility is None:
            problems += check_accessibility(page)
        else:
            violations, report.axe = accessibility(page, url)
            problems += violations
        problems += check_narrow_screen(page)
        report.title = page.title().strip()
    finally:
        page.remove_listener("request", on_request)
        page.remove_listener("console", on_console)
        page.remove_listener("requestfailed", on_failed)
        page.remove_listener("response", on_response)
    report.findings = problems
    return report


def check_headers(headers):
    problems = []
    csp = headers.get("content-security-policy", "")
    if not csp:
        problems.append("no Content-Security-Policy header")
    elif "unsafe-inline" in csp:
        problems.append("Content-Security-Policy allows unsafe-inline")
    if headers.get("x-content-type-options") != "nosniff":
        problems.append("no X-Content-Type-Options: nosniff")
    if not headers.get("referrer-policy"):
        problems.append("no Referrer-Policy header")
    if not headers.get("x-frame-options") and "frame-ancestors" not in csp:
        problems.append("no frame protection (X-Frame-Options or frame-ancestors)")
    return problems


def check_document(page, url):
    problems = []
    facts = page.evaluate(
        """() => ({
            lang: document.documentElement.getAttribute("lang") || "",
            title: document.title.trim(),
            description: (document.querySelector('meta[name="description"]')
                || {getAttribute: () => ""}).getAttribute("content") || "",
        })"""
    )
    language = expected_language(urlsplit(url).path)
    if facts["lang"] != language:
        problems.append(f'<html lang="{facts["lang"]}">, expected "{language}"')
    if not facts["title"]:
        problems.append("empty <title>")
    if not facts["description"].strip():
        problems.append("no meta description")
    return problems


def check_weight(page, html_bytes):
    """HTML, CSS and JavaScript at most 120 KB uncompressed; images excluded."""
    assets = page.evaluate(
        """() => performance.getEntriesByType("resource")
            .filter(e => ["link", "script", "css"].includes(e.initiatorType)
                || /\\.(css|js)(\\?|$)/.test(e.name))
            .reduce((total, e) => total + (e.decodedBodySize || 0), 0)"""
    )
    weight = html_bytes + assets
    if weight > WEIGHT_BUDGET:
        return [f"weight {weight / 1024:.0f} KB of HTML, CSS and JS (budget 120 KB)"]
    return []


def check_accessibility(page):
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return [
        f"axe {violation['id']}: {violation['help']} "
        f"({len(violation['nodes'])}× e.g. {violation['nodes'][0]['target']})"
        for violation in results.response["violations"]
    ]


def check_narrow_screen(page):
    problems = []
    page.set_viewport_size({"width": 360, "height": 740})
    facts = page.evaluate(
        """() => {
            const links = [...document.querySelectorAll(".main-nav a")];
            return {
                overflow: document.documentElement.scrollWidth - window.innerWidth,
                navigation: links.length,
                hidden: links.filter(a => {
                    const box = a.getBoundingClientRect();
                    return box.width === 0 || box.height === 0
                        || box.left < 0 || box.right > window.innerWidth;
                }).map(a => a.textContent.trim()),
            };
        }"""
    )
    if facts["overflow"] > 0:
        problems.append(f"scrolls sideways by {facts['overflow']}px at 360 px")
    if not facts["navigation"]:
        problems.append("no main navigation")
    if facts["hidden"]:
        problems.append(f"navigation out of reach at 360 px: {facts['hidden']}")
    return problems


class HTMLCheckerFailed(RuntimeError):
    """The HTML checker did not check: it did not run, ended in an error of
    its own, or said what cannot be read."""


def html_checker():
    """The Nu HTML Checker's command line, before the files it checks."""
    if not java():
        raise HTMLCheckerFailed("The HTML checker did not run: no Java.")
    return [java(), "-jar", str(VNU_JAR), "--errors-only", "--format", "json"]


def run_html_checker(paths, command=None):
    """The Nu HTML Checker's messages on the files.

    It exits with 0 when it found nothing and 1 when it found errors, and
    writes its JSON report to standard error. Anything else (no program, an
    error of its own, another status, no report or one that cannot be read,
    a status that the report belies) raises HTMLCheckerFailed: a checker
    that did not check must not pass the pages.
    """
    command = [*(command or html_checker()), *paths]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as error:
        raise HTMLCheckerFailed(f"The HTML checker did not run: {error}") from error
    output = result.stderr or result.stdout
    said = f"exit status {result.returncode}, output {output[:500]!r}"
    try:
        messages = json.loads(output)["messages"]
    except (ValueError, TypeError, KeyError) as error:
        raise HTMLCheckerFailed(f"Unreadable HTML checker report: {said}") from error
    if not isinstance(messages, list) or not all(
        isinstance(message, dict) for message in messages
    ):
        raise HTMLCheckerFailed(f"Unreadable HTML checker report: {said}")
    kinds = {message.get("type") for message in messages}
    if "non-document-error" in kinds:  # it could not read a page
        raise HTMLCheckerFailed(f"The HTML checker failed: {said}")
    if result.returncode != (1 if "error" in kinds else 0):
        raise HTMLCheckerFailed(f"The HTML checker failed: {said}")
    return messages


def check_html(reports, command=None):
    """Validate every page's HTML with the Nu HTML Checker in one run."""
    with tempfile.TemporaryDirectory() as directory:
        files = {}
        for number, report in enumerate(reports):
            if report.html:
                path = Path(directory) / f"page-{number}.html"
                path.write_text(report.html, encoding="utf-8")
                files[path.as_posix()] = report
        if not files:
            return
        for message in run_html_checker(list(files), command):
            report = files.get(urlsplit(message.get("url", "")).path)
            if report is None or "message" not in message:
                raise HTMLCheckerFailed(f"The HTML checker failed: {message}")
            line = message.get("lastLine", "?")
            report.findings.append(f"HTML line {line}: {message['message']}")


def check_distinct_titles(reports):
    counts = Counter(report.title for report in reports if report.status == 200)
    for report in reports:
        if report.status == 200 and counts[report.title] > 1:
            report.findings.append(f"title shared with another page: {report.title!r}")


def crawl(page, base_url, *, extra=(), expect_missing=()):
    """Visit every page reachable from /, /en/ and the sitemap."""
    queue = [urljoin(base_url, path) for path in ("/", "/en/", *extra)]
    queue += sitemap_urls(page, base_url)
    seen, variants, reports = set(), defaultdict(int), []
    accessibility = AccessibilityChecks()
    while queue:
        url = crawlable(base_url, queue.pop(0))
        if url is None or url in seen:
            continue
        parts = urlsplit(url)
        if parts.query:
            if variants[parts.path] >= QUERY_VARIANTS_PER_PATH:
                continue
            variants[parts.path] += 1
        seen.add(url)
        report = check_page(page, url, accessibility=accessibility)
        reports.append(report)
        links = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
        queue += [link for link in links if link not in seen]
    for path in expect_missing:
        reports.append(
            check_page(
                page,
                urljoin(base_url, path),
                expected_status=404,
                accessibility=accessibility,
            )
        )
    check_distinct_titles(reports)
    check_html(reports)
    return reports


def table(reports, base_url):
    """The crawl's findings, a row for each page."""
    rows = ["", f"{'page':<60} findings", "-" * 100]
    for report in reports:
        path = report.url.replace(base_url.rstrip("/"), "") or "/"
        if report.findings:
            rows.append(f"{path:<60} {report.findings[0]}")
            rows += [f"{'':<60} {finding}" for finding in report.findings[1:]]
        else:
            rows.append(f"{path:<60} ok")
    total = sum(len(report.findings) for report in reports)
    checked = sum(report.axe for report in reports)
    rows.append(f"{len(reports)} pages ({checked} by axe), {total} findings")
    return "\n".join(rows)

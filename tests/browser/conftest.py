"""Browser tests: Playwright (Python) driving Debian's chromium against pytest-django's live server.

Without /usr/bin/chromium they are skipped with a message; in CI (CI=true) a missing browser fails.
The same goes for axe-core (node_modules/axe-core, installed by `make node`, that is `npm ci`): the
accessibility checks are skipped without it, except in CI. Screenshots and the per-page reports
(axe results, requests) go to test-artifacts/ (not committed).
"""

import json
import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
# Flags known to work on this kind of machine (headless, as root, with no outside network).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Playwright's sync API runs an event loop in this thread; Django's ORM calls from the test body
# are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def chromium_available():
    return Path(CHROMIUM).exists() or shutil.which("chromium") is not None


def pytest_collection_modifyitems(config, items):
    browser_items = [item for item in items if "browser" in item.keywords]
    if not browser_items or chromium_available():
        return
    if os.environ.get("CI", "").lower() == "true":
        raise pytest.UsageError(f"CI=true but {CHROMIUM} is missing: apt-get install chromium.")
    skip = pytest.mark.skip(
        reason=f"{CHROMIUM} is not installed: apt-get install chromium to run the browser tests"
    )
    for item in browser_items:
        item.add_marker(skip)


def in_ci():
    return os.environ.get("CI", "").lower() == "true"


def pytest_report_header(config):
    lines = []
    if chromium_available():
        lines.append(f"browser tests: {CHROMIUM}")
    else:
        lines.append(f"browser tests: SKIPPED ({CHROMIUM} not installed; apt-get install chromium)")
    if AXE.exists():
        lines.append(f"accessibility checks: {AXE.relative_to(REPO)}")
    else:
        lines.append("accessibility checks: SKIPPED (axe-core not installed; run `make node`)")
    return lines


@pytest.fixture(scope="session")
def _migrated_data_snapshot(django_db_setup, django_db_blocker):
    """The data the migrations created (home page, Site, locale, groups), serialized at set-up."""
    from django.db import connection

    return getattr(connection, "_test_serialized_contents", None)


@pytest.fixture(autouse=True)
def _restore_migrated_data_after_flush(_migrated_data_snapshot):
    """Browser tests are transactional, so each ends with a flush of every table; with
    serialized_rollback Django restores the migrations' data, but only onto the connection object
    that holds the snapshot. Playwright's sync API runs on a greenlet, after which this thread can
    be handed a new connection object without it, and the restore is silently skipped."""
    from django.db import connections

    if _migrated_data_snapshot is not None:
        for connection in connections.all():
            if not hasattr(connection, "_test_serialized_contents"):
                connection._test_serialized_contents = _migrated_data_snapshot


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture
def site_url(live_server, home):
    """The live server, made the default Wagtail site so page URLs point at it."""
    from wagtail.models import Site

    parts = urlsplit(live_server.url)
    Site.objects.filter(is_default_site=True).update(hostname=parts.hostname, port=parts.port)
    from django.core.cache import cache

    cache.clear()
    return live_server.url


@pytest.fixture
def outside_requests(page, site_url):
    """Every request the page makes to a host other than the site itself."""
    own = urlsplit(site_url).netloc
    seen = []
    page.on(
        "request",
        lambda request: (
            seen.append(request.url)
            if urlsplit(request.url).netloc not in {own, ""} and not request.url.startswith("data:")
            else None
        ),
    )
    return seen


@pytest.fixture
def screenshot(page, request):
    ARTIFACTS.mkdir(exist_ok=True)

    def take(name):
        path = ARTIFACTS / f"{request.node.name}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture(scope="session")
def axe_path():
    """axe-core's script, from the npm registry (pinned in package.json and package-lock.json)."""
    if not AXE.exists():
        if in_ci():
            pytest.fail(f"CI=true but {AXE} is missing: run `make node` (npm ci).")
        pytest.skip(f"{AXE} is missing: run `make node` (npm ci) to run the accessibility checks")
    return AXE


@pytest.fixture
def run_axe(page, axe_path):
    """Run axe-core on the page as it is now; returns its results (violations, passes, ...)."""

    def run():
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            # Evaluated through the DevTools protocol: a <script> tag added by the test would be
            # an inline script, which the site's Content Security Policy rightly blocks.
            page.evaluate(axe_path.read_text())
        return page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")

    return run


@pytest.fixture
def artifact_report(request):
    """Write a JSON report for this test into test-artifacts/ (read by people, not by tests)."""

    def write(name, data):
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.json"
        path.write_text(json.dumps(data, indent=2, sort_keys=False) + "\n")
        return path

    return write

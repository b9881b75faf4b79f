"""Stored XSS in Chromium: with every payload of tests/security/xss_payloads.py stored through the
real forms, no page that shows them runs any of them, and they read as the text that was typed.

Each payload that runs calls a sentinel (window.__xss, console "XSS-SENTINEL", alert). An init
script records calls to alert/confirm/prompt and console messages in every frame; Playwright's
dialog and console events are collected too. The pages are loaded with the site's Content Security
Policy bypassed, so what is tested is the escaping itself, not the CSP behind it. A control page
serving the payloads unescaped proves the sentinel is seen when a payload does run.
"""

from urllib.parse import quote, urlsplit

import pytest
from django.conf import settings
from django.urls import reverse
from playwright.sync_api import Error as PlaywrightError

from comments.models import CommentStatus
from tests.security.html_safety import squash
from tests.security.stored_payloads import MODERATOR, store_everything
from tests.security.xss_payloads import PAYLOADS, SENTINEL_MARKER, by_name

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SENTINEL_HOOKS = """
(() => {
    window.__xssCalls = [];
    for (const name of ["alert", "confirm", "prompt"]) {
        const original = window[name];
        window[name] = function (...args) {
            window.__xssCalls.push(name);
            return original.apply(this, args);
        };
    }
    const log = console.log;
    console.log = function (...args) {
        if (String(args[0]).includes("XSS-SENTINEL")) window.__xssCalls.push("console");
        return log.apply(this, args);
    };
})();
"""

# What the live DOM (Chromium's own parse, after any mutation) must not contain.
DOM_PROBLEMS = """
() => {
    const found = [];
    for (const element of document.querySelectorAll("*")) {
        for (const attribute of element.attributes) {
            const name = attribute.name.toLowerCase();
            const value = attribute.value.replace(/[\\u0000-\\u0020\\u007f-\\u00a0]+/g, "");
            const scriptUrl = /^(javascript|vbscript|data):/i.test(value);
            if (name.startsWith("on") || name === "srcdoc"
                || (scriptUrl && /href|src|action|data/.test(name))) {
                found.push(`${element.tagName} ${name}=${attribute.value.slice(0, 60)}`);
            }
        }
    }
    return found;
}
"""

# The pages must settle: image errors, <details> toggles and SVG animations fire after load.
SETTLE_MS = 300


@pytest.fixture
def xss_context(browser):
    context = browser.new_context(bypass_csp=True)
    context.add_init_script(SENTINEL_HOOKS)
    yield context
    context.close()


class Watcher:
    """One tab whose dialogs and console messages are recorded."""

    def __init__(self, context):
        self.page = context.new_page()
        self.dialogs = []
        self.console = []
        self.page.on("dialog", self.on_dialog)
        self.page.on("console", lambda message: self.console.append(message.text))

    def on_dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def load(self, url):
        response = self.page.goto(url)
        assert response.status < 400, f"{url} answered {response.status}"
        # Not sent elsewhere (a login page would show no payload and pass for the wrong reason).
        assert urlsplit(self.page.url).path == urlsplit(url).path, f"{url} led to {self.page.url}"
        # Broken images and frames answer after "load": what they trigger must have happened.
        self.page.wait_for_load_state("networkidle")
        self.page.wait_for_timeout(SETTLE_MS)

    def fired(self):
        """Every sign of a payload having run, in any frame of the tab."""
        signs = [f"dialog: {message}" for message in self.dialogs]
        signs += [f"console: {text}" for text in self.console if SENTINEL_MARKER in text]
        for frame in self.page.frames:
            try:
                calls, flag = frame.evaluate("[window.__xssCalls || [], typeof window.__xss]")
            except PlaywrightError:  # a frame gone or cross-origin: its events are counted above
                continue
            signs += [f"{frame.url[:40]} called {call}" for call in calls]
            if flag != "undefined":
                signs.append(f"{frame.url[:40]} set window.__xss")
        return signs

    def assert_clean(self, surface, texts=()):
        assert self.fired() == [], f"a payload ran on {surface}: {self.fired()}"
        dom = self.page.evaluate(DOM_PROBLEMS)
        assert dom == [], f"script-capable markup in the DOM of {surface}: {dom}"
        shown = squash(self.page.inner_text("body"))
        missing = [text[:60] for text in texts if squash(text) not in shown]
        assert missing == [], f"stored text not shown as text on {surface}: {missing}"


def browser_cookie(client, site_url, name="sessionid"):
    """The test client's cookie `name` (staff's session; a commenter's signed list of the
    comments they sent) for the browser."""
    host = urlsplit(site_url).hostname
    return {
        "name": name,
        "value": client.cookies[name].value,
        "domain": host,
        "path": "/",
    }


def test_the_sentinel_is_seen_when_payloads_run_unescaped(xss_context, site_url):
    """The control: the same hooks do see payloads that are served raw."""
    raw = "".join(by_name(name).text for name in ("img-onerror", "svg-onload", "script"))
    watcher = Watcher(xss_context)
    watcher.page.route(
        "**/xss-control/",
        lambda route: route.fulfill(content_type="text/html", body=f"<body>{raw}</body>"),
    )
    watcher.load(site_url + "/xss-control/")
    signs = watcher.fired()
    assert any(sign.startswith("dialog") for sign in signs), signs
    assert any(sign.startswith("console") for sign in signs), signs
    assert any("window.__xss" in sign for sign in signs), signs


def test_no_stored_payload_runs_on_any_page_that_shows_it(
    xss_context, site_url, home, django_user_model
):
    stored = store_everything(home, django_user_model, pages_per_type=1)
    watcher = Watcher(xss_context)

    for page in [stored.home, stored.medication_index, stored.therapy_index, stored.detox_guide]:
        watcher.load(site_url + page.url)
        watcher.assert_clean(page.url, [page.title])
    for page in stored.health_pages:
        watcher.load(site_url + page.url)
        # The reference's URL is written out for print only (hidden on screen).
        texts = [p.text for p in stored.placements_on(page) if p.field != "reference.url"]
        watcher.assert_clean(page.url, texts)
    approved = [c for c in stored.comments if c.status == CommentStatus.APPROVED]
    watcher.load(site_url + stored.comment_page.url)
    watcher.assert_clean("the comments", [c.text for c in approved] + [c.name for c in approved])

    watcher.load(f"{site_url}{reverse('search')}?q=Quokka")
    watcher.assert_clean("the search results", [stored.health_pages[0].title])
    for name in ("img-onerror", "attribute-breakout-double", "json-ld-breakout", "svg-script"):
        query = by_name(name).text
        watcher.load(f"{site_url}{reverse('search')}?q={quote(query)}")
        watcher.assert_clean(f"the search for {name}", [query])

    # A commenter's own waiting comments, in their own browser session.
    reader, sent = stored.commenters[-1]
    xss_context.add_cookies([browser_cookie(reader, site_url, settings.COMMENT_READER_COOKIE)])
    waiting = [c.text for c in stored.comments if c.pk in sent and c.status == "pending"]
    watcher.load(site_url + stored.comment_page.url)
    watcher.assert_clean("the commenter's waiting comments", waiting)

    # The moderators' queue and a comment's page in the admin, and their email.
    from django.test import Client

    as_moderator = Client()
    as_moderator.force_login(django_user_model.objects.get(username=MODERATOR[0]))
    xss_context.add_cookies([browser_cookie(as_moderator, site_url)])
    queue = reverse("wagtailsnippets_comments_portalcomment:list")
    for status in ("pending", "approved"):
        watcher.load(f"{site_url}{queue}?status={status}")
        watcher.assert_clean(f"the {status} queue")
        listed = [c for c in stored.comments if c.status == status]
        for comment in listed:
            detail = reverse("wagtailsnippets_comments_portalcomment:inspect", args=[comment.pk])
            row = watcher.page.locator(f'a[href="{detail}"]')
            assert row.count() >= 1, f"comment {comment.pk} is not in the {status} queue"
    # Every eighth comment's own page: a dozen payloads from across the families.
    for comment in stored.comments[::8]:
        url = reverse("wagtailsnippets_comments_portalcomment:inspect", args=[comment.pk])
        watcher.load(site_url + url)
        watcher.assert_clean(url, [comment.text])

    emails = "".join(message.alternatives[0][0] for message in stored.emails)
    watcher.page.route(
        "**/email-preview/",
        lambda route: route.fulfill(content_type="text/html; charset=utf-8", body=emails),
    )
    watcher.load(site_url + "/email-preview/")
    watcher.assert_clean("the moderators' emails", [c.text for c in stored.comments])
    assert len(stored.emails) == len(PAYLOADS)

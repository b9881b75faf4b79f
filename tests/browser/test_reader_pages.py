"""Every kind of public page, with the demo content, in a real browser: accessibility (axe-core),
privacy (requests and cookies), keyboard use, the quick exit, print and a strict CSP."""

import re
from urllib.parse import urlsplit

import pytest

from demo.loader import load_demo_content
from tx_portal.models import SafetySettings

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# One page of each type readers see (health pages end with the comment form).
PAGE_TYPES = {
    "home": "/",
    "medication-index": "/medications/",
    "medication": "/medications/buprenorphine/",
    "medication-with-emergency-guidance": "/medications/naloxone/",
    "therapy-index": "/therapies/",
    "therapy": "/therapies/cognitive-behavioral-therapy/",
    "detox-guide": "/detox/",
    "detox-phase": "/detox/peak-withdrawal/",
    "article": "/treatments-overview/",
    "search-results": "/search/?q=bupe",
    "search-page-2": "/search/?q=withdrawal&page=2",
    "search-no-results": "/search/?q=xyzzy",
    "search-empty": "/search/",
    "overdose-card": "/overdose-card/",
    "not-found-404": "/no-such-page/",
}
WIDTHS = {"phone": 390, "desktop": 1280}
BLOCKING_IMPACTS = {"serious", "critical"}
NEUTRAL_SITE = "https://neutral.example/"


@pytest.fixture
def demo(home, site_url):
    load_demo_content()
    return site_url


def visit(page, url):
    response = page.goto(url, wait_until="load")
    return response.status if response else None


def test_no_serious_or_critical_accessibility_violations_on_any_page_type(
    page, demo, run_axe, screenshot, artifact_report
):
    report, blocking = {}, []
    for name, path in PAGE_TYPES.items():
        report[name] = {}
        for width_name, width in WIDTHS.items():
            page.set_viewport_size({"width": width, "height": 900})
            status = visit(page, demo + path)
            expected = 404 if name == "not-found-404" else 200
            assert status == expected, f"{name} ({path}) answered {status}"
            violations = run_axe()["violations"]
            report[name][width_name] = [
                {"id": v["id"], "impact": v["impact"], "nodes": len(v["nodes"])} for v in violations
            ]
            blocking += [
                f"{name} at {width_name} width: {v['id']} ({v['impact']}) on "
                + ", ".join(node["target"][0] for node in v["nodes"][:3])
                for v in violations
                if v["impact"] in BLOCKING_IMPACTS
            ]
            screenshot(f"{name}-{width_name}")
    artifact_report("axe-results", report)
    assert blocking == [], "\n".join(blocking)


def test_comment_form_with_errors_has_no_serious_or_critical_violations(page, demo, run_axe):
    """The form as a reader sees it after a mistake: messages beside the fields, text kept."""
    visit(page, demo + "/medications/methadone/")
    page.fill("input[name=name]", "Sam")
    page.fill("input[name=email]", "not an email")
    page.fill("textarea[name=comment]", "My question about take-home doses.")
    page.locator("form.comment-form button[type=submit]").click()
    page.wait_for_load_state("load")
    assert page.locator("textarea[name=comment]").input_value() == (
        "My question about take-home doses."
    ), "the reader's text is kept"
    email = page.locator("input[name=email]")
    assert email.get_attribute("aria-invalid") == "true"
    described_by = email.get_attribute("aria-describedby") or ""
    assert described_by and page.locator(f"#{described_by.split()[0]}").is_visible()
    violations = run_axe()["violations"]
    blocking = [v["id"] for v in violations if v["impact"] in BLOCKING_IMPACTS]
    assert blocking == [], blocking


def test_public_pages_request_only_the_site_and_set_no_cookies_without_a_form(
    page, demo, artifact_report
):
    own_host = urlsplit(demo).netloc
    report, problems = {}, []
    seen, failed = [], []
    page.on("request", lambda request: seen.append(request.url))
    # Nothing a page asks for may be missing (an undeclared favicon is a 404 on every visit);
    # the pages themselves may be (the not-found page is one of them).
    page.on(
        "response",
        lambda r: (
            r.status >= 400
            and r.request.resource_type != "document"
            and failed.append(f"{r.status} {r.url}")
        ),
    )
    for name, path in PAGE_TYPES.items():
        page.context.clear_cookies()
        seen.clear()
        visit(page, demo + path)
        page.wait_for_load_state("networkidle")
        urls = list(seen)
        report[name] = [re.sub(r"^https?://[^/]+", "", url) for url in urls]
        problems += [
            f"{name}: request to {url}"
            for url in urls
            if urlsplit(url).netloc != own_host and not url.startswith("data:")
        ]
        cookies = [cookie["name"] for cookie in page.context.cookies()]
        # No page sets a cookie for a reader who never signs in or comments, not even a CSRF
        # token for the comment form (cross-origin protection instead: a shared cache serves
        # the same page to everyone).
        problems += [f"{name}: sets the cookie {cookie}" for cookie in cookies]
        search_forms = page.locator("form[role=search]")
        for index in range(search_forms.count()):
            assert search_forms.nth(index).get_attribute("method") == "get", name
    artifact_report("requests-per-page", report)
    assert problems == [], "\n".join(problems)
    assert failed == [], f"requests that failed: {failed}"


def focus_is_visible(page):
    return page.evaluate(
        """() => {
            const style = getComputedStyle(document.activeElement);
            return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
                || style.boxShadow !== 'none';
        }"""
    )


def tab_to(page, accessible_check, limit=40):
    """Press Tab until the focused element passes `accessible_check` (a JS predicate on
    document.activeElement); every stop on the way must show where the focus is."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        label = page.evaluate(
            "() => (document.activeElement.textContent || document.activeElement.name || '').trim()"
        )
        assert focus_is_visible(page), f"no visible focus on {label!r}"
        if page.evaluate(
            f"() => {{ const el = document.activeElement; return {accessible_check}; }}"
        ):
            return
    raise AssertionError(f"Tab never reached {accessible_check}")


def test_keyboard_reader_uses_navigation_and_search(page, demo):
    visit(page, demo + "/")
    tab_to(page, "el.closest('nav[aria-label=Main]') && el.textContent.trim() === 'Medications'")
    page.keyboard.press("Enter")
    page.wait_for_url(demo + "/medications/")
    assert page.get_by_role("heading", level=1).inner_text() == "Medications"

    tab_to(page, "el.id === 'site-search-q'")
    page.keyboard.type("Narcan")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=Narcan$"))
    tab_to(page, "el.closest('.search-result') !== null")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Naloxone"
    page.keyboard.press("Enter")
    page.wait_for_url(demo + "/medications/naloxone/")


@pytest.fixture
def neutral_site(demo):
    safety = SafetySettings.load()
    safety.quick_exit_url = NEUTRAL_SITE
    safety.save()
    return NEUTRAL_SITE


def answer_neutral_site_locally(context):
    """The quick exit's target, answered here: nothing leaves this machine."""
    context.route(
        NEUTRAL_SITE + "**",
        lambda route: route.fulfill(body="<title>Weather</title>", content_type="text/html"),
    )


def test_quick_exit_works_without_javascript(browser, demo, neutral_site):
    context = browser.new_context(java_script_enabled=False)
    answer_neutral_site_locally(context)
    page = context.new_page()
    visit(page, demo + "/medications/methadone/")
    assert not page.get_by_text("or press Esc twice").is_visible(), "no promise JS cannot keep"
    page.get_by_role("link", name="Quick exit").click()
    page.wait_for_url(NEUTRAL_SITE)
    context.close()


def test_escape_twice_leaves_and_the_back_button_skips_the_page(page, demo, neutral_site):
    answer_neutral_site_locally(page.context)
    visit(page, demo + "/")
    visit(page, demo + "/medications/methadone/")
    assert page.get_by_text("or press Esc twice").is_visible()
    page.keyboard.press("Escape")
    page.wait_for_timeout(100)
    assert page.url == demo + "/medications/methadone/", "one Esc alone does nothing"
    page.keyboard.press("Escape")
    page.wait_for_url(NEUTRAL_SITE)
    page.go_back()
    assert page.url == demo + "/", "the page the reader left is not in the history"


def test_printed_page_has_no_navigation_and_shows_reference_urls(page, demo):
    visit(page, demo + "/medications/buprenorphine/")
    page.emulate_media(media="print")
    for hidden in [".crisis-banner", ".site-header", ".breadcrumbs", ".site-search"]:
        assert not page.locator(hidden).is_visible(), f"{hidden} is printed"
    first_url = page.locator(".references__url").first
    assert first_url.is_visible() and first_url.inner_text().startswith("https://")
    assert page.get_by_text("Printed from").is_visible()


def pdf_page_count(pdf):
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


def test_overdose_card_prints_on_one_page(page, demo):
    visit(page, demo + "/overdose-card/")
    assert page.get_by_role("button", name="Print this card").is_visible()
    for paper in ["Letter", "A4"]:
        pdf = page.pdf(format=paper)
        assert pdf_page_count(pdf) == 1, f"the card takes {pdf_page_count(pdf)} {paper} pages"
    page.emulate_media(media="print")
    assert page.get_by_text("Give naloxone").first.is_visible()
    assert not page.locator(".site-footer").is_visible()


STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"


def test_strict_csp_allows_everything_the_pages_need(page, demo):
    """JSON-LD is a data block, which CSP does not govern: no violation is reported, the data
    parses, and the external enhancement script still runs."""

    def with_csp(route):
        response = route.fetch()
        route.fulfill(
            response=response,
            headers={**response.headers, "content-security-policy": STRICT_CSP},
        )

    page.route(demo + "/**", with_csp)
    page.add_init_script(
        "window.__csp = []; document.addEventListener('securitypolicyviolation',"
        " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    for path in ["/", "/medications/naloxone/", "/therapies/family-therapy/", "/search/?q=bupe"]:
        visit(page, demo + path)
        assert page.evaluate("window.__csp") == [], path
        assert page.evaluate("document.documentElement.classList.contains('js')"), path
    visit(page, demo + "/medications/naloxone/")
    data = page.evaluate(
        "JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)"
    )
    assert data["@type"] == "MedicalWebPage" and data["about"]["@type"] == "Drug"
    # The favicon is fetched after the page has loaded: a routed request still in flight when
    # the test ends must not fail the next one.
    page.unroute_all(behavior="ignoreErrors")

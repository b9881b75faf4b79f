"""The site and the Wagtail admin work under the enforced Content Security Policy.

Chromium reports every blocked inline script, inline style, eval, frame or outside request as a
`securitypolicyviolation` event (and a console message). An init script, which runs in every page
and frame before the page's own scripts and is itself exempt from the policy, forwards each event
to the test; the console is watched too. Each screen is then used the way staff use it (add a
block, open choosers, a date picker, the preview) and no violation may be reported.
"""

import re

import pytest
from django.conf import settings
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from comments.models import CommentStatus, PortalComment
from tests.factories import MedicationIndexPageFactory, MedicationPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "csp-browser-pw"
CHOOSE = re.compile(r"^Choose")
# Modals and the preview load over several requests; this machine is shared and slow at times.
SLOW = 15_000

# Runs before any script of the page, in every frame (the preview panel's too).
REPORT_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
    const violation = {
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: event.sourceFile + ':' + event.lineNumber,
        page: document.location.pathname,
    };
    window.__cspViolations.push(violation);
    window.reportCspViolation(violation);
});
"""


class ViolationLog:
    """Every CSP violation reported by any page or frame of a browser context."""

    def __init__(self, context):
        self.context = context
        self.violations = []
        self.console = []
        context.expose_function("reportCspViolation", self._violation)
        context.add_init_script(REPORT_VIOLATIONS)
        context.on("console", self._console)

    def _violation(self, violation):
        self.violations.append(violation)

    def _console(self, message):
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            self.console.append(message.text)

    def in_frames(self):
        """What each open frame has recorded itself: a report still on its way to the test when
        the last step ended is not missed."""
        recorded = []
        for page in self.context.pages:
            for frame in page.frames:
                try:
                    recorded += frame.evaluate("window.__cspViolations || []")
                except PlaywrightError:  # a frame that navigated away or closed meanwhile
                    continue
        return recorded

    def assert_none(self, where):
        found = self.violations + [v for v in self.in_frames() if v not in self.violations]
        assert found + self.console == [], f"CSP violations on {where}: {found + self.console}"


@pytest.fixture
def violations(context):
    return ViolationLog(context)


@pytest.fixture
def medication(home):
    index = MedicationIndexPageFactory(parent=home, show_in_menus=True)
    return MedicationPageFactory(parent=index, title="Buprenorphine", slug="buprenorphine")


@pytest.fixture
def comment(medication):
    comment = PortalComment(
        content_object=medication,
        comment="Does the film taste bad?",
        user_name="Dana",
        user_email="dana@reader.example",
        status=CommentStatus.PENDING,
        site_id=1,
        is_public=False,
    )
    comment.save()
    return comment


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("root", "root@staff.example", PASSWORD)


def log_in(page, site_url, username):
    page.goto(site_url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1).first).to_be_visible(timeout=SLOW)


def test_the_log_catches_an_inline_script_and_style_put_into_a_page(
    page, site_url, medication, violations
):
    """The control for every test here: the site's own policy blocks inline code slipped into
    one of its pages, and the log reports it; so an empty log means no violation, not a log
    that hears nothing."""

    def with_inline_code(route):
        response = route.fetch()  # the real page, with the site's own headers
        html = response.text().replace(
            "</main>", '<script>window.inlineRan = true;</script><p style="color: red">x</p></main>'
        )
        route.fulfill(response=response, body=html)

    page.route(site_url + medication.url, with_inline_code)
    page.goto(site_url + medication.url)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.wait_for_function("window.__cspViolations.length >= 2", timeout=SLOW)
    assert page.evaluate("window.inlineRan === undefined"), "the inline script ran"
    directives = {violation["directive"] for violation in violations.in_frames()}
    assert {"script-src-elem", "style-src-attr"} <= directives, directives
    with pytest.raises(AssertionError, match="CSP violations"):
        violations.assert_none("a page with inline code")


def test_public_pages_report_no_violation(page, site_url, medication, violations):
    page.goto(site_url + "/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.goto(site_url + medication.url)
    expect(page.get_by_role("form", name="Leave a comment")).to_be_visible()
    # A comment with a mistake: the page comes back with the form's messages.
    form = page.get_by_role("form", name="Leave a comment")
    form.get_by_role("button", name="Send comment").click()
    expect(page.get_by_text("This field is required.").first).to_be_visible()
    # Then sent properly: the page the reader comes back to, with their comment held.
    form = page.get_by_role("form", name="Leave a comment")
    form.get_by_role("textbox", name="Name").fill("Dana")
    form.get_by_role("textbox", name="Email").fill("dana@reader.example")
    form.get_by_role("textbox", name="Comment").fill("Does the film taste bad?")
    # A person takes a few seconds to write (the comment form's minimum fill time).
    page.wait_for_timeout((settings.COMMENT_MIN_FILL_SECONDS + 1) * 1000)
    form.get_by_role("button", name="Send comment").click()
    expect(page.locator("#your-comments")).to_contain_text("Does the film taste bad?")
    page.goto(site_url + "/search/?q=buprenorphine")
    expect(page.get_by_role("link", name="Buprenorphine").first).to_be_visible()
    violations.assert_none("the public pages")


def test_public_page_with_the_staff_userbar_reports_no_violation(
    page, site_url, superuser, medication, violations
):
    log_in(page, site_url, "root")
    page.goto(site_url + medication.url)
    page.get_by_role("button", name="View Wagtail quick actions").click()
    expect(page.get_by_role("menuitem", name="Edit this page", exact=True)).to_be_visible()
    violations.assert_none("a page with the userbar")


def test_admin_screens_report_no_violation(
    page, site_url, superuser, medication, comment, violations, screenshot
):
    page.set_default_timeout(10_000)
    log_in(page, site_url, "root")
    violations.assert_none("the login page and the dashboard")

    # The page editor: StreamField blocks, the image and page choosers, a date picker, the preview.
    page.goto(f"{site_url}/admin/pages/{medication.pk}/edit/")
    dialog = page.get_by_role("dialog")
    editor_body = page.locator("[data-contentpath='body']")
    editor_body.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Image").click()
    page.get_by_role("button", name="Choose an image").first.click()
    expect(dialog.get_by_role("heading", name="Choose an image")).to_be_visible(timeout=SLOW)
    screenshot("image-chooser")
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_have_count(0)
    editor_body.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Paragraph").click()
    paragraph = editor_body.get_by_role("textbox").first
    paragraph.click()
    paragraph.press_sequentially("See the treatment locator.")
    paragraph.press("ControlOrMeta+a")
    page.get_by_role("button", name="Link").first.click()
    expect(dialog.get_by_role("heading", name=CHOOSE)).to_be_visible(timeout=SLOW)
    screenshot("page-chooser")
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_have_count(0)
    page.get_by_label("Next review due").click()
    expect(page.locator(".xdsoft_datetimepicker").filter(visible=True)).to_have_count(1)
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Toggle preview").click()
    # The panel loads the preview in a second frame, then swaps it in for the first.
    preview = page.locator("iframe#w-preview-iframe[src*='preview']").content_frame
    expect(preview.get_by_role("heading", name="Buprenorphine")).to_be_visible(timeout=SLOW)
    screenshot("editor-preview")
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("Page 'Buprenorphine' has been updated.")).to_be_visible(timeout=SLOW)
    violations.assert_none("the page editor")

    # A snippet chooser outside a StreamField (in the safety settings).
    page.goto(site_url + "/admin/settings/tx_portal/safetysettings/")
    page.get_by_role("button", name="Choose emergency guidance").click()
    expect(dialog.get_by_role("heading", name=CHOOSE)).to_be_visible(timeout=SLOW)
    page.get_by_role("dialog").get_by_role("button", name="Close").click()
    violations.assert_none("the snippet chooser")

    # Promoted search results: its formset and its query chooser.
    page.goto(site_url + "/admin/searchpicks/add/")
    page.get_by_role("button", name="Add a recommended result").click()
    page.get_by_role("button", name="Choose from popular search terms").click()
    expect(
        page.get_by_role("dialog").get_by_role("heading", name="Popular search terms")
    ).to_be_visible(timeout=SLOW)
    page.get_by_role("dialog").get_by_role("button", name="Close").click()
    violations.assert_none("the promoted search results")

    # The comments area: the queue with its date filter, and one comment.
    page.goto(site_url + "/admin/snippets/comments/portalcomment/?status=pending")
    expect(page.get_by_text("Does the film taste bad?")).to_be_visible(timeout=SLOW)
    page.get_by_role("button", name="Filters").click()
    page.get_by_role("button", name="Date", exact=True).click()
    page.get_by_placeholder("Date from").click()
    expect(page.locator(".xdsoft_datetimepicker").filter(visible=True)).to_have_count(1)
    page.keyboard.press("Escape")
    page.get_by_role("link", name="Dana").click()
    expect(page.get_by_role("button", name="Approve")).to_be_visible(timeout=SLOW)
    screenshot("comment-detail")
    page.get_by_role("button", name="Approve").click()
    expect(page.get_by_text("Approved: comment by Dana.")).to_be_visible(timeout=SLOW)
    violations.assert_none("the comments area")

    # The other admin areas staff use, as they first load.
    for path in [
        f"/admin/pages/{medication.get_parent().pk}/",
        f"/admin/pages/{medication.pk}/history/",
        "/admin/reviews-due/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/snippets/tx_portal/helplines/",
        "/admin/users/",
        "/admin/groups/",
        "/admin/workflows/list/",
        "/admin/settings/comments/commentsettings/",
    ]:
        response = page.goto(site_url + path)
        assert response.status == 200, path
        expect(page.get_by_role("heading", level=1).first).to_be_visible(timeout=SLOW)
    violations.assert_none("the admin listings")

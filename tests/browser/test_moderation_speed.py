"""A moderator clears the queue at speed: one click (or one key) and one page load per comment."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from comments.models import CommentStatus, PortalComment
from tests.browser.test_content_security_policy import ViolationLog
from tests.comments.conftest import make_comment
from tests.factories import MedicationIndexPageFactory, MedicationPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

COMMENTS = 20
SLOW = 15_000  # a shared, busy machine: the queue reloads after each action
BY_CLICK = 10  # the rest with the keyboard shortcut on the focused row


def test_a_moderator_approves_20_comments_with_one_click_or_key_and_one_page_load_each(
    browser, site_url, home, django_user_model
):
    index = MedicationIndexPageFactory(parent=home)
    page_about = MedicationPageFactory(parent=index, title="Buprenorphine")
    for number in range(COMMENTS):
        make_comment(
            page_about,
            f"Comment number {number}: the whole text of it, readable in the queue row.",
            status=CommentStatus.PENDING,
            user_name=f"Reader {number}",
        )
    moderator = django_user_model.objects.create_user("mona", "mona@staff.example", "pw-mod")
    moderator.groups.add(Group.objects.get(name="Moderators"))

    context = browser.new_context()
    violations = ViolationLog(context)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(site_url + "/admin/login/")
    page.get_by_label("Username").fill("mona")
    page.get_by_label("Password").fill("pw-mod")
    page.get_by_role("button", name="Sign in").click()
    page.goto(site_url + "/admin/snippets/comments/portalcomment/?status=pending")

    loads = []
    page.on(
        "framenavigated",
        lambda frame: loads.append(frame.url) if frame == page.main_frame else None,
    )
    clicks = keys = 0
    rows = page.locator("tr[data-moderation-row]")
    for done in range(COMMENTS):
        expect(rows).to_have_count(COMMENTS - done, timeout=SLOW)
        if done < BY_CLICK:
            rows.first.get_by_role("button", name="Approve").click()
            clicks += 1
        else:
            # After an action the queue focuses the row now in the same place.
            expect(rows.first).to_be_focused(timeout=SLOW)
            page.keyboard.press("a")
            keys += 1
        expect(page.get_by_text("Approved: comment by Reader")).to_be_visible(timeout=SLOW)
        expect(page.get_by_role("button", name="Undo")).to_be_visible(timeout=SLOW)

    expect(rows).to_have_count(0, timeout=SLOW)
    print(
        f"\n{COMMENTS} comments approved: {clicks} clicks, {keys} key presses, "
        f"{len(loads)} page loads ({(clicks + keys) / COMMENTS:.1f} actions and "
        f"{len(loads) / COMMENTS:.1f} page loads per comment)"
    )
    assert PortalComment.objects.filter(status=CommentStatus.APPROVED).count() == COMMENTS
    assert clicks + keys == COMMENTS
    assert len(loads) == COMMENTS
    violations.assert_none("the comment queue")
    context.close()

"""A reader comments in a real browser, a moderator approves it in the admin, it appears."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from tests.factories import MedicationIndexPageFactory, MedicationPageFactory

MIN_FILL_MS = (settings.COMMENT_MIN_FILL_SECONDS + 1) * 1000

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def medication(home):
    index = MedicationIndexPageFactory(parent=home, show_in_menus=True)
    return MedicationPageFactory(parent=index, title="Buprenorphine")


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("mona", "mona@staff.example", "moderate-pw")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def test_reader_comment_is_approved_by_a_moderator_and_appears(
    browser, page, site_url, medication, moderator, outside_requests, screenshot
):
    text = "The film was easier for me than the tablets."
    page.goto(site_url + medication.url)
    form = page.get_by_role("form", name="Leave a comment")
    form.get_by_role("textbox", name="Name").fill("Dana")
    form.get_by_role("textbox", name="Email").fill("dana@reader.example")
    form.get_by_role("textbox", name="Comment").fill(text)
    page.wait_for_timeout(MIN_FILL_MS)  # a person takes a few seconds (the minimum fill time)
    form.get_by_role("button", name="Send comment").click()

    notice = page.locator("#your-comments")
    expect(notice).to_contain_text("awaiting moderation")
    expect(notice).to_contain_text(text)
    screenshot("awaiting")

    admin = browser.new_context().new_page()
    admin.goto(site_url + "/admin/login/")
    admin.get_by_label("Username").fill("mona")
    admin.get_by_label("Password").fill("moderate-pw")
    admin.get_by_role("button", name="Sign in").click()
    admin.get_by_role("link", name="Comments (1 waiting)").first.click()
    admin.get_by_role("link", name="Dana").click()
    admin.get_by_role("button", name="Approve").click()
    expect(admin.get_by_text("Approved: comment by Dana.")).to_be_visible()

    reader = browser.new_context().new_page()
    reader.goto(site_url + medication.url)
    comments = reader.locator("#comments")
    expect(comments).to_contain_text(text)
    expect(comments).to_contain_text("Dana")
    assert "dana@reader.example" not in reader.content()
    assert outside_requests == []

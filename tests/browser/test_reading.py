"""A reader in a real browser: the pages load, keyboard use works, nothing leaves the site."""

import pytest

from tests.factories import MedicationIndexPageFactory, MedicationPageFactory

# serialized_rollback: the flush after each test would otherwise also remove the home page,
# Site, locale and groups that the migrations created.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def medication(home):
    index = MedicationIndexPageFactory(parent=home, show_in_menus=True)
    return MedicationPageFactory(parent=index, title="Buprenorphine")


def test_reader_opens_a_medication_page_from_the_menu(
    page, site_url, medication, outside_requests, screenshot
):
    page.goto(site_url + "/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Medications").click()
    page.get_by_role("link", name="Buprenorphine").first.click()
    assert page.get_by_role("heading", level=1).inner_text() == "Buprenorphine"
    assert page.get_by_text("Partial agonist").first.is_visible()
    for width, name in [(390, "phone"), (1280, "desktop")]:
        page.set_viewport_size({"width": width, "height": 900})
        screenshot(name)
    assert outside_requests == []


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_content(page, site_url, medication):
    page.goto(site_url + medication.url)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    assert page.locator(".skip-link").is_visible(), "the skip link shows when focused"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"

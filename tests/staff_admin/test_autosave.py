"""Wagtail's autosave in the page editor: a new page is saved in the background (a JSON POST),
then the editor's form is brought up to date from the edit view (a background GET). Neither may
queue messages the editor sees later (doubled, and about an older state of the page), and an
address already taken by an earlier, never-published draft says which draft holds it."""

import re

import pytest

from articles.models import ArticlePage
from tests.admin_forms import add_page_url, edit_page_url, health_page_data
from tests.comments.conftest import PASSWORD, staff_user

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def warnings_in(html):
    """The warning messages shown (not the empty one Wagtail keeps for its scripts)."""
    found = re.findall(r'<li class="[^"]*warning[^"]*"[^>]*>(.*?)</li>', html, flags=re.S)
    texts = [re.sub(r"<[^>]+>|\s+", " ", item).strip() for item in found]
    return [text for text in texts if text]


@pytest.fixture
def editor_client(client, django_user_model):
    staff_user(django_user_model, "eddie", "Editors")
    client.login(username="eddie", password=PASSWORD)
    return client


def autosave_new_page(client, home, title, slug):
    """What the editor's browser does while a new page is being written."""
    data = health_page_data(title, slug)
    data["references"] = "0"  # no references yet: the editor sees a warning about it
    data["references-count"] = "0"
    response = client.post(add_page_url(ArticlePage, home), data, **JSON)
    assert response.status_code == 200, response.content[:500]
    saved = response.json()
    assert saved["success"] is True
    hydrated = client.get(saved["hydrate_url"])
    assert hydrated.status_code == 200
    return ArticlePage.objects.get(pk=saved["pk"])


def test_the_editors_warnings_show_once_after_autosave_created_the_page(editor_client, home):
    page = autosave_new_page(editor_client, home, "Naloxone basics", "naloxone-basics")
    html = editor_client.get(edit_page_url(page)).content.decode()
    shown = warnings_in(html)
    assert shown, "the editor should see what the page lacks"
    assert len(shown) == len(set(shown)), f"a warning is shown twice: {shown}"
    # And nothing is left queued for the page after that.
    assert warnings_in(editor_client.get("/admin/").content.decode()) == []


def test_an_address_held_by_an_earlier_draft_names_that_draft(editor_client, home):
    autosave_new_page(editor_client, home, "Naloxone basics", "naloxone-basics")
    response = editor_client.post(
        add_page_url(ArticlePage, home), health_page_data("Naloxone basics", "naloxone-basics")
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "an earlier draft, “Naloxone basics”, never published" in html
    assert ArticlePage.objects.filter(slug="naloxone-basics").count() == 1

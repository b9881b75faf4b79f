"""Content checks: Wagtail's accessibility checker and readability score in the editor, and our
warning when a health page lacks references or a reviewer (a warning: drafts still save)."""

import pytest
from wagtail.models import Page

from tests.admin_forms import edit_page_url, health_page_data
from tests.factories import ArticlePageFactory, ReviewerFactory

pytestmark = pytest.mark.django_db

NO_REFERENCES = "This health page has no references"
NO_REVIEWER = "This health page has no clinical reviewer"
REFERENCE = {"type": "reference", "value": {"title": "TIP 63", "publisher": "SAMHSA"}}


def test_the_editor_warns_about_a_health_page_without_references_or_reviewer(
    home, client_for, editor
):
    page = ArticlePageFactory(parent=home, reviewed_by=None)
    html = client_for(editor).get(edit_page_url(page)).content.decode()
    assert NO_REFERENCES in html
    assert NO_REVIEWER in html


def test_no_warning_for_a_complete_health_page(home, client_for, editor):
    page = ArticlePageFactory(parent=home, references=[REFERENCE])
    html = client_for(editor).get(edit_page_url(page)).content.decode()
    assert NO_REFERENCES not in html
    assert NO_REVIEWER not in html


def test_the_warning_follows_the_latest_draft_not_the_live_page(home, client_for, editor):
    page = ArticlePageFactory(parent=home, references=[REFERENCE])
    as_editor = client_for(editor)
    data = health_page_data(page.title, page.slug, reviewer=page.reviewed_by)
    data.update({"references-count": "0"})
    assert as_editor.post(edit_page_url(page), data).status_code == 302
    assert NO_REFERENCES in as_editor.get(edit_page_url(page)).content.decode()


def test_a_draft_without_references_still_saves(home, client_for, editor):
    page = ArticlePageFactory(parent=home, references=[REFERENCE])
    data = health_page_data(page.title, page.slug, summary="Saved anyway.")
    data.update({"references-count": "0"})
    assert client_for(editor).post(edit_page_url(page), data).status_code == 302
    latest = Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object()
    assert latest.summary == "Saved anyway."
    assert not latest.references


def test_general_pages_get_no_health_warnings(home, client_for, editor):
    html = client_for(editor).get(edit_page_url(home)).content.decode()
    assert NO_REFERENCES not in html and NO_REVIEWER not in html


def test_the_editor_has_the_accessibility_checker_and_readability_score(home, client_for, editor):
    page = ArticlePageFactory(parent=home, reviewed_by=ReviewerFactory())
    html = client_for(editor).get(edit_page_url(page)).content.decode()
    assert "data-content-readability-score" in html
    assert "data-checks-panel" in html
    assert "heading-order" in html  # one of the accessibility rules the checker runs


def test_staff_see_content_problems_in_the_user_bar(home, client_for, editor, client):
    page = ArticlePageFactory(parent=home)
    html = client_for(editor).get(page.url).content.decode()
    assert 'id="checker-trigger"' in html  # Wagtail's accessibility checker
    assert NO_REFERENCES in html
    assert NO_REFERENCES not in client.get(page.url).content.decode()

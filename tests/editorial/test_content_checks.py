"""Content checks: Wagtail's accessibility checker and readability score in the editor, and our
warning when a health page lacks references or a reviewer (a warning: drafts still save)."""

import datetime

import pytest
from wagtail.models import Page

from tests.admin_forms import edit_page_url, health_page_data
from tests.factories import (
    ArticlePageFactory,
    DetoxGuidePageFactory,
    DetoxPhasePageFactory,
    ReviewerFactory,
)

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


# --- The content lint in the editor ---------------------------------------------------------------

TWO_REFERENCES = [REFERENCE, {"type": "reference", "value": {"title": "NIDA", "publisher": "NIDA"}}]
PLAIN_SUMMARY = "Treatment works. It can help you stop using and stay safe."


def editor_warnings(client, page):
    return client.get(edit_page_url(page)).content.decode()


def test_the_editor_warns_about_a_stigmatising_word_and_suggests_another(home, client_for, editor):
    page = ArticlePageFactory(
        parent=home,
        references=TWO_REFERENCES,
        summary="Every addict can get help. Treatment works for many people.",
    )
    html = editor_warnings(client_for(editor), page)
    assert "“addict” in the summary: use person-first words" in html


def test_quoted_words_and_agency_names_are_not_flagged(home, client_for, editor):
    page = ArticlePageFactory(
        parent=home,
        references=TWO_REFERENCES,
        summary="Some people still say “clean urine” for a negative test. Ask the Substance "
        "Abuse and Mental Health Services Administration for help.",
    )
    html = editor_warnings(client_for(editor), page)
    assert "person-first words" not in html


def test_test_results_called_clean_or_dirty_are_flagged(home, client_for, editor):
    page = ArticlePageFactory(
        parent=home,
        references=TWO_REFERENCES,
        summary=PLAIN_SUMMARY,
        body=[("paragraph", "<p>If your test came back dirty, you still get your dose.</p>")],
    )
    html = editor_warnings(client_for(editor), page)
    assert "“test came back dirty” in the body" in html


def test_the_editor_warns_when_the_review_is_past_due(home, client_for, editor):
    page = ArticlePageFactory(
        parent=home,
        references=TWO_REFERENCES,
        summary=PLAIN_SUMMARY,
        last_reviewed=datetime.date(2024, 5, 1),
        next_review_due=datetime.date(2025, 5, 1),
    )
    html = editor_warnings(client_for(editor), page)
    assert "The clinical review was due on May 1, 2025" in html


def test_the_editor_warns_about_a_single_reference(home, client_for, editor):
    page = ArticlePageFactory(parent=home, references=[REFERENCE], summary=PLAIN_SUMMARY)
    html = editor_warnings(client_for(editor), page)
    assert "cites only one source: add at least 2 references" in html


def test_the_editor_warns_about_a_summary_above_grade_8(home, client_for, editor):
    hard = (
        "Pharmacological interventions utilising opioid agonist medications demonstrably "
        "ameliorate withdrawal symptomatology and substantially reduce mortality."
    )
    easy = ArticlePageFactory(parent=home, references=TWO_REFERENCES, summary=PLAIN_SUMMARY)
    hard_page = ArticlePageFactory(parent=home, references=TWO_REFERENCES, summary=hard)
    as_editor = client_for(editor)
    assert "aim for grade 8 or below" in editor_warnings(as_editor, hard_page)
    assert "aim for grade 8 or below" not in editor_warnings(as_editor, easy)


def test_the_editor_warns_when_a_withdrawal_phase_leaves_a_gap(home, client_for, editor):
    guide = DetoxGuidePageFactory(parent=home)
    early = DetoxPhasePageFactory(
        parent=guide, title="Early", starts_after_hours=6, ends_after_hours=12
    )
    peak = DetoxPhasePageFactory(
        parent=guide, title="Peak", starts_after_hours=24, ends_after_hours=72
    )
    later = DetoxPhasePageFactory(
        parent=guide, title="Later", starts_after_hours=72, ends_after_hours=None
    )
    as_editor = client_for(editor)
    gap = "“Peak” starts at 24 hours, but “Early” ends at 12 hours"
    assert gap in editor_warnings(as_editor, early)
    assert gap in editor_warnings(as_editor, peak)
    assert "no gap or overlap" not in editor_warnings(as_editor, later)

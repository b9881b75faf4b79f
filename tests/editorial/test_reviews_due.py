"""The reviews-due listing, its dashboard panel and the staff-only warning on public pages."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from editorial.reviews_due import reviews_due
from tests.admin_forms import count_queries, edit_page_url
from tests.factories import (
    ArticlePageFactory,
    MedicationIndexPageFactory,
    MedicationPageFactory,
    TherapyIndexPageFactory,
    TherapyPageFactory,
)

pytestmark = pytest.mark.django_db


REFERENCE = {"type": "reference", "value": {"title": "TIP 63", "publisher": "SAMHSA"}}
# A page with everything the content checks ask for cites at least two sources.
SECOND_REFERENCE = {
    "type": "reference",
    "value": {"title": "Naloxone DrugFacts", "publisher": "FDA"},
}


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def pages(home):
    """One live health page in each review situation, across page types."""
    medications = MedicationIndexPageFactory(parent=home)
    therapies = TherapyIndexPageFactory(parent=home)
    return {
        "long overdue": MedicationPageFactory(
            parent=medications, title="Methadone", next_review_due=days_from_today(-40)
        ),
        "overdue": ArticlePageFactory(
            parent=home, title="Overview", next_review_due=days_from_today(-1)
        ),
        "due soon": TherapyPageFactory(
            parent=therapies, title="CBT", next_review_due=days_from_today(10)
        ),
        "due at the horizon": ArticlePageFactory(
            parent=home, title="Naloxone", next_review_due=days_from_today(30)
        ),
        "fine": ArticlePageFactory(
            parent=home,
            title="Fentanyl",
            summary="Fentanyl is a very strong opioid. Naloxone can undo an overdose.",
            next_review_due=days_from_today(31),
            references=[REFERENCE, SECOND_REFERENCE],
        ),
        "never reviewed": ArticlePageFactory(
            parent=home,
            title="Unreviewed",
            reviewed_by=None,
            last_reviewed=None,
            next_review_due=None,
        ),
        "overdue draft": ArticlePageFactory(
            parent=home, title="Draft", live=False, next_review_due=days_from_today(-100)
        ),
    }


def test_lists_live_pages_due_within_30_days_or_overdue_oldest_first(pages):
    listed = [review.page.title for review in reviews_due()]
    assert listed == ["Unreviewed", "Methadone", "Overview", "CBT", "Naloxone"]


def test_statuses_say_how_urgent(pages):
    statuses = {review.page.title: review.status for review in reviews_due()}
    assert statuses == {
        "Unreviewed": "Never reviewed",
        "Methadone": "Overdue",
        "Overview": "Overdue",
        "CBT": "Due soon",
        "Naloxone": "Due soon",
    }


def test_the_listing_links_each_page_to_its_editor(pages, client_for, editor):
    response = client_for(editor).get(reverse("editorial_reviews_due"))
    assert response.status_code == 200
    html = response.content.decode()
    for title in ["Unreviewed", "Methadone", "Overview", "CBT", "Naloxone"]:
        assert title in html
        assert f'href="{edit_page_url(pages_by_title(pages)[title])}"' in html
    assert "Fentanyl" not in html
    assert "Draft" not in html.split("<main", 1)[1]
    assert html.index("Methadone") < html.index("Overview") < html.index("CBT")


def pages_by_title(pages):
    return {page.title: page for page in pages.values()}


def test_the_listing_exports_csv(pages, client_for, editor):
    response = client_for(editor).get(reverse("editorial_reviews_due") + "?export=csv")
    assert response.status_code == 200
    rows = b"".join(response.streaming_content).decode().splitlines()
    assert rows[0] == "Page,Type,Status,Next review due,Last reviewed,Reviewed by"
    assert rows[1].startswith("Unreviewed,Article page,Never reviewed")
    assert len(rows) == 6


def test_the_listing_exports_a_spreadsheet(pages, client_for, editor):
    response = client_for(editor).get(reverse("editorial_reviews_due") + "?export=xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


def test_an_empty_listing_says_so(home, client_for, editor):
    html = client_for(editor).get(reverse("editorial_reviews_due")).content.decode()
    assert "No published health page is due for review in the next 30 days." in html


def test_the_query_count_does_not_grow_with_the_number_of_pages(home, pages):
    few = count_queries(reviews_due)
    for number in range(12):
        ArticlePageFactory(parent=home, title=f"More {number}", next_review_due=days_from_today(-2))
    many = count_queries(lambda: [str(review.reviewer) for review in reviews_due()])
    assert few == many == 4  # one per health page type


def test_the_dashboard_panel_shows_the_oldest_reviews_due(pages, client_for, editor):
    html = client_for(editor).get(reverse("wagtailadmin_home")).content.decode()
    assert "Reviews due" in html
    assert "3 overdue or never reviewed, 5 in all within the next 30 days." in html
    assert html.index("Unreviewed") < html.index("Methadone") < html.index("Naloxone")
    assert f'href="{reverse("editorial_reviews_due")}"' in html
    assert "Fentanyl" not in html


def test_the_dashboard_panel_says_when_nothing_is_due(home, client_for, clinician):
    html = client_for(clinician).get(reverse("wagtailadmin_home")).content.decode()
    assert "No published health page is due for review in the next 30 days." in html


def test_moderators_get_no_reviews_due_panel(pages, client_for, moderator):
    html = client_for(moderator).get(reverse("wagtailadmin_home")).content.decode()
    assert "reviews-due-heading" not in html
    assert "Methadone" not in html


WARNING = "data-clinical-review-warning"


def test_staff_see_a_warning_on_a_public_page_past_its_review(pages, client_for, editor):
    page = pages["overdue"]
    html = client_for(editor).get(page.url).content.decode()
    assert WARNING in html
    due = page.next_review_due
    assert f"Clinical review overdue: it was due on {due.day} {due:%B %Y}." in html


def test_the_public_never_sees_the_warning(pages, client):
    response = client.get(pages["overdue"].url)
    assert response.status_code == 200
    assert WARNING not in response.content.decode()


def test_signed_in_users_without_admin_access_do_not_see_it(pages, client_for, django_user_model):
    reader = django_user_model.objects.create_user("reader", "reader@example.org", "pw")
    html = client_for(reader).get(pages["overdue"].url).content.decode()
    assert WARNING not in html


def test_no_warning_on_a_page_reviewed_in_time(pages, client_for, editor):
    response = client_for(editor).get(pages["fine"].url)
    assert response.status_code == 200
    assert WARNING not in response.content.decode()


def test_a_page_never_reviewed_warns_staff(pages, client_for, editor):
    html = client_for(editor).get(pages["never reviewed"].url).content.decode()
    assert "No clinical review on record for this page." in html


def test_the_dashboard_panel_is_framed_like_the_other_dashboard_panels(pages, client_for, editor):
    html = client_for(editor).get(reverse("wagtailadmin_home")).content.decode()
    assert '<section class="w-panel w-panel--dashboard" id="reviews-due-section"' in html
    assert "All 5 reviews due" in html


def test_one_review_due_is_not_called_all_1_reviews(home, client_for, editor):
    ArticlePageFactory(parent=home, title="Lone page", next_review_due=days_from_today(-2))
    html = client_for(editor).get(reverse("wagtailadmin_home")).content.decode()
    assert "Lone page" in html
    assert "All 1 reviews" not in html
    assert "The one review due, on its own page" in html

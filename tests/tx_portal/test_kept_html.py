"""Between edits a page is served without a query: the page itself, its site and the parts every
reader sees (the article, the header, the page's metadata, the comment form's fields) are kept in
each app process under the shared fragments' generation. These tests are what readers and
editors rely on: whatever an editor changes shows on the next request, drafts and previews are
never mixed up with the published page, and readers' URLs cannot fill the memory."""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.admin_forms import count_queries
from tests.factories import (
    MedicationIndexPageFactory,
    MedicationPageFactory,
    ReviewerFactory,
    TherapyIndexPageFactory,
    TherapyPageFactory,
)
from tx_portal import shared_fragments

pytestmark = pytest.mark.django_db


@pytest.fixture
def medication(home):
    index = MedicationIndexPageFactory(parent=home, show_in_menus=True)
    return MedicationPageFactory(
        parent=index,
        title="Methadone",
        how_it_works="It eases withdrawal for a whole day.",
        reviewed_by=ReviewerFactory(name="Dr Ada Reviewer"),
    )


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_a_reader_between_edits_costs_no_query(client, medication):
    html_of(client, medication.url)
    assert count_queries(lambda: html_of(client, medication.url)) == 0


def test_a_published_change_shows_on_the_next_request(client, medication):
    assert "for a whole day" in html_of(client, medication.url)
    medication.how_it_works = "It eases withdrawal and cravings for 24 to 36 hours."
    medication.save_revision().publish()
    html = html_of(client, medication.url)
    assert "24 to 36 hours" in html and "for a whole day" not in html


def test_a_draft_is_not_shown_to_readers(client, medication):
    html_of(client, medication.url)
    medication.how_it_works = "A draft nobody has reviewed yet."
    medication.save_revision()
    html = html_of(client, medication.url)
    assert "for a whole day" in html and "nobody has reviewed" not in html


def test_a_preview_shows_the_draft_and_keeps_nothing_of_it(client, rf, medication):
    html_of(client, medication.url)
    medication.how_it_works = "What the editor is still writing."
    preview = medication.make_preview_request(original_request=rf.get(medication.url))
    assert "still writing" in preview.render().content.decode()
    assert "still writing" not in html_of(client, medication.url)


def test_an_edited_reviewer_shows_on_the_pages_they_reviewed(client, medication):
    assert "Dr Ada Reviewer" in html_of(client, medication.url)
    reviewer = medication.reviewed_by
    reviewer.name = "Dr Ada Lovelace-Reviewer"
    reviewer.save()
    assert "Dr Ada Lovelace-Reviewer" in html_of(client, medication.url)


def test_a_renamed_therapy_shows_on_the_medication_pages_that_list_it(client, home, medication):
    therapies = TherapyIndexPageFactory(parent=home)
    therapy = TherapyPageFactory(parent=therapies, title="Contingency management")
    therapy.medications.set([medication])
    therapy.save_revision().publish()
    assert "Contingency management" in html_of(client, medication.url)
    therapy.title = "Motivational incentives"
    therapy.save_revision().publish()
    html = html_of(client, medication.url)
    assert "Motivational incentives" in html and "Contingency management" not in html


def test_a_page_published_a_moment_ago_is_found(client, medication):
    html_of(client, medication.url)
    assert client.get("/medications/naltrexone/").status_code == 404
    MedicationPageFactory(parent=medication.get_parent(), title="Naltrexone")
    assert "Naltrexone" in html_of(client, "/medications/naltrexone/")


def test_an_unpublished_page_is_gone_at_once(client, medication):
    html_of(client, medication.url)
    medication.unpublish()
    assert client.get("/medications/methadone/").status_code == 404


def test_unknown_urls_cost_no_query_and_keep_nothing(client, medication):
    """Neither the live pages' URLs nor the redirects' paths need a query between edits; readers
    choose URLs, so none is kept."""
    html_of(client, medication.url)
    assert client.get("/no-such-page/").status_code == 404
    kept = len(shared_fragments._store["values"]) + len(shared_fragments._store["read_only"])
    for _ in range(25):
        url = f"/medications/{uuid.uuid4().hex}/"
        assert count_queries(lambda url=url: client.get(url)) == 0
    assert len(shared_fragments._store["values"]) + len(shared_fragments._store["read_only"]) == (
        kept
    )


def test_a_comment_form_sent_back_keeps_what_the_reader_wrote(client, medication):
    """The form's fields are kept as HTML only while empty: a form with the reader's own
    words (an error to fix) is always rendered for them."""
    html_of(client, medication.url)
    response = client.post(
        f"/comments/post/{medication.pk}/",
        {"name": "Sam", "email": "not-an-address", "comment": "My own words about methadone."},
    )
    html = response.content.decode()
    assert 'class="comment-form"' in html and "valid email" in html
    assert "My own words about methadone." in html
    assert "My own words about methadone." not in html_of(client, medication.url)


def test_staff_are_served_the_page_row_as_it_is_now(client, admin_client, medication):
    """Signed in, the page row is read on each request (the user bar shows its draft state);
    readers get the kept one until the next edit."""
    html_of(client, medication.url)
    html_of(admin_client, medication.url)
    medication.__class__.objects.filter(pk=medication.pk).update(seo_title="Changed, no signal")
    assert "<title>Changed, no signal |" in html_of(admin_client, medication.url)
    assert "Changed, no signal" not in html_of(client, medication.url)


def test_without_a_shared_cache_a_page_is_looked_up_alone(client, medication, settings):
    """No Redis (`make run` on SQLite): nothing is kept, and a page view reads its own rows only,
    never the table of every live page's URL."""
    settings.SHARED_FRAGMENTS = False
    html_of(client, medication.url)
    with CaptureQueriesContext(connection) as queries:
        assert "for a whole day" in html_of(client, medication.url)
    # site, page (its type remembered), settings, menu, breadcrumbs, related therapies, comment
    # settings, comments: the first round's eight, none of them the live pages' URLs
    assert len(queries) == 8
    assert not [q["sql"] for q in queries if '"url_path" AS "url_path"' in q["sql"]]

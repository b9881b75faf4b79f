"""Oversized posts are refused politely and store nothing; the admin editor's large forms work."""

from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from comments.models import CommentStatus, PortalComment
from tests.admin_forms import edit_page_url, health_page_data
from tests.comments.conftest import form_data
from tests.factories import ArticlePageFactory, MedicationIndexPageFactory, MedicationPageFactory

pytestmark = pytest.mark.django_db

ONE_MEGABYTE = 1024 * 1024
URLENCODED = "application/x-www-form-urlencoded"


@pytest.fixture
def medication(home):
    index = MedicationIndexPageFactory(parent=home)
    return MedicationPageFactory(parent=index, title="Buprenorphine", slug="buprenorphine")


def comment_data(page, **fields):
    return form_data(page, **fields)


def post_url(page):
    return reverse("comments:post", args=[page.pk])


def test_a_one_megabyte_comment_is_refused_politely_and_not_stored(client, medication):
    data = comment_data(medication, comment="x" * ONE_MEGABYTE)
    response = client.post(post_url(medication), data)
    assert response.status_code == 413
    html = response.content.decode()
    assert "That was too much to send" in html
    assert "nothing was sent or saved" in html
    assert "Content-Security-Policy" in response  # the polite page gets the headers too
    assert PortalComment.objects.count() == 0


def test_the_limit_applies_before_the_csrf_check_reads_the_body(medication):
    """A browser-like client without a CSRF token: refused for its size, not parsed at all."""
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(post_url(medication), {"comment": "x" * ONE_MEGABYTE})
    assert response.status_code == 413
    assert PortalComment.objects.count() == 0


def test_a_comment_of_the_longest_allowed_length_is_still_accepted(client, medication, settings):
    longest = "é" * settings.COMMENT_MAX_LENGTH  # two bytes each in UTF-8, more when encoded
    response = client.post(post_url(medication), comment_data(medication, comment=longest))
    assert response.status_code == 302
    assert PortalComment.objects.get().comment == longest


def test_an_oversized_report_is_refused(client, medication):
    comment = PortalComment(
        content_object=medication,
        comment="A comment.",
        user_name="Dana",
        status=CommentStatus.APPROVED,
        is_public=True,
        site_id=1,
    )
    comment.save()
    response = client.post(
        reverse("comments:report", args=[comment.pk]), {"reason": "x" * ONE_MEGABYTE}
    )
    assert response.status_code == 413
    comment.refresh_from_db()
    assert comment.status == CommentStatus.APPROVED


def test_too_many_fields_answer_the_polite_400_page(client, medication, settings):
    # One short field repeated: many fields in a body well under the comment form's size limit.
    fields = {**comment_data(medication), "f": [""] * (settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}
    body = urlencode(fields, doseq=True)
    assert len(body) < settings.REQUEST_BODY_LIMITS["comments:post"]
    response = client.post(post_url(medication), body, content_type=URLENCODED)
    assert response.status_code == 400
    assert "We could not read that request" in response.content.decode()
    assert PortalComment.objects.count() == 0


def test_a_body_over_the_site_wide_limit_answers_the_polite_400_page(medication, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024  # the real limit is 10 MB; same code path
    strict = Client(enforce_csrf_checks=True)
    strict.get(medication.url)  # the CSRF cookie, so the CSRF check goes on to read the body
    assert "csrftoken" in strict.cookies
    response = strict.post(medication.url, {"anything": "x" * 4096})
    assert response.status_code == 400
    assert "We could not read that request" in response.content.decode()


def test_the_admin_editor_still_saves_a_normal_page(admin_client, home):
    page = ArticlePageFactory(parent=home, title="Naloxone", slug="naloxone")
    data = health_page_data("Naloxone", "naloxone", summary="Saved through the editor.")
    response = admin_client.post(edit_page_url(page), data)
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().summary == "Saved through the editor."


def test_the_admin_editor_saves_a_long_page_beyond_djangos_default_field_count(admin_client, home):
    """400 blocks post over 2,000 fields: twice Django's default limit of 1,000."""
    page = ArticlePageFactory(parent=home, title="Long guide", slug="long-guide")
    data = health_page_data("Long guide", "long-guide")
    blocks = [("heading", {"text": f"Part {n}", "level": "h2"}) for n in range(400)]
    data.update(nested_form_data({"body": streamfield(blocks)}))
    assert len(data) > 2000
    response = admin_client.post(edit_page_url(page), data)
    assert response.status_code == 302
    page.refresh_from_db()
    assert len(page.get_latest_revision_as_object().body) == 400

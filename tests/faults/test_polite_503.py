"""While the database is unreachable, readers get a polite 503 ("please try again", Retry-After)
instead of a 500 or a 400, and a reader who was sending a comment keeps their text in a form that
sends it again without storing it twice. Other errors keep their own pages."""

import re
import sqlite3
from html import unescape
from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client
from django.utils.html import escape

from comments.models import PortalComment
from tests.comments.conftest import form_data, post_url

pytestmark = [pytest.mark.faults, pytest.mark.django_db]

TEXT = 'Is "this" <b>safe</b> with methadone?'
CONNECTION_LOST = OperationalError("server closed the connection unexpectedly")


@pytest.fixture
def reader():
    return Client(raise_request_exception=False)


def kept_form(html):
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))
    comment = re.search(r'<textarea name="comment"[^>]*>(.*?)</textarea>', html, re.S)
    return {name: unescape(value) for name, value in fields.items()}, comment and unescape(
        comment.group(1)
    )


def test_a_database_error_while_posting_is_a_polite_503_that_keeps_the_text(reader, medication):
    data = form_data(medication, comment=TEXT)
    with mock.patch("comments.views.store", side_effect=CONNECTION_LOST):
        response = reader.post(post_url(medication), data)
    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "15"
    assert response["Cache-Control"] == "no-store"
    assert "Please try again in a minute" in html
    assert "<b>safe</b>" not in html, "the kept text is escaped"
    hidden, comment = kept_form(html)
    assert comment == TEXT
    assert hidden["idempotency_key"] == data["idempotency_key"], "sending again cannot duplicate"
    assert hidden["security_hash"] == data["security_hash"]
    assert hidden["csrfmiddlewaretoken"]
    assert PortalComment.objects.count() == 0


def test_a_database_error_on_a_page_is_a_503_without_a_form(reader, medication):
    url = medication.url
    with mock.patch("wagtail.models.Site.find_for_request", side_effect=CONNECTION_LOST) as find:
        response = reader.get(url)
    assert find.called
    assert response.status_code == 503
    assert "<form" not in response.content.decode()


def test_comment_fields_posted_anywhere_else_are_not_offered_back(reader, medication):
    """Only the comment form's own address gets "send it again": a form elsewhere carrying the
    same field names is not turned into a comment form pointing at that address."""
    with mock.patch("wagtail.models.Site.find_for_request", side_effect=CONNECTION_LOST):
        response = reader.post(medication.url, form_data(medication, comment=TEXT))
    assert response.status_code == 503
    assert "<form" not in response.content.decode()


def database_error(driver_error):
    """A database error as Django raises it: its own class, with the driver's as the cause."""
    try:
        raise OperationalError(str(driver_error)) from driver_error
    except OperationalError as error:
        return error


@pytest.mark.parametrize(
    "driver_error",
    [
        sqlite3.OperationalError("no such column: name"),
        sqlite3.OperationalError('fts5: syntax error near "*"'),
    ],
    ids=["missing-column", "fts-syntax"],
)
def test_a_broken_query_is_a_500_not_an_outage(reader, medication, driver_error):
    """A bug is not "please try again in a minute": it keeps the 500 page (and is logged)."""
    with mock.patch("comments.views.store", side_effect=database_error(driver_error)):
        response = reader.post(post_url(medication), form_data(medication))
    assert response.status_code == 500


def test_a_locked_sqlite_database_is_an_outage(reader, medication):
    locked = database_error(sqlite3.OperationalError("database is locked"))
    with mock.patch("comments.views.store", side_effect=locked):
        response = reader.post(post_url(medication), form_data(medication))
    assert response.status_code == 503


def test_other_errors_keep_the_500_and_400_pages(reader, medication):
    with mock.patch("comments.views.store", side_effect=ValueError("a bug")):
        response = reader.post(post_url(medication), form_data(medication))
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()
    assert reader.get("/", HTTP_HOST="elsewhere.example").status_code == 400


def test_a_comment_never_waits_on_the_session_store(reader, medication):
    # Readers who comment get no session (a signed cookie remembers their pending comments), so a
    # failing session table cannot turn a stored comment into an error page.
    data = form_data(medication, comment=TEXT)
    with mock.patch("django.contrib.sessions.models.Session.save", side_effect=CONNECTION_LOST):
        response = reader.post(post_url(medication), data)
    assert response.status_code == 302
    assert PortalComment.objects.filter(comment=TEXT).count() == 1
    page = reader.get(response["Location"]).content.decode()
    assert escape(TEXT) in page, "shown to its writer, awaiting moderation"

"""The weekly email to clinical reviewers: sent when reviews are due, safe when mail fails."""

import datetime
import smtplib
from io import StringIO

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import CommandError, call_command
from django.utils import timezone

from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


class RefusingMailServer(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPConnectError(421, "Service not available")


@pytest.fixture
def due_pages(home):
    today = timezone.localdate()
    return [
        ArticlePageFactory(
            parent=home, title="Naloxone", next_review_due=today - datetime.timedelta(days=3)
        ),
        ArticlePageFactory(
            parent=home, title="Methadone", next_review_due=today + datetime.timedelta(days=20)
        ),
        ArticlePageFactory(
            parent=home, title="Fine page", next_review_due=today + datetime.timedelta(days=200)
        ),
    ]


@pytest.fixture
def reviewers(make_staff):
    return [
        make_staff("ada", "Clinical reviewers", email="ada@example.org"),
        make_staff("ben", "Clinical reviewers", email="ben@example.org"),
        make_staff("no-email", "Clinical reviewers", email=""),
        make_staff("editor", "Editors", email="editor@example.org"),
    ]


def send_digest(*args):
    out = StringIO()
    call_command("send_review_digest", *args, stdout=out)
    return out.getvalue()


def test_each_clinical_reviewer_gets_the_list_of_reviews_due(due_pages, reviewers):
    output = send_digest()
    assert sorted(message.to[0] for message in mail.outbox) == [
        "ada@example.org",
        "ben@example.org",
    ]
    message = mail.outbox[0]
    assert message.subject == "Clinical reviews due: 2 pages, 1 overdue"
    assert message.body.index("Naloxone") < message.body.index("Methadone")
    assert "Fine page" not in message.body
    assert f"http://127.0.0.1:8000/admin/pages/{due_pages[0].pk}/edit/" in message.body
    assert "http://127.0.0.1:8000/admin/reviews-due/" in message.body
    assert "Sent the review digest (2 pages) to 2 reviewers." in output


def test_nothing_is_sent_when_nothing_is_due(home, reviewers):
    output = send_digest()
    assert mail.outbox == []
    assert "No review is due within 30 days: no email sent." in output


def test_a_mail_failure_is_logged_and_reported_clearly(due_pages, reviewers, settings, caplog):
    settings.EMAIL_BACKEND = "tests.editorial.test_review_digest.RefusingMailServer"
    with pytest.raises(CommandError) as error:
        send_digest()
    message = str(error.value)
    assert "could not be sent to 2 of 2 reviewers" in message
    assert "SMTPConnectError" in message
    assert "EMAIL_HOST" in message
    assert "Could not send the review digest to ada@example.org" in caplog.text


def test_no_reviewer_with_an_email_address_is_an_error(due_pages, make_staff):
    make_staff("no-email", "Clinical reviewers", email="")
    with pytest.raises(CommandError, match="no active clinical reviewer has an email address"):
        send_digest()


def test_dry_run_prints_instead_of_sending(due_pages, reviewers):
    output = send_digest("--dry-run")
    assert mail.outbox == []
    assert "To: ada@example.org" in output and "Naloxone" in output


def test_a_wider_window_includes_more_pages(due_pages, reviewers):
    send_digest("--days", "365")
    assert "Fine page" in mail.outbox[0].body


@pytest.mark.parametrize("days", ["soon", "-1", "1000"])
def test_bad_days_get_a_clear_error(days, due_pages, reviewers):
    with pytest.raises(CommandError, match="argument --days: must be"):
        send_digest("--days", days)
    assert mail.outbox == []

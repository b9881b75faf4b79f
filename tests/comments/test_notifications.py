"""Moderators hear about waiting comments by email; mail trouble never loses a comment."""

import logging

import pytest
from django.core import mail

from comments.models import PortalComment

from .broken_mail import SilentMailServer
from .conftest import form_data, post_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def recipients(rules):
    rules.moderator_emails = "queue@staff.example\nlead@staff.example"
    rules.save()
    return ["queue@staff.example", "lead@staff.example"]


def test_moderators_are_emailed_after_the_comment_is_stored(
    client, medication, recipients, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(post_url(medication), form_data(medication, comment="Waiting <b>here</b>"))
    assert mail.outbox == [], "nothing is sent before the transaction commits"
    assert len(callbacks) == 1
    callbacks[0]()
    (message,) = mail.outbox
    assert message.to == recipients
    assert "Buprenorphine" in message.subject
    assert "sam@reader.example" not in message.body
    # Plain text is never rendered as HTML: the moderator reads what the reader typed, unescaped.
    assert "Waiting <b>here</b>" in message.body
    html = message.alternatives[0][0]
    assert "<b>here</b>" not in html and "&lt;b&gt;here&lt;/b&gt;" in html
    assert "/admin/snippets/comments/portalcomment/inspect/" in message.body


def test_crisis_comments_are_marked_urgent_in_the_email(
    client, medication, recipients, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(post_url(medication), form_data(medication, comment="I want to die"))
    assert mail.outbox[0].subject.startswith("URGENT: ")


def test_moderators_group_is_emailed_when_no_recipients_are_set(
    client, medication, rules, moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(post_url(medication), form_data(medication))
    assert mail.outbox[0].to == [moderator.email]


def test_no_email_when_switched_off(
    client, medication, rules, recipients, django_capture_on_commit_callbacks
):
    rules.notify_moderators = False
    rules.save()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(post_url(medication), form_data(medication))
    assert mail.outbox == []
    assert PortalComment.objects.count() == 1


def test_commenters_get_no_email_at_all(
    client, medication, recipients, moderator, django_capture_on_commit_callbacks
):
    from comments import actions

    with django_capture_on_commit_callbacks(execute=True):
        client.post(post_url(medication), form_data(medication, email="reader@reader.example"))
        comment = PortalComment.objects.get()
        actions.moderate(comment, "approve", moderator)
        actions.post_staff_reply(
            comment, moderator, "Thanks", "5e1e8a52-6b7c-4b43-9a9e-7d0c0d7b1a11"
        )
        actions.moderate(comment, "reject", moderator)
    assert all("reader@reader.example" not in message.to for message in mail.outbox)


def test_failing_mail_backend_keeps_the_comment_and_logs(
    client, medication, recipients, settings, caplog, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.comments.broken_mail.BrokenBackend"
    with (
        caplog.at_level(logging.ERROR, logger="comments.notifications"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(post_url(medication), form_data(medication))
    assert response.status_code == 302
    assert PortalComment.objects.count() == 1
    assert "Could not email moderators" in caplog.text


@pytest.fixture
def silent_smtp_server():
    with SilentMailServer() as server:
        yield server.port


def test_silent_mail_server_times_out_and_the_comment_is_kept(
    client,
    medication,
    recipients,
    settings,
    caplog,
    silent_smtp_server,
    django_capture_on_commit_callbacks,
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = silent_smtp_server
    settings.EMAIL_TIMEOUT = 1
    with (
        caplog.at_level(logging.ERROR, logger="comments.notifications"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(post_url(medication), form_data(medication))
    assert response.status_code == 302
    assert PortalComment.objects.count() == 1
    assert "Could not email moderators" in caplog.text
    assert "timed out" in caplog.text

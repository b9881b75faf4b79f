"""Readers' reports cannot be used to hide comments: a reader is an address (and a network), not
a cookie; reports made before a moderator's decision stop counting; a comment a moderator approved
is never hidden again without a moderator; moderators hear once, not at every report."""

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from comments import actions
from comments.models import CommentReport, CommentStatus

from .conftest import make_comment

pytestmark = pytest.mark.django_db

THRESHOLD = 3
READERS_ELSEWHERE = ["198.51.100.7", "203.0.113.9", "192.0.2.44", "2001:db8:1::5", "2001:db8:2::5"]


@pytest.fixture
def rules(rules):
    rules.report_threshold = THRESHOLD
    rules.moderator_emails = "queue@staff.example"
    rules.save()
    return rules


def report(comment, address):
    # A fresh cookie jar each time: cookies must not be what tells readers apart.
    return Client(REMOTE_ADDR=address).post(f"/comments/report/{comment.pk}/")


def reported_by(comment, addresses, capture):
    with capture(execute=True):
        for address in addresses:
            assert report(comment, address).status_code == 200
    comment.refresh_from_db()
    return comment


def test_fresh_cookie_jars_from_one_address_count_as_one_reader(
    medication, rules, django_capture_on_commit_callbacks
):
    comment = make_comment(medication, "A useful comment")
    reported_by(comment, ["198.51.100.7"] * 5, django_capture_on_commit_callbacks)
    assert comment.status == CommentStatus.APPROVED
    assert comment.reports.count() == 1


def test_a_few_addresses_of_one_network_weigh_as_one_reader(
    medication, rules, django_capture_on_commit_callbacks
):
    comment = make_comment(medication, "A useful comment")
    addresses = ["198.51.100.7", "198.51.100.8", "198.51.100.9", "2001:db8::1", "2001:db8::2"]
    reported_by(comment, addresses, django_capture_on_commit_callbacks)
    assert comment.status == CommentStatus.APPROVED, "two networks are two readers, not five"


def test_readers_of_enough_networks_send_a_rule_approved_comment_back_once(
    medication, rules, django_capture_on_commit_callbacks
):
    comment = make_comment(medication, "Call me for pills 555-0100")  # approved by a rule
    reported_by(comment, READERS_ELSEWHERE[:THRESHOLD], django_capture_on_commit_callbacks)
    assert comment.status == CommentStatus.PENDING
    assert len(mail.outbox) == 1 and "reported" in mail.outbox[0].subject


def test_a_comment_a_moderator_approved_is_never_hidden_again_by_reports(
    medication, rules, moderator, django_capture_on_commit_callbacks
):
    comment = make_comment(medication, "Methadone works for me", status=CommentStatus.PENDING)
    actions.moderate(comment, "approve", moderator)
    reported_by(comment, READERS_ELSEWHERE, django_capture_on_commit_callbacks)
    assert comment.status == CommentStatus.APPROVED, "only a moderator hides it now"
    # The moderators hear once that readers object, not once per report.
    assert len(mail.outbox) == 1
    assert "Readers reported a comment" in mail.outbox[0].subject
    assert "stays on the page until a moderator decides" in mail.outbox[0].body


def test_reports_made_before_a_moderators_approval_stop_counting(
    medication, rules, moderator, django_capture_on_commit_callbacks
):
    comment = make_comment(medication, "Naltrexone helped me", status=CommentStatus.APPROVED)
    reported_by(comment, READERS_ELSEWHERE[:THRESHOLD], django_capture_on_commit_callbacks)
    assert comment.status == CommentStatus.PENDING
    actions.moderate(comment, "approve", moderator)
    mail.outbox.clear()

    # One more report after the approval: the three before it are not counted with it.
    reported_by(comment, [READERS_ELSEWHERE[3]], django_capture_on_commit_callbacks)
    assert comment.status == CommentStatus.APPROVED
    assert mail.outbox == []
    assert actions.weighed_reports(comment) == 1


def test_a_reporter_whose_reports_moderators_overrule_stops_weighing(
    medication, rules, moderator, django_capture_on_commit_callbacks
):
    serial = "198.51.100.66"
    for n in range(actions.OVERRULED_LIMIT):
        overruled = make_comment(medication, f"A fine comment {n}")
        reported_by(overruled, [serial], django_capture_on_commit_callbacks)
        actions.moderate(overruled, "reject", moderator)
        actions.moderate(overruled, "approve", moderator)  # the moderator keeps it
    target = make_comment(medication, "Another fine comment")
    reported_by(target, [serial], django_capture_on_commit_callbacks)
    assert CommentReport.objects.get(comment=target).counted is False
    assert actions.weighed_reports(target) == 0


def test_a_staff_reply_cannot_be_hidden_by_reports(
    medication, rules, moderator, django_capture_on_commit_callbacks
):
    comment = make_comment(medication, "A question about dosing", moderated_at=timezone.now())
    reply = actions.post_staff_reply(
        comment, moderator, "Please ask your prescriber.", "7e1e8a52-6b7c-4b43-9a9e-7d0c0d7b1a22"
    )
    reported_by(reply, READERS_ELSEWHERE, django_capture_on_commit_callbacks)
    assert reply.status == CommentStatus.APPROVED

"""A reader comments; a moderator approves, rejects or marks it as spam; readers see the result."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from comments import actions
from comments.models import CommentStatus, PortalComment

from .conftest import form_data, make_comment, post_url

pytestmark = pytest.mark.django_db


def page_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_posted_comment_waits_and_only_its_author_sees_it(client, medication, post_comment):
    response = post_comment(medication, comment="Does the film taste bad?")
    assert response.status_code == 302
    assert response["Location"] == medication.url + "#your-comments"

    comment = PortalComment.objects.get()
    assert comment.status == CommentStatus.PENDING
    assert comment.held_reason == "All comments are held for review"
    assert comment.page_id == medication.pk

    own_view = page_html(client, medication)
    assert "your comment is awaiting moderation" in own_view
    assert "Does the film taste bad?" in own_view

    client.cookies.clear()
    someone_else = page_html(client, medication)
    assert "Does the film taste bad?" not in someone_else
    assert "No comments yet." in someone_else


def test_approved_comment_appears_for_everyone_with_name_and_date(
    client, medication, post_comment, moderator
):
    post_comment(medication, name="Jo", comment="Methadone saved my life.")
    comment = PortalComment.objects.get()
    actions.moderate(comment, "approve", moderator)

    client.cookies.clear()
    html = page_html(client, medication)
    assert "Methadone saved my life." in html
    assert "Jo" in html
    # <time datetime="...">, in the site's time zone (not UTC: after midnight UTC they differ)
    assert timezone.localtime(comment.submit_date).strftime("%Y-%m-%d") in html
    assert "awaiting moderation" not in html


@pytest.mark.parametrize("action", ["reject", "spam", "remove"])
def test_rejected_spam_and_removed_comments_are_never_shown(
    client, medication, post_comment, moderator, action
):
    post_comment(medication, comment="Something a moderator turned down.")
    comment = PortalComment.objects.get()
    actions.moderate(comment, "approve", moderator)
    actions.moderate(comment, action, moderator)
    assert "turned down" not in page_html(client, medication)
    client.cookies.clear()
    assert "turned down" not in page_html(client, medication)


def test_comments_appear_oldest_first_with_staff_replies_under_the_comment_they_answer(
    client, medication, moderator
):
    now = timezone.now()
    older = make_comment(medication, "FIRST comment", submit_date=now - datetime.timedelta(days=2))
    newer = make_comment(medication, "SECOND comment", submit_date=now - datetime.timedelta(days=1))
    actions.post_staff_reply(older, moderator, "TEAM reply", "6f1f8a52-6b7c-4b43-9a9e-7d0c0d7b1a11")
    html = page_html(client, medication)
    assert html.index("FIRST comment") < html.index("TEAM reply") < html.index("SECOND comment")
    reply_block = html[html.index("comment-replies") : html.index("SECOND comment")]
    assert "From the site’s team" in reply_block
    assert "TEAM reply" in reply_block
    assert newer.pk


def test_reader_in_crisis_sees_help_lines_and_emergency_guidance_at_once(
    client, medication, post_comment
):
    from tests.factories import EmergencyGuidanceFactory
    from tx_portal.models import SafetySettings

    safety = SafetySettings.load()
    safety.emergency_guidance = EmergencyGuidanceFactory()
    safety.save()

    post_comment(medication, comment="I think I took too much, please help me")
    comment = PortalComment.objects.get()
    assert comment.urgent
    assert comment.status == CommentStatus.PENDING

    html = page_html(client, medication)
    crisis = html[html.index('class="comment-crisis"') :]
    assert "You do not have to wait for a reply" in crisis
    assert 'href="tel:988"' in crisis
    assert 'href="tel:18006624357"' in crisis
    assert 'href="tel:911"' in crisis
    assert "If you think someone has overdosed" in crisis  # the emergency guidance snippet


def test_ordinary_comment_shows_no_crisis_block(client, medication, post_comment):
    post_comment(medication, comment="Thanks for the clear article.")
    assert 'class="comment-crisis"' not in page_html(client, medication)


def test_email_address_never_appears_in_public_responses(client, medication, post_comment):
    response = post_comment(medication, email="secret.person@reader.example")
    assert "secret.person" not in response.content.decode()
    assert "secret.person" not in response["Location"]
    assert "secret.person" not in page_html(client, medication)  # the "awaiting" view
    comment = PortalComment.objects.get()
    actions.moderate(comment, "approve", None)
    assert "secret.person" not in page_html(client, medication)
    # A form sent back with a mistake keeps the address only in the reader's own input field.
    bad = client.post(
        post_url(medication), form_data(medication, email="secret.person@x", comment="")
    )
    assert bad.content.decode().count("secret.person") == 1


XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_comment_text_and_name_are_escaped_on_the_public_page(client, medication, moderator):
    actions.post_staff_reply(
        make_comment(medication, XSS, user_name='<b onmouseover="x">Eve</b>'),
        moderator,
        XSS,
        "0c3a0a3c-6a57-4d41-b1c5-5b0f5a8e6f01",
    )
    html = page_html(client, medication)
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "<b onmouseover" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_pending_comment_is_escaped_in_the_awaiting_notice(client, medication, post_comment):
    post_comment(medication, comment=XSS)
    html = page_html(client, medication)
    assert "your comment is awaiting moderation" in html
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html


def test_same_form_sent_twice_stores_one_comment(client, medication):
    data = form_data(medication)
    first = client.post(post_url(medication), data)
    second = client.post(post_url(medication), data)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert PortalComment.objects.count() == 1


def test_two_forms_with_the_same_text_are_two_comments(client, medication):
    client.post(post_url(medication), form_data(medication))
    client.post(post_url(medication), form_data(medication))
    assert PortalComment.objects.count() == 2


def test_rate_limit_refuses_politely_and_keeps_the_text(client, medication):
    for _ in range(3):
        assert client.post(post_url(medication), form_data(medication)).status_code == 302
    response = client.post(post_url(medication), form_data(medication, comment="Fourth try"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "You have sent several comments in the last minute" in html
    assert "Fourth try" in html
    assert PortalComment.objects.count() == 3


def test_rate_limit_is_per_client(client, medication):
    for _ in range(3):
        client.post(post_url(medication), form_data(medication))
    other = client.post(post_url(medication), form_data(medication), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


def test_ip_address_is_kept_for_abuse_handling(client, medication):
    client.post(post_url(medication), form_data(medication), REMOTE_ADDR="10.1.2.3")
    assert PortalComment.objects.get().ip_address == "10.1.2.3"


def test_logged_in_reader_comment_is_linked_to_their_account(client, medication, editor):
    client.force_login(editor)
    client.post(post_url(medication), form_data(medication))
    assert PortalComment.objects.get().user == editor


def test_report_by_enough_readers_sends_a_comment_back_to_the_queue(
    client, medication, rules, django_user_model
):
    from django.test import Client

    comment = make_comment(medication, "Call me for pills 555-0100")
    rules.report_threshold = 2
    rules.save()
    report_url = f"/comments/report/{comment.pk}/"

    first = Client()
    assert first.post(report_url).status_code == 200
    assert first.post(report_url).status_code == 200  # the same reader twice counts once
    comment.refresh_from_db()
    assert comment.status == CommentStatus.APPROVED
    assert comment.reports.count() == 1

    response = Client(REMOTE_ADDR="198.51.100.20").post(report_url)  # a reader elsewhere
    assert "Thank you for your report" in response.content.decode()
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING
    assert comment.held_reason == "Reported by 2 readers"
    assert "555-0100" not in page_html(client, medication)


def test_only_approved_comments_can_be_reported(client, medication):
    comment = make_comment(medication, "pending", status=CommentStatus.PENDING)
    assert client.post(f"/comments/report/{comment.pk}/").status_code == 404
    assert client.get(f"/comments/report/{comment.pk}/").status_code == 405


def test_each_approved_comment_has_a_report_button(client, medication):
    comment = make_comment(medication, "Reportable")
    assert f'action="/comments/report/{comment.pk}/"' in page_html(client, medication)


def test_anonymous_user_object_is_fine_for_rules():
    assert not AnonymousUser().is_authenticated


def test_a_cached_form_shared_by_two_readers_stores_both_comments(medication):
    """A page cache may give many readers the same rendered form (and idempotency key)."""
    from django.test import Client

    data = form_data(medication)
    first, second = Client(), Client()
    first.cookies["csrftoken"] = "a" * 32
    second.cookies["csrftoken"] = "b" * 32
    first.post(post_url(medication), {**data, "comment": "From the first reader"})
    second.post(post_url(medication), {**data, "comment": "From the second reader"})
    first.post(post_url(medication), {**data, "comment": "From the first reader"})  # repeat
    assert sorted(PortalComment.objects.values_list("comment", flat=True)) == [
        "From the first reader",
        "From the second reader",
    ]


def test_visible_changes_are_announced_for_page_caches(
    medication, moderator, django_capture_on_commit_callbacks
):
    from comments.signals import public_comments_changed

    announced = []

    def receiver(sender, page_id, **kwargs):
        announced.append(page_id)

    public_comments_changed.connect(receiver)
    try:
        comment = make_comment(medication, "x", status=CommentStatus.PENDING)
        with django_capture_on_commit_callbacks(execute=True):
            actions.moderate(comment, "spam", moderator)  # never public: nothing to announce
        assert announced == []
        with django_capture_on_commit_callbacks(execute=True):
            actions.moderate(comment, "approve", moderator)
            actions.post_staff_reply(
                comment, moderator, "reply", "2c3e8a52-6b7c-4b43-9a9e-7d0c0d7b1a00"
            )
            actions.moderate(comment, "remove", moderator)
        assert announced == [medication.pk] * 3
    finally:
        public_comments_changed.disconnect(receiver)


def test_help_lines_show_even_when_a_crisis_comment_could_not_be_sent(client, medication):
    response = client.post(
        post_url(medication), form_data(medication, comment="I want to die", email="bad")
    )
    assert response.status_code == 400
    assert 'class="comment-crisis"' in response.content.decode()


def test_a_forged_forwarded_address_is_never_stored(client, medication, settings):
    settings.TRUSTED_PROXY_HOPS = 1
    client.post(post_url(medication), form_data(medication), HTTP_X_FORWARDED_FOR="not-an-ip")
    assert PortalComment.objects.get().ip_address == "127.0.0.1"

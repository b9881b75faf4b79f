"""Moderators work the queue in the Wagtail admin; every action lands in the comment's history."""

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from comments import actions
from comments.models import CommentStatus, PortalComment

from .conftest import PASSWORD, make_comment

pytestmark = pytest.mark.django_db

NS = "wagtailsnippets_comments_portalcomment"
XSS = '<script>alert("x")</script>'


@pytest.fixture
def moderator_client(client, moderator):
    client.login(username=moderator.username, password=PASSWORD)
    return client


def queue(client, query=""):
    response = client.get(reverse(f"{NS}:list") + query)
    assert response.status_code == 200
    return response.content.decode()


def test_queue_lists_comments_with_page_author_status_date_and_rule(moderator_client, medication):
    make_comment(medication, "Held one", status=CommentStatus.PENDING, held_reason="3 links")
    html = queue(moderator_client, "?status=pending")
    for text in ["Held one", "Buprenorphine", "Alex", "Awaiting moderation", "3 links"]:
        assert text in html, text


def test_urgent_comments_are_at_the_top_of_the_queue(moderator_client, medication):
    make_comment(medication, "Older ordinary", status=CommentStatus.PENDING)
    make_comment(medication, "Newer crisis", status=CommentStatus.PENDING, urgent=True)
    html = queue(moderator_client, "?status=pending")
    assert html.index("Newer crisis") < html.index("Older ordinary")
    assert "URGENT" in html


def test_queue_filters_by_status_page_and_date_and_searches(moderator_client, medication, home):
    from tests.factories import TherapyIndexPageFactory, TherapyPageFactory

    therapy = TherapyPageFactory(parent=TherapyIndexPageFactory(parent=home), title="CBT")
    make_comment(medication, "Approved on meds")
    make_comment(medication, "Pending on meds", status=CommentStatus.PENDING)
    make_comment(therapy, "Pending on therapy", status=CommentStatus.PENDING, user_name="Robin")

    by_status = queue(moderator_client, "?status=approved")
    assert "Approved on meds" in by_status and "Pending on meds" not in by_status
    by_page = queue(moderator_client, f"?page={therapy.pk}")
    assert "Pending on therapy" in by_page and "meds" not in by_page
    # The filter reads dates in the site's time zone (not UTC: just after midnight UTC they differ).
    today = timezone.localdate(PortalComment.objects.first().submit_date).isoformat()
    assert "Pending on therapy" in queue(moderator_client, f"?submit_date_from={today}")
    assert "Pending on therapy" not in queue(moderator_client, "?submit_date_to=2000-01-01")
    searched = queue(moderator_client, "?q=robin")
    assert "Pending on therapy" in searched and "Approved on meds" not in searched


def test_admin_list_and_detail_escape_comment_text(moderator_client, medication):
    comment = make_comment(medication, XSS, status=CommentStatus.PENDING, user_name=XSS)
    for html in [
        queue(moderator_client),
        moderator_client.get(reverse(f"{NS}:inspect", args=[comment.pk])).content.decode(),
        moderator_client.get(reverse("wagtailadmin_home")).content.decode(),
    ]:
        assert '<script>alert("x")' not in html
        assert "&lt;script&gt;" in html


@pytest.mark.parametrize(
    ("action", "status"),
    [
        ("approve", CommentStatus.APPROVED),
        ("reject", CommentStatus.REJECTED),
        ("spam", CommentStatus.SPAM),
        ("remove", CommentStatus.REMOVED),
    ],
)
def test_each_action_changes_the_status_and_is_in_the_history(
    moderator_client, moderator, medication, action, status
):
    comment = make_comment(medication, "Decide me", status=CommentStatus.PENDING)
    if action == "approve":
        comment.status = CommentStatus.REJECTED
        comment.save()
    response = moderator_client.post(reverse(f"{NS}:moderate", args=[comment.pk, action]))
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == status
    assert comment.moderated_at is not None
    entry = ModelLogEntry.objects.get(object_id=str(comment.pk), action=f"comments.{action}")
    assert entry.user == moderator
    label = actions.ACTION_LABELS[action][1]
    history = moderator_client.get(reverse(f"{NS}:history", args=[comment.pk])).content.decode()
    assert label in history
    assert "Mona" in history or moderator.username in history


def test_unknown_action_is_refused_politely(moderator_client, medication):
    comment = make_comment(medication, "x", status=CommentStatus.PENDING)
    response = moderator_client.post(reverse(f"{NS}:moderate", args=[comment.pk, "explode"]))
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING


def test_repeating_an_action_logs_nothing_new(moderator_client, medication):
    comment = make_comment(medication, "x", status=CommentStatus.PENDING)
    url = reverse(f"{NS}:moderate", args=[comment.pk, "approve"])
    moderator_client.post(url)
    moderator_client.post(url)
    assert ModelLogEntry.objects.filter(action="comments.approve").count() == 1


@pytest.mark.parametrize(
    ("action", "status"),
    [("approve", "approved"), ("reject", "rejected"), ("spam", "spam"), ("remove", "removed")],
)
def test_bulk_actions(moderator_client, moderator, medication, action, status):
    comments = [make_comment(medication, f"c{i}", status=CommentStatus.PENDING) for i in range(3)]
    url = (
        reverse(
            "wagtail_bulk_action",
            args=["comments", "portalcomment", f"comments-{action}"],
        )
        + "?"
        + "&".join(f"id={c.pk}" for c in comments[:2])
    )
    confirm = moderator_client.get(url)
    assert confirm.status_code == 200
    assert "c0" in confirm.content.decode()
    response = moderator_client.post(url)
    assert response.status_code == 302
    statuses = [PortalComment.objects.get(pk=c.pk).status for c in comments]
    assert statuses == [status, status, "pending"]
    assert ModelLogEntry.objects.filter(action=f"comments.{action}", user=moderator).count() == 2


def test_queue_offers_the_bulk_actions(moderator_client, medication):
    make_comment(medication, "x", status=CommentStatus.PENDING)
    html = queue(moderator_client)
    for label in ["Approve", "Reject", "Mark as spam", "Remove"]:
        assert f">{label}<" in html or f"{label}\n" in html, label


def test_reply_posts_a_staff_reply_under_the_comment(moderator_client, moderator, medication):
    comment = make_comment(medication, "Is it safe in pregnancy?")
    url = reverse(f"{NS}:reply", args=[comment.pk])
    assert moderator_client.get(url).status_code == 200
    data = {
        "comment": "Yes: talk to your prescriber.",
        "idempotency_key": "8d0c8a1e-9d0e-4a3c-8f7e-3d1b2c4a5e6f",
    }
    assert moderator_client.post(url, data).status_code == 302
    assert moderator_client.post(url, data).status_code == 302  # sent twice: one reply
    reply = PortalComment.objects.get(is_staff_reply=True)
    assert (reply.parent_id, reply.level, reply.status) == (comment.pk, 1, CommentStatus.APPROVED)
    assert reply.user == moderator
    assert ModelLogEntry.objects.filter(object_id=str(comment.pk), action="comments.reply").exists()


def test_reply_with_no_text_keeps_the_form(moderator_client, medication):
    comment = make_comment(medication, "Question")
    response = moderator_client.post(
        reverse(f"{NS}:reply", args=[comment.pk]),
        {"comment": "", "idempotency_key": "8d0c8a1e-9d0e-4a3c-8f7e-3d1b2c4a5e6f"},
    )
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()


def test_reply_to_an_unapproved_comment_asks_to_approve_first(moderator_client, medication):
    comment = make_comment(medication, "Question", status=CommentStatus.PENDING)
    response = moderator_client.get(reverse(f"{NS}:reply", args=[comment.pk]))
    assert response.status_code == 302
    assert not PortalComment.objects.filter(is_staff_reply=True).exists()


def test_comments_are_not_edited_or_added_in_the_admin(client, superuser, medication):
    client.force_login(superuser)
    comment = make_comment(medication, "Original words")
    edit = client.post(reverse(f"{NS}:edit", args=[comment.pk]), {"comment": "changed"})
    assert edit.status_code == 302
    assert edit["Location"] == reverse(f"{NS}:inspect", args=[comment.pk])
    comment.refresh_from_db()
    assert comment.comment == "Original words"
    assert client.get(reverse(f"{NS}:add")).status_code == 302


def test_menu_shows_the_number_of_comments_waiting(moderator_client, medication):
    make_comment(medication, "a", status=CommentStatus.PENDING)
    make_comment(medication, "b", status=CommentStatus.PENDING)
    html = moderator_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Comments (2 waiting)" in html


def test_dashboard_panel_lists_pending_comments_oldest_first(moderator_client, medication):
    import datetime

    from django.utils import timezone

    now = timezone.now()
    make_comment(medication, "Newest pending", status=CommentStatus.PENDING, submit_date=now)
    make_comment(
        medication,
        "Oldest pending",
        status=CommentStatus.PENDING,
        submit_date=now - datetime.timedelta(days=3),
    )
    make_comment(medication, "Approved, not listed")
    html = moderator_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Comments awaiting moderation" in html
    panel = html[html.index("Comments awaiting moderation") :]
    assert panel.index("Oldest pending") < panel.index("Newest pending")
    assert "Approved, not listed" not in panel


def test_moderators_edit_the_comment_rules(moderator_client):
    from comments.models import CommentSettings

    settings_obj = CommentSettings.load()
    url = reverse("wagtailsettings:edit", args=["comments", "commentsettings", settings_obj.pk])
    assert moderator_client.get(url).status_code == 200
    data = {
        "who_can_comment": "logged_in",
        "close_after_days": "60",
        "comment_policy": "Be kind.",
        "hold_link_threshold": "1",
        "hold_words": "vendor",
        "spam_words": "casino",
        "crisis_words": "help me",
        "report_threshold": "2",
        "notify_moderators": "on",
        "moderator_emails": "queue@staff.example",
        "ip_retention_days": "14",
    }
    response = moderator_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    settings_obj.refresh_from_db()
    assert (settings_obj.who_can_comment, settings_obj.ip_retention_days) == ("logged_in", 14)

    bad = moderator_client.post(url, {**data, "moderator_emails": "not an address"})
    assert bad.status_code == 200
    assert "is not an email address" in bad.content.decode()

"""Who may moderate: Moderators and administrators; not editors, not the public."""

import pytest
from django.urls import reverse

from comments.models import CommentSettings, CommentStatus, PortalComment

from .conftest import make_comment

pytestmark = pytest.mark.django_db

NS = "wagtailsnippets_comments_portalcomment"
KEY = "3f1e8a52-6b7c-4b43-9a9e-7d0c0d7b1a99"


def bulk(action, comment):
    return (
        reverse("wagtail_bulk_action", args=["comments", "portalcomment", f"comments-{action}"])
        + f"?id={comment.pk}"
    )


def requests_for(comment):
    """(method, url, data) for every moderation URL and action."""
    settings_url = reverse(
        "wagtailsettings:edit", args=["comments", "commentsettings", CommentSettings.load().pk]
    )
    return [
        ("get", reverse(f"{NS}:list"), None),
        ("get", reverse(f"{NS}:list") + "?status=pending&q=x", None),
        ("get", reverse(f"{NS}:inspect", args=[comment.pk]), None),
        ("get", reverse(f"{NS}:history", args=[comment.pk]), None),
        ("get", reverse(f"{NS}:reply", args=[comment.pk]), None),
        (
            "post",
            reverse(f"{NS}:reply", args=[comment.pk]),
            {"comment": "hi", "idempotency_key": KEY},
        ),
        ("get", settings_url, None),
        *[
            ("post", reverse(f"{NS}:moderate", args=[comment.pk, action]), {})
            for action in ["approve", "reject", "spam", "remove"]
        ],
        *[
            ("get", bulk(action, comment), None)
            for action in ["approve", "reject", "spam", "remove"]
        ],
        *[
            ("post", bulk(action, comment), {})
            for action in ["approve", "reject", "spam", "remove"]
        ],
    ]


def denied(response):
    if response.status_code == 403:
        return True
    location = response.get("Location", "")
    return response.status_code == 302 and (
        location.startswith(reverse("wagtailadmin_login"))
        or location == reverse("wagtailadmin_home")
    )


@pytest.fixture
def approved_comment(medication):
    return make_comment(medication, "Question about doses")


@pytest.mark.parametrize("who", ["anonymous", "editor"])
def test_public_and_editors_cannot_see_or_moderate(client, who, editor, approved_comment):
    if who == "editor":
        client.force_login(editor)
    for method, url, data in requests_for(approved_comment):
        response = getattr(client, method)(url, data or {})
        assert denied(response), f"{who} {method.upper()} {url} -> {response.status_code}"
    approved_comment.refresh_from_db()
    assert approved_comment.status == CommentStatus.APPROVED
    assert not PortalComment.objects.filter(is_staff_reply=True).exists()


def test_editors_get_no_comments_menu(client, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "/admin/snippets/comments/portalcomment/" not in html
    assert "Comments awaiting moderation" not in html


@pytest.mark.parametrize("who", ["moderator", "superuser"])
def test_moderators_and_admins_can_use_every_moderation_url(
    client, who, moderator, superuser, approved_comment
):
    client.force_login(moderator if who == "moderator" else superuser)
    for method, url, data in requests_for(approved_comment):
        # Every action needs something to act on: start each from "approved" again.
        PortalComment.objects.filter(pk=approved_comment.pk).update(
            status=CommentStatus.PENDING if "approve" in url else CommentStatus.APPROVED,
            is_public=True,
        )
        response = getattr(client, method)(url, data or {})
        assert not denied(response), f"{who} {method.upper()} {url} -> {response.status_code}"
        assert response.status_code in (200, 302)
    assert PortalComment.objects.filter(is_staff_reply=True).count() == 1


def test_only_administrators_delete_comments(client, moderator, superuser, approved_comment):
    url = reverse(f"{NS}:delete", args=[approved_comment.pk])
    client.force_login(moderator)
    assert denied(client.post(url))
    assert PortalComment.objects.filter(pk=approved_comment.pk).exists()
    client.force_login(superuser)
    assert client.post(url).status_code == 302
    assert not PortalComment.objects.filter(pk=approved_comment.pk).exists()


def test_moderator_group_rights_come_from_the_migration():
    from django.contrib.auth.models import Group

    codenames = set(
        Group.objects.get(name="Moderators").permissions.values_list("codename", flat=True)
    )
    assert {"view_portalcomment", "moderate_portalcomment", "change_commentsettings"} <= codenames
    for name in ["Editors", "Clinical reviewers"]:
        rights = Group.objects.get(name=name).permissions.filter(content_type__app_label="comments")
        assert not rights.exists(), name

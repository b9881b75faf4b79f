"""Moderating from the queue: one click per comment, with the whole comment in its row, a way
back, and polite answers to bad addresses."""

from urllib.parse import quote

import pytest
from django.urls import reverse

from comments.models import CommentStatus, PortalComment
from tests.comments.conftest import PASSWORD, make_comment, staff_user
from tests.factories import MedicationIndexPageFactory, MedicationPageFactory

pytestmark = pytest.mark.django_db

NS = "wagtailsnippets_comments_portalcomment"
LONG_TEXT = (
    "I started buprenorphine last week and the first two days were hard, but the cravings "
    "are much lower now. The end of this sentence must be readable in the queue itself."
)


@pytest.fixture
def medication(home):
    index = MedicationIndexPageFactory(parent=home)
    return MedicationPageFactory(parent=index, title="Buprenorphine", slug="buprenorphine")


@pytest.fixture
def moderator_client(client, django_user_model):
    user = staff_user(django_user_model, "mona", "Moderators")
    client.login(username=user.username, password=PASSWORD)
    return client


def queue_url(query="?status=pending"):
    return reverse(f"{NS}:list") + query


def test_each_queue_row_shows_the_whole_comment_its_page_and_one_click_actions(
    moderator_client, medication
):
    comment = make_comment(medication, LONG_TEXT, status=CommentStatus.PENDING)
    html = moderator_client.get(queue_url()).content.decode()
    assert "must be readable in the queue itself." in html
    assert "Buprenorphine" in html
    for action, key in [("approve", "a"), ("reject", "r"), ("spam", "s"), ("remove", "x")]:
        action_url = reverse(f"{NS}:moderate", args=[comment.pk, action])
        assert f'action="{action_url}?next=' in html, action
        assert f'data-moderation-key="{key}"' in html
    assert f'id="comment-{comment.pk}"' in html
    assert "comments/admin-queue.js" in html


def test_approving_from_the_queue_returns_to_the_same_queue_with_an_undo(
    moderator_client, medication
):
    first = make_comment(medication, "First waiting", status=CommentStatus.PENDING)
    make_comment(medication, "Second waiting", status=CommentStatus.PENDING)
    back_to = queue_url("?status=pending&p=1")
    response = moderator_client.post(
        reverse(f"{NS}:moderate", args=[first.pk, "approve"]) + f"?next={quote(back_to)}"
    )
    assert response.status_code == 302
    assert response["Location"] == back_to
    assert PortalComment.objects.get(pk=first.pk).status == CommentStatus.APPROVED

    html = moderator_client.get(back_to).content.decode()
    assert "Approved: comment by Alex." in html
    assert "Second waiting" in html and "First waiting" not in html
    undo_url = reverse(f"{NS}:undo", args=[first.pk])
    assert f'action="{undo_url}?next=' in html

    response = moderator_client.post(
        undo_url + f"?next={quote(back_to)}", {"status": CommentStatus.PENDING}
    )
    assert response["Location"] == back_to
    assert PortalComment.objects.get(pk=first.pk).status == CommentStatus.PENDING
    assert "First waiting" in moderator_client.get(back_to).content.decode()


def test_undo_with_an_unknown_status_changes_nothing(moderator_client, medication):
    comment = make_comment(medication, "Kept", status=CommentStatus.APPROVED)
    response = moderator_client.post(
        reverse(f"{NS}:undo", args=[comment.pk]), {"status": "deleted-forever"}, follow=True
    )
    assert response.status_code == 200
    assert "That status does not exist" in response.content.decode()
    assert PortalComment.objects.get(pk=comment.pk).status == CommentStatus.APPROVED


def test_after_acting_on_a_comment_page_the_next_waiting_one_is_a_link_away(
    moderator_client, medication
):
    first = make_comment(medication, "First", status=CommentStatus.PENDING)
    second = make_comment(medication, "Second", status=CommentStatus.PENDING)
    response = moderator_client.post(
        reverse(f"{NS}:moderate", args=[first.pk, "reject"]), follow=True
    )
    html = response.content.decode()
    assert "Rejected: comment by Alex." in html
    assert f'href="{reverse(f"{NS}:inspect", args=[second.pk])}"' in html
    assert "Next comment waiting" in html

    moderator_client.post(reverse(f"{NS}:moderate", args=[second.pk, "approve"]))
    html = moderator_client.get(reverse(f"{NS}:inspect", args=[second.pk])).content.decode()
    assert "No other comment is waiting." in html


@pytest.mark.parametrize("bad_next", ["foo", "https://elsewhere.example/", "//elsewhere.example"])
def test_a_moderation_action_with_a_bad_next_acts_and_returns_to_the_comment(
    moderator_client, medication, bad_next
):
    comment = make_comment(medication, "Waiting", status=CommentStatus.PENDING)
    response = moderator_client.post(
        reverse(f"{NS}:moderate", args=[comment.pk, "approve"]) + f"?next={bad_next}"
    )
    assert response.status_code == 302
    assert response["Location"] == reverse(f"{NS}:inspect", args=[comment.pk])
    assert PortalComment.objects.get(pk=comment.pk).status == CommentStatus.APPROVED


def test_a_bulk_action_with_a_bad_next_acts_and_returns_to_the_queue(moderator_client, medication):
    comment = make_comment(medication, "Waiting", status=CommentStatus.PENDING)
    bulk = reverse("wagtail_bulk_action", args=["comments", "portalcomment", "comments-approve"])
    response = moderator_client.post(f"{bulk}?id={comment.pk}&next=foo", {})
    assert response.status_code == 302
    assert response["Location"] == reverse(f"{NS}:list")
    assert PortalComment.objects.get(pk=comment.pk).status == CommentStatus.APPROVED


def with_id(name, pk, *rest):
    """A comment address with `pk` in place of a real id (the URL patterns cannot make one)."""
    return reverse(f"{NS}:{name}", args=[123456789, *rest]).replace("/123456789/", f"/{pk}/")


@pytest.mark.parametrize("name", ["inspect", "history", "reply", "undo"])
@pytest.mark.parametrize("pk", ["abc", "1e3", "%20"])
def test_a_comment_address_with_a_non_numeric_id_is_not_found(moderator_client, name, pk):
    assert moderator_client.get(with_id(name, pk)).status_code in (404, 405)
    assert moderator_client.post(with_id(name, pk)).status_code == 404


def test_a_moderation_action_on_a_non_numeric_id_is_not_found(moderator_client):
    response = moderator_client.post(with_id("moderate", "abc", "approve"))
    assert response.status_code == 404


def test_the_queue_offers_moderators_no_bulk_delete_and_counts_comments(
    moderator_client, medication, client, django_user_model
):
    make_comment(medication, "Waiting", status=CommentStatus.PENDING)
    html = moderator_client.get(queue_url()).content.decode()
    delete_url = reverse("wagtail_bulk_action", args=["comments", "portalcomment", "delete"])
    approve_url = reverse(
        "wagtail_bulk_action", args=["comments", "portalcomment", "comments-approve"]
    )
    assert approve_url in html
    assert delete_url not in html
    assert 'data-bulk-action-footer="COMMENT"' in html

    django_user_model.objects.create_superuser("root", "root@staff.example", PASSWORD)
    client.login(username="root", password=PASSWORD)
    assert delete_url in client.get(queue_url()).content.decode()

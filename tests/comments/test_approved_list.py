"""The approved comments readers see are rendered once and shared until one changes: every
change a reader can see shows on the very next page view."""

import pytest
from django.test import Client

from comments import actions
from comments.models import CommentStatus
from tests.admin_forms import count_queries

from .conftest import make_comment

pytestmark = pytest.mark.django_db


def shown(client, page):
    return client.get(page.url).content.decode()


def test_approving_rejecting_and_replying_show_on_the_next_view(client, medication, moderator):
    first = make_comment(medication, "The first approved comment")
    waiting = make_comment(medication, "A comment still waiting", status=CommentStatus.PENDING)
    assert "The first approved comment" in shown(client, medication)
    assert "A comment still waiting" not in shown(client, medication)

    actions.moderate(waiting, "approve", moderator)
    assert "A comment still waiting" in shown(client, medication)

    actions.moderate(first, "reject", moderator)
    assert "The first approved comment" not in shown(client, medication)

    actions.post_staff_reply(waiting, moderator, "A reply from the team", "a" * 32)
    assert "A reply from the team" in shown(client, medication)


def test_an_edit_or_delete_outside_the_moderation_actions_shows_too(client, medication):
    comment = make_comment(medication, "Text before the edit")
    assert "Text before the edit" in shown(client, medication)
    comment.comment = "Text after the edit"
    comment.save()
    assert "Text after the edit" in shown(client, medication)
    comment.delete()
    assert "Text after the edit" not in shown(client, medication)


def test_new_comments_waiting_for_moderation_keep_the_list_cached(client, medication):
    make_comment(medication, "Approved")
    shown(client, medication)
    kept = count_queries(lambda: client.get(medication.url))
    for n in range(5):
        make_comment(medication, f"Waiting {n}", status=CommentStatus.PENDING)
    assert count_queries(lambda: client.get(medication.url)) == kept


def test_signed_in_staff_get_their_own_report_forms_never_a_readers_copy(
    client, medication, moderator
):
    make_comment(medication, "Approved")
    assert "csrfmiddlewaretoken" not in shown(client, medication)  # the reader's copy is kept
    staff = Client()
    staff.force_login(moderator)
    html = shown(staff, medication)
    assert html.count('class="comment__report"') == 1
    assert "csrfmiddlewaretoken" in html.split('class="comment__report"')[1]

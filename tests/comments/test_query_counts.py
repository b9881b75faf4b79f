"""A page's comments cost the same number of queries however many there are."""

import pytest
from django.core.cache import cache

from comments import approved_list
from comments.models import CommentStatus, PortalComment
from tests.admin_forms import count_queries
from tx_portal import shared_fragments

from .conftest import form_data, make_comment, post_url

pytestmark = pytest.mark.django_db

# Between edits the medication page itself costs none (tests/tx_portal/test_query_budget.py):
# the comment settings are a shared fragment; the approved comments and staff replies are one
# query when they are rendered, then kept in the shared cache until one of them changes
# (comments/approved_list.py).
PAGE_QUERIES = 0


def page_queries(client, page):
    cache.clear()
    client.get(page.url)  # warm up: Wagtail's site root cache, content types, the comments
    return count_queries(lambda: client.get(page.url))


def add_comments(page, count, moderator):
    from comments import actions

    comments = [make_comment(page, f"Comment number {n}") for n in range(count)]
    actions.post_staff_reply(
        comments[0], moderator, "A team reply", "1c3e8a52-6b7c-4b43-9a9e-7d0c0d7b1a00"
    )


@pytest.mark.parametrize("count", [3, 100])
def test_page_with_approved_comments_runs_a_fixed_number_of_queries(
    client, medication, moderator, count
):
    add_comments(medication, count, moderator)
    assert page_queries(client, medication) == PAGE_QUERIES
    approved_list.forget(medication.pk)  # a comment changed: rendered again, one query
    assert count_queries(lambda: client.get(medication.url)) == PAGE_QUERIES + 1
    assert f"Comment number {count - 1}" in client.get(medication.url).content.decode()


def test_reader_with_a_comment_waiting_adds_one_query_for_their_comments(
    client, medication, moderator, post_comment
):
    add_comments(medication, 3, moderator)
    post_comment(medication)
    # Their browser's signed cookie names the comments: no session to load.
    assert page_queries(client, medication) == PAGE_QUERIES + 1


# A reader's post with the production task backend, between edits: the page (with its view
# restriction flags) and the comment settings are shared fragments, so what is left is one
# transaction: the INSERT of the comment, the rate limit's counter (in the database without
# Redis; with Redis it is not a query), its first history line and the moderators' email task:
# 4 statements without Redis, 3 with it. Django logs the transaction's BEGIN and COMMIT too (in
# a test, the SAVEPOINT and RELEASE its own transaction turns them into): 6 and 5 here. Right
# after an edit the site, the live pages' ids, the page and the comment settings are read again:
# 4 more.
POST_QUERIES = {"database": 4 + 2, "cache": 3 + 2}


@pytest.mark.parametrize("rate_limit_store", ["database", "cache"], ids=["no-redis", "redis"])
def test_a_readers_comment_is_stored_in_a_fixed_number_of_queries(
    client, medication, settings, django_assert_num_queries, rate_limit_store
):
    settings.COMMENT_RATE_LIMIT_STORE = rate_limit_store
    settings.TASKS = {
        **settings.TASKS,
        "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    }
    client.get(medication.url)  # warm up: Wagtail's site root cache, content types
    client.post(post_url(medication), form_data(medication, comment="A first comment"))
    with django_assert_num_queries(POST_QUERIES[rate_limit_store]):
        response = client.post(post_url(medication), form_data(medication))
    assert response.status_code == 302
    comment = PortalComment.objects.get(comment=form_data(medication)["comment"])
    assert comment.status == CommentStatus.PENDING
    from django_tasks_db.models import DBTaskResult

    queued = DBTaskResult.objects.order_by("enqueued_at").last()
    assert queued.args_kwargs["args"][0] == comment.pk, "the moderators' email waits in the queue"
    shared_fragments.invalidate()  # an edit: what the shared fragments keep is read again
    with django_assert_num_queries(POST_QUERIES[rate_limit_store] + 4):
        again = client.post(post_url(medication), form_data(medication, comment="After an edit"))
    assert again.status_code == 302

"""A page's comments cost the same number of queries however many there are."""

import pytest
from django.core.cache import cache

from tests.admin_forms import count_queries

from .conftest import make_comment

pytestmark = pytest.mark.django_db

# The medication page's own 3 (site, the page by its URL, related therapies: see
# tests/tx_portal/test_query_budget.py), plus two for the comment section: the comment settings,
# and one query for all approved comments and staff replies on the page.
PAGE_QUERIES = 5


def page_queries(client, page):
    cache.clear()
    client.get(page.url)  # warm up: Wagtail's site root cache, content types
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
    assert f"Comment number {count - 1}" in client.get(medication.url).content.decode()


def test_reader_with_a_comment_waiting_adds_their_session_and_their_comments(
    client, medication, moderator, post_comment
):
    add_comments(medication, 3, moderator)
    post_comment(medication)
    assert page_queries(client, medication) == PAGE_QUERIES + 2

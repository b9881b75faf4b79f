"""What readers search for, as the editors see it: Reports → Search terms and the popular search
terms offered when promoting a result. Only the words are counted, and never when they may say
who someone is or that they are in crisis."""

import datetime
from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from site_search import search_terms

pytestmark = pytest.mark.django_db

SEARCH = "/search/"
REPORT = reverse("wagtailsearchpromotions:search_terms")
POPULAR_TERMS = reverse("wagtailsearchpromotions:chooser")


def searched(client, q, **params):
    assert client.get(SEARCH, {"q": q, **params}).status_code == 200


def counted_terms():
    return {query.query_string: query.hits for query in Query.objects.all()}


def test_the_search_terms_report_lists_what_readers_searched_with_counts(
    client, admin_client, home
):
    for _ in range(3):
        searched(client, "Methadone clinic")
    searched(client, "naloxone")
    html = admin_client.get(REPORT).content.decode()
    assert "methadone clinic" in html and "naloxone" in html
    assert counted_terms() == {"methadone clinic": 3, "naloxone": 1}


def test_popular_search_terms_are_offered_when_promoting_a_result(client, admin_client, home):
    searched(client, "suboxone film")
    response = admin_client.get(POPULAR_TERMS)
    assert response.status_code == 200
    assert "suboxone film" in response.content.decode()


def test_a_search_is_counted_once_not_again_for_its_further_pages(client, home):
    searched(client, "withdrawal")
    searched(client, "withdrawal", page="2")
    searched(client, "withdrawal", page="abc")
    assert counted_terms() == {"withdrawal": 1}


def test_a_long_search_is_counted_as_the_words_searched(client, home):
    searched(client, " ".join(f"word{n}" for n in range(50)))
    assert counted_terms() == {" ".join(f"word{n}" for n in range(12)): 1}


@pytest.mark.parametrize(
    "q",
    [
        "methadone for sam@example.org",
        "call me 07700 900 123",
        "my brother overdosed",
        "i want to die",
        "",
        '""" ((( )))',
    ],
)
def test_searches_that_may_say_who_someone_is_or_a_crisis_are_never_counted(client, home, q):
    searched(client, q)
    assert counted_terms() == {}


def test_counts_older_than_the_retention_period_are_forgotten(client, home):
    searched(client, "old term")
    searched(client, "new term")
    long_ago = timezone.localdate() - datetime.timedelta(days=search_terms.RETENTION_DAYS + 1)
    QueryDailyHits.objects.filter(query__query_string="old term").update(date=long_ago)
    assert search_terms.purge() == 1
    assert counted_terms() == {"new term": 1}


def test_a_term_with_a_promotion_outlives_its_counts(client, home):
    searched(client, "naloxone")
    SearchPromotion.objects.create(
        query=Query.get("naloxone"), external_link_url="https://example.org/", sort_order=0
    )
    QueryDailyHits.objects.update(date=datetime.date(2000, 1, 1))
    search_terms.purge()
    assert counted_terms() == {"naloxone": 0}


def test_the_purge_command_says_what_it_removed(client, home):
    searched(client, "old term")
    QueryDailyHits.objects.update(date=datetime.date(2000, 1, 1))
    out = StringIO()
    call_command("purge_search_terms", stdout=out)
    assert out.getvalue().startswith("1 days of search-term counts")
    assert counted_terms() == {}


def test_searches_cost_no_query_for_the_report_and_are_written_in_one_batch(client, home, settings):
    settings.SEARCH_TERMS_WRITE_SECONDS = 60
    search_terms.write_waiting()  # the interval starts now
    for q in ["naloxone", "methadone", "naloxone", "detox"]:
        searched(client, q)
    assert counted_terms() == {}, "nothing written before the interval"
    cache.set(search_terms.PURGED_RECENTLY, True)
    with CaptureQueriesContext(connection) as queries:
        assert search_terms.write_waiting() == 3
    # The new terms, then every day's count: two statements for the whole batch (in a savepoint).
    statements = [query["sql"] for query in queries if "SAVEPOINT" not in query["sql"]]
    assert len(statements) == 2, statements
    assert counted_terms() == {"naloxone": 2, "methadone": 1, "detox": 1}
    searched(client, "naloxone")
    search_terms.write_waiting()
    assert counted_terms()["naloxone"] == 3, "added to what was written before"


def test_a_batch_that_cannot_be_written_does_not_fail_the_search(client, home, monkeypatch):
    monkeypatch.setattr(search_terms, "NEW_TERMS", "INSERT INTO no_such_table VALUES (%s)")
    response = client.get(SEARCH, {"q": "naloxone"})
    assert response.status_code == 200
    assert "naloxone" in response.content.decode()
    assert counted_terms() == {}

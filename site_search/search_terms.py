"""What readers search for, counted for the editors: Reports → Search terms, and the popular
search terms offered when promoting a result (Wagtail's own Query and QueryDailyHits tables).

Only the words searched are kept (at most a dozen, as searched), counted per day, for
RETENTION_DAYS; nothing about who searched (no account, address, session or time of day). A
search that may say who someone is or that they are in crisis is never counted (the rule the
answer finder's report of unanswered questions follows too)."""

import datetime

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from tx_portal.personal_details import may_be_kept

RETENTION_DAYS = 90
PURGE_EVERY_SECONDS = 3600

QUERIES = Query._meta.db_table
HITS = QueryDailyHits._meta.db_table
# One statement for a term already known (most searches): one more search today. The table
# names are the models' own, never input; the values are parameters.
COUNT_TODAY = (
    f"INSERT INTO {HITS} (query_id, date, hits) "  # noqa: S608  # nosec B608
    f"SELECT id, %s, 1 FROM {QUERIES} WHERE query_string = %s "
    f"ON CONFLICT (query_id, date) DO UPDATE SET hits = {HITS}.hits + 1"
)
NEW_TERM = (
    f"INSERT INTO {QUERIES} (query_string) VALUES (%s) "  # noqa: S608  # nosec B608
    "ON CONFLICT (query_string) DO NOTHING"
)


def record(query):
    """Count one search for the words of `query` (a ReaderQuery): one statement for a known
    term, three for a new one; the purge at most hourly. True when it was counted."""
    term = normalise_query_string(query.normalised)
    if not term or not may_be_kept(query.text):
        return False
    today = timezone.localdate()
    try:
        with connection.cursor() as cursor:
            cursor.execute(COUNT_TODAY, [today, term])
            if cursor.rowcount == 0:
                cursor.execute(NEW_TERM, [term])
                cursor.execute(COUNT_TODAY, [today, term])
    except DatabaseError:
        # The report is a convenience: the reader's search is answered even if it is not counted.
        return False
    if cache.add("site-search:terms-purged-recently", True, PURGE_EVERY_SECONDS):
        purge()
    return True


def purge(today=None):
    """Forget the days counted more than RETENTION_DAYS ago, and terms left with no day and no
    promotion; the number of days removed."""
    cutoff = (today or timezone.localdate()) - datetime.timedelta(days=RETENTION_DAYS)
    removed, _ = QueryDailyHits.objects.filter(date__lt=cutoff).delete()
    Query.garbage_collect()
    return removed

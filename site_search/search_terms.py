"""What readers search for, counted for the editors: Reports → Search terms, and the popular
search terms offered when promoting a result (Wagtail's own Query and QueryDailyHits tables).

Only the words searched are kept (at most a dozen, as searched), counted per day, for
RETENTION_DAYS; nothing about who searched (no account, address, session or time of day). A
search that may say who someone is or that they are in crisis is never counted (the rule the
answer finder's report of unanswered questions follows too).

A search costs no query for this: each process counts in memory and writes its counts at most
every SEARCH_TERMS_WRITE_SECONDS (two statements for the whole batch, whatever its size), and
when it exits. A process killed outright loses at most that many seconds of counts: the report
is a guide for editors, not an audit.
"""

import atexit
import datetime
import logging
import threading
import time
from collections import Counter

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from tx_portal.personal_details import may_be_kept

logger = logging.getLogger(__name__)

RETENTION_DAYS = 90
PURGE_EVERY_SECONDS = 3600
# Written sooner when this many different terms are waiting (bounds the memory a flood of
# distinct searches can take).
MAX_WAITING_TERMS = 1000
PURGED_RECENTLY = "site-search:terms-purged-recently"

QUERIES = Query._meta.db_table
HITS = QueryDailyHits._meta.db_table
# The table names are the models' own, never input; the values are parameters.
NEW_TERMS = (
    f"INSERT INTO {QUERIES} (query_string) VALUES (%s) "  # noqa: S608  # nosec B608
    "ON CONFLICT (query_string) DO NOTHING"
)
ADD_SEARCHES = (
    f"INSERT INTO {HITS} (query_id, date, hits) "  # noqa: S608  # nosec B608
    f"SELECT id, %s, %s FROM {QUERIES} WHERE query_string = %s "
    f"ON CONFLICT (query_id, date) DO UPDATE SET hits = {HITS}.hits + excluded.hits"
)

_lock = threading.Lock()
_waiting = Counter()  # (day, term): searches not written yet
_last_written = [time.monotonic()]


def record(query):
    """Count one search for the words of `query` (a ReaderQuery); True when it was counted.
    Written with the other waiting counts when SEARCH_TERMS_WRITE_SECONDS have passed."""
    term = normalise_query_string(query.normalised)
    if not term or not may_be_kept(query.text):
        return False
    with _lock:
        _waiting[(timezone.localdate(), term)] += 1
        due = (
            time.monotonic() - _last_written[0] >= settings.SEARCH_TERMS_WRITE_SECONDS
            or len(_waiting) >= MAX_WAITING_TERMS
        )
    if due:
        write_waiting()
    return True


def write_waiting():
    """Write the counts this process holds (two statements); the number of terms written."""
    with _lock:
        batch = dict(_waiting)
        _waiting.clear()
        _last_written[0] = time.monotonic()
    if not batch:
        return 0
    try:
        # In a savepoint: inside a caller's transaction, a failure here must not abort it.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.executemany(NEW_TERMS, [[term] for term in {term for _, term in batch}])
            cursor.executemany(
                ADD_SEARCHES, [[day, count, term] for (day, term), count in batch.items()]
            )
    except DatabaseError:
        # The report is a convenience: readers' searches never fail for it.
        logger.exception("search terms: %d counts could not be written", len(batch))
        return 0
    if cache.add(PURGED_RECENTLY, True, PURGE_EVERY_SECONDS):
        purge()
    return len(batch)


def discard_waiting():
    with _lock:
        _waiting.clear()


atexit.register(write_waiting)


def purge(today=None):
    """Forget the days counted more than RETENTION_DAYS ago, and terms left with no day and no
    promotion; the number of days removed."""
    cutoff = (today or timezone.localdate()) - datetime.timedelta(days=RETENTION_DAYS)
    removed, _ = QueryDailyHits.objects.filter(date__lt=cutoff).delete()
    Query.garbage_collect()
    return removed

"""Questions that found no good answer, kept so editors see what the pages are missing.

Only the question's words are kept, once per wording with a count and the days it was first
and last asked; nothing about who asked. A question that may say who someone is or that they
are in crisis (an email address, a phone number, crisis words) is never stored.
"""

import datetime

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.utils import timezone

from site_search.models import words_of
from tx_portal.personal_details import may_be_kept

from .models import UnansweredQuestion

RETENTION_DAYS = 90
MAX_CHARS = 200
PURGE_EVERY_SECONDS = 3600


def normalised(text):
    return " ".join(words_of(text))[:MAX_CHARS].strip()


def record(text, *, crisis):
    """Count a question without a good answer (one query; the purge at most hourly)."""
    wording = normalised(text)
    if not wording or not may_be_kept(text, crisis=bool(crisis)):
        return False
    today = timezone.localdate()
    table = UnansweredQuestion._meta.db_table
    # One statement on PostgreSQL and SQLite alike: a new wording, or one more time asked.
    # The table name is the model's own, never input; the values are parameters.
    sql = (
        f"INSERT INTO {table} (text, times_asked, first_asked, last_asked) "  # noqa: S608  # nosec B608
        "VALUES (%s, 1, %s, %s) ON CONFLICT (text) DO UPDATE SET "
        f"times_asked = {table}.times_asked + 1, last_asked = excluded.last_asked"
    )
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, [wording, today, today])
    except DatabaseError:
        # The report is a convenience: a reader is answered even if it cannot be written.
        return False
    if cache.add("answers:purged-recently", True, PURGE_EVERY_SECONDS):
        purge()
    return True


def purge(today=None):
    """Forget questions last asked more than RETENTION_DAYS ago; the number removed."""
    cutoff = (today or timezone.localdate()) - datetime.timedelta(days=RETENTION_DAYS)
    removed, _ = UnansweredQuestion.objects.filter(last_asked__lt=cutoff).delete()
    return removed

"""A few comments (or reports) a minute per client, counted where every app server sees it.

The client is the reader's address (tx_portal.client_address: behind load balancers, set
TRUSTED_PROXY_HOPS), hashed so no address is kept. The count lives in Redis when the site has one
(REDIS_URL), otherwise in the database (RateLimitCount, one upsert a check, in the caller's
transaction): never in one process's memory, so the limit holds whatever the number of gunicorn
workers or servers. If Redis fails the request is let through: losing a rate limit for a while
beats refusing every reader (a database that fails fails the comment too: a polite 503).
"""

import hashlib
import logging
import random
import time

from django.conf import settings
from django.core.cache import cache
from django.db import connection

from tx_portal.client_address import client_address

from .models import RateLimitCount

logger = logging.getLogger(__name__)

WINDOW_SECONDS = 60
REPORTS_PER_MINUTE = 10


def limit(scope):
    return settings.COMMENTS_PER_MINUTE if scope == "comment" else REPORTS_PER_MINUTE


def client_id(request):
    address = client_address(request) or "unknown"
    return hashlib.sha256(address.encode()).hexdigest()[:32]


def allow(request, scope):
    """Count this attempt; False once the client has made more than the limit this window."""
    key = f"{scope}:{client_id(request)}"
    if settings.COMMENT_RATE_LIMIT_STORE != "cache":
        return DATABASE.hit(key) <= limit(scope)
    try:
        return CACHE.hit(key) <= limit(scope)
    except Exception:
        logger.exception("Comment rate limit unavailable (cache error); letting the request in")
        return True


def current_minute():
    return int(time.time() // WINDOW_SECONDS)


class CacheStore:
    def hit(self, key):
        key = f"comments:rate:{key}:{current_minute()}"
        try:
            return cache.incr(key)  # one round trip, but for the first hit of a minute
        except ValueError:
            pass
        if cache.add(key, 1, timeout=WINDOW_SECONDS * 2):
            return 1
        try:
            return cache.incr(key)  # another request added it first
        except ValueError:  # expired in between
            cache.set(key, 1, timeout=WINDOW_SECONDS * 2)
            return 1


class DatabaseStore:
    """One statement a check: insert the minute's counter or add one to it, and read it back."""

    def hit(self, key):
        minute = current_minute()
        table = connection.ops.quote_name(RateLimitCount._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (bucket, minute, hits) VALUES (%s, %s, 1) "  # noqa: S608
                f"ON CONFLICT (bucket) DO UPDATE SET hits = {table}.hits + 1 RETURNING hits",
                [f"{key}:{minute}", minute],
            )
            hits = cursor.fetchone()[0]
        # Now and then, the first hit of a minute clears counters of minutes gone by (a sample,
        # not a secret: the standard generator is right here).
        if hits == 1 and random.random() < 0.02:  # noqa: S311  # nosec B311
            RateLimitCount.objects.filter(minute__lt=minute - 1).delete()
        return hits


CACHE, DATABASE = CacheStore(), DatabaseStore()

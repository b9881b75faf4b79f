"""A few comments (or reports) a minute per client, counted where every app server sees it.

The client is the reader's address (tx_portal.client_address: behind load balancers, set
TRUSTED_PROXY_HOPS), hashed so no address is kept. The count lives in Redis when the site has one
(REDIS_URL), otherwise in the database (RateLimitCount, one upsert a check): never in one process's
memory, so the limit holds whatever the number of gunicorn workers or servers. If the store fails
the request is let through: losing a rate limit for a while beats refusing every reader.
"""

import contextlib
import hashlib
import logging
import random
import time

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import F

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
    try:
        return store().hit(f"{scope}:{client_id(request)}") <= limit(scope)
    except Exception:
        logger.exception("Comment rate limit unavailable; letting the request in")
        return True


def refund(request, scope):
    """Give back an attempt that turned out to be a repeat (a double click, a retry of a stored
    comment): it must not use up the reader's allowance."""
    try:
        store().refund(f"{scope}:{client_id(request)}")
    except Exception:
        logger.exception("Comment rate limit unavailable; could not give back an attempt")


def store():
    return CACHE if settings.COMMENT_RATE_LIMIT_STORE == "cache" else DATABASE


def current_minute():
    return int(time.time() // WINDOW_SECONDS)


class CacheStore:
    def hit(self, key):
        key = f"comments:rate:{key}:{current_minute()}"
        cache.add(key, 0, timeout=WINDOW_SECONDS * 2)
        try:
            return cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=WINDOW_SECONDS * 2)
            return 1

    def refund(self, key):
        with contextlib.suppress(ValueError):
            cache.decr(f"comments:rate:{key}:{current_minute()}")


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
        # Now and then, the first hit of a minute clears counters of minutes gone by.
        if hits == 1 and random.random() < 0.02:  # noqa: S311  # nosec B311 (not security)
            RateLimitCount.objects.filter(minute__lt=minute - 1).delete()
        return hits

    def refund(self, key):
        RateLimitCount.objects.filter(bucket=f"{key}:{current_minute()}", hits__gt=0).update(
            hits=F("hits") - 1
        )


CACHE, DATABASE = CacheStore(), DatabaseStore()

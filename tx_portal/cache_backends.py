"""Cache backends: the Redis cache the app uses, and the purge backend of the Varnish in front.

A Redis cache that degrades to "nothing cached" when Redis is unreachable.

Wagtail keeps site root paths in the cache, so with Django's plain RedisCache a Redis outage turns
every page view into a 500. Here reads miss and writes are dropped (logged, at most once every
30 seconds per process) and the site renders from the database until Redis is back.

A Redis that hangs rather than refuses costs each call its socket timeout, and one page makes a
dozen calls: after a connection failure or a timeout this cache object does not ask Redis again
for SKIP_SECONDS, so a reader waits for one timeout, not twelve (measured by
tests/faults/test_redis_down.py). Writes that invalidate (incr, delete) are never skipped: they
are rare, and one dropped while Redis was already back would leave stale pages cached. Other Redis
errors (a full or read-only Redis, a wrong type) fail that one call only.
"""

import logging
import time
from functools import partial
from http.client import HTTPException
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError
from wagtail.contrib.frontend_cache.backends import HTTPBackend

logger = logging.getLogger(__name__)
LOG_EVERY_SECONDS = 30
SKIP_SECONDS = 5


class ResilientRedisCache(RedisCache):
    _last_logged = 0.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._skip_until = 0.0

    def _failed(self, operation, error):
        now = time.monotonic()
        if isinstance(error, RedisConnectionError | RedisTimeoutError):
            self._skip_until = now + SKIP_SECONDS
        if now - ResilientRedisCache._last_logged >= LOG_EVERY_SECONDS:
            ResilientRedisCache._last_logged = now
            logger.warning("cache unavailable (%s: %s); serving without it", operation, error)

    def _skipping(self):
        return time.monotonic() < self._skip_until

    def _guarded(self, operation, fallback, call, skippable=True):
        if skippable and self._skipping():
            return fallback
        try:
            return call()
        except RedisError as error:
            self._failed(operation, error)
            return fallback

    def get(self, key, default=None, version=None):
        return self._guarded("get", default, partial(super().get, key, default, version))

    def get_many(self, keys, version=None):
        return self._guarded("get_many", {}, partial(super().get_many, keys, version))

    def has_key(self, key, version=None):
        return self._guarded("has_key", False, partial(super().has_key, key, version))

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded("add", False, partial(super().add, key, value, timeout, version))

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded("set", False, partial(super().set, key, value, timeout, version))

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(
            "set_many", list(data), partial(super().set_many, data, timeout, version)
        )

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded("touch", False, partial(super().touch, key, timeout, version))

    def delete(self, key, version=None):
        call = partial(super().delete, key, version)
        return self._guarded("delete", False, call, skippable=False)

    def delete_many(self, keys, version=None):
        call = partial(super().delete_many, keys, version)
        return self._guarded("delete_many", False, call, skippable=False)

    def incr(self, key, delta=1, version=None):
        # No fallback value means anything for a counter: callers handle the error (the rate
        # limit lets the reader in, the page cache logs). Never skipped: the page cache's
        # generation is a counter, and a lost increment would keep stale pages.
        try:
            return super().incr(key, delta, version)
        except RedisError as error:
            self._failed("incr", error)
            raise


class VarnishBackend(HTTPBackend):
    """wagtail.contrib.frontend_cache's HTTP backend for the Varnish in front (deploy/varnish),
    with a timeout (a purge must never hold a publish or a moderator for long), and `purge_all`
    (a BAN of everything) for site-wide changes."""

    TIMEOUT_SECONDS = 2

    def _send(self, method, url, path):
        host = urlsplit(url).netloc
        # The address is the purge socket from settings (VARNISH_PURGE_URLS), http only.
        request = Request(  # noqa: S310
            urlunsplit([self.cache_scheme, self.cache_netloc, path, "", ""]),
            method=method,
            headers={"Host": host, "User-Agent": "tx-portal-purge"},
        )
        try:
            with urlopen(request, timeout=self.TIMEOUT_SECONDS):  # noqa: S310  # nosec B310
                pass
        except (OSError, HTTPException) as error:
            logger.error("could not %s %s at %s: %s", method, url, self.cache_netloc, error)

    def purge(self, url):
        self._send("PURGE", url, urlsplit(url).path or "/")

    def purge_all(self, root_url):
        self._send("BAN", root_url, "/")

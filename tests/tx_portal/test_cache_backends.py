"""The Redis cache backend keeps the site up and fast when Redis is unreachable."""

from unittest import mock

import pytest
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError, ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

from tx_portal.cache_backends import ResilientRedisCache


@pytest.fixture
def unreachable():
    cache = ResilientRedisCache("redis://127.0.0.1:1/0", {})
    with mock.patch.object(RedisCache, "get", side_effect=RedisTimeoutError("hung")) as get:
        yield cache, get


def test_a_failed_call_is_a_miss_and_redis_is_skipped_for_a_while(unreachable):
    cache, redis_get = unreachable
    assert cache.get("a", "default") == "default"
    assert cache.get("b") is None and cache.add("c", 1) is False
    assert redis_get.call_count == 1, "after one failure the next calls must not wait on Redis"


def test_invalidating_writes_are_never_skipped(unreachable):
    """The page cache's generation counter and deletes must reach Redis as soon as it is back:
    one dropped would leave every process serving stale pages until they expire."""
    cache, _ = unreachable
    cache.get("a")  # Redis is now being skipped
    with (
        mock.patch.object(RedisCache, "incr", return_value=8) as redis_incr,
        mock.patch.object(RedisCache, "delete", return_value=True) as redis_delete,
    ):
        assert cache.incr("generation") == 8
        assert cache.delete("page") is True
    redis_incr.assert_called_once()
    redis_delete.assert_called_once()
    with (
        mock.patch.object(RedisCache, "incr", side_effect=RedisTimeoutError("hung")),
        pytest.raises(RedisError),
    ):
        cache.incr("generation")  # a counter raises, as the plain backend would


def test_an_error_that_is_not_a_connection_failure_does_not_switch_redis_off():
    """A full Redis (OOM) or a wrong-type key fails that call only; other keys still work."""
    cache = ResilientRedisCache("redis://127.0.0.1:1/0", {})
    with mock.patch.object(RedisCache, "get", side_effect=[ResponseError("OOM"), "cached"]):
        assert cache.get("a", "default") == "default"
        assert cache.get("b") == "cached"


def test_redis_is_asked_again_after_the_pause(unreachable):
    cache, redis_get = unreachable
    cache.get("a")
    with mock.patch("tx_portal.cache_backends.time.monotonic", return_value=10**9):
        cache.get("a")
    assert redis_get.call_count == 2

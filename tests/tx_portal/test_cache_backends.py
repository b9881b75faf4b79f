"""The Redis cache backend keeps the site up and fast when Redis is unreachable."""

from unittest import mock

import pytest
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError
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
    with mock.patch.object(RedisCache, "incr") as redis_incr, pytest.raises(RedisError):
        cache.incr("counter")  # counters raise, as the plain backend would, without waiting
    redis_incr.assert_not_called()


def test_redis_is_asked_again_after_the_pause(unreachable):
    cache, redis_get = unreachable
    cache.get("a")
    with mock.patch("tx_portal.cache_backends.time.monotonic", return_value=10**9):
        cache.get("a")
    assert redis_get.call_count == 2

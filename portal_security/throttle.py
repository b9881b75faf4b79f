"""A fixed-window counter in the shared cache: how many times a key was hit in a window.

The cache is Redis in production (shared by every worker); without Redis it is per process, which
makes a limit looser, never tighter. A cache that fails lets the request through (a reset or a
sign-in must not fail because Redis is down; axes still guards sign-in in the database).
"""

from django.core.cache import cache


def over_limit(key, limit, window):
    """Counts one hit on `key`; whether this hit is past `limit` hits in `window` seconds."""
    key = f"portal_security:throttle:{key}"
    try:
        if cache.add(key, 1, window):
            return limit < 1
        return cache.incr(key) > limit
    except Exception:  # noqa: BLE001 - a missing key (expired between add and incr) or no cache
        return False

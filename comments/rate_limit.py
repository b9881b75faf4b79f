"""A few comments (or reports) a minute per client, counted in Django's cache.

The client is the reader's address (tx_portal.client_address: behind load balancers, set
TRUSTED_PROXY_HOPS), hashed so no address sits in the cache. If the cache is down
the request is let through: losing a rate limit for a while beats refusing every reader.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache

from tx_portal.client_address import client_address

logger = logging.getLogger(__name__)

WINDOW_SECONDS = 60
LIMITS = {"comment": settings.COMMENTS_PER_MINUTE, "report": 10}


def client_id(request):
    address = client_address(request) or "unknown"
    return hashlib.sha256(address.encode()).hexdigest()[:32]


def allow(request, scope, token=None):
    """Count this attempt; False once the client has made more than the limit this window.

    With a `token` (a form's idempotency key) a form that was let through is let through again
    without being counted: a double click must not use up the reader's allowance. Only a form
    that was let through is remembered, so a refused one sent again is counted (and refused)
    again, not waved through as a repeat. Two copies sent at the same instant may both be
    counted: claiming the token atomically instead would let a copy of a form that is about to
    be refused through as a "repeat", and a lost allowance is the cheaper mistake."""
    key = f"comments:rate:{scope}:{client_id(request)}"
    passed_key = f"{key}:{token}"
    try:
        if token is not None and cache.get(passed_key):
            return True
        cache.add(key, 0, timeout=WINDOW_SECONDS)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=WINDOW_SECONDS)
            count = 1
        allowed = count <= LIMITS[scope]
        if allowed and token is not None:
            cache.set(passed_key, 1, timeout=WINDOW_SECONDS)
    except Exception:
        logger.exception("Comment rate limit unavailable (cache error); letting the request in")
        return True
    return allowed

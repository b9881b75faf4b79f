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

    With a `token` (a form's idempotency key) the same form sent again is not counted twice:
    a double click must not use up the reader's allowance."""
    key = f"comments:rate:{scope}:{client_id(request)}"
    try:
        if token is not None and not cache.add(f"{key}:{token}", 1, timeout=WINDOW_SECONDS):
            return True
        cache.add(key, 0, timeout=WINDOW_SECONDS)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=WINDOW_SECONDS)
            count = 1
    except Exception:
        logger.exception("Comment rate limit unavailable (cache error); letting the request in")
        return True
    return count <= LIMITS[scope]

"""Full-page cache for anonymous readers.

What is cached: 200 responses to anonymous GET requests for Wagtail pages (and views that call
`mark_cacheable`), keyed by host, path and the few query parameters the site uses.
Readers with a session (staff, anyone logged in) or a pending message are never served from it.

Invalidation: every key includes a generation number kept in the cache. Publishing, unpublishing,
moving or deleting a page, or saving a snippet or setting shown on pages, increments it, so the
next request renders afresh. Whole-site invalidation is deliberate: menus, index pages, related
pages and the help lines show other pages' data, so purging one URL could never be correct.

CSRF: the token in a cached form belongs to the reader it was rendered for. Before storing, the
tokens rendered into the page are replaced with a placeholder; on every hit the placeholder is
replaced with the current reader's own token (which also sets their CSRF cookie).

A cache that fails only means a miss: errors are logged and the page renders normally.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.crypto import salted_hmac
from django.utils.functional import SimpleLazyObject, cached_property

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
# Query parameters that change what a public page shows; any other parameter bypasses the cache
# so that junk query strings cannot fill it. Search queries (`q`) are never cached: the cache
# would keep what readers searched for.
CACHED_QUERY_PARAMETERS = {"setting", "page"}
CACHEABLE_ATTRIBUTE = "_page_cache_allowed"
RENDERED_TOKENS_ATTRIBUTE = "_page_cache_rendered_csrf_tokens"


def mark_cacheable(request):
    """Called for responses that are the same for every anonymous reader."""
    setattr(request, CACHEABLE_ATTRIBUTE, True)


def csrf_token_recorder(request):
    """Context processor replacing Django's `csrf_token` with one that records what it rendered."""

    def token():
        value = get_token(request)
        getattr(request, RENDERED_TOKENS_ATTRIBUTE, set()).add(value)
        return value

    # One set per request: nested renders (inclusion tags, render_to_string with the request) run
    # the context processors again and must add to it, never start it afresh.
    if not hasattr(request, RENDERED_TOKENS_ATTRIBUTE):
        setattr(request, RENDERED_TOKENS_ATTRIBUTE, set())
    return {"csrf_token": SimpleLazyObject(token)}


def invalidate(**kwargs):
    """Make every cached page stale. Safe to call from signal handlers; never raises."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet (or it expired): any new value makes old keys stale
        _set_generation(1)
    except Exception:
        logger.exception("page cache: could not invalidate; pages may be stale until they expire")


def _set_generation(value):
    try:
        cache.set(GENERATION_KEY, value, timeout=None)
    except Exception:
        logger.exception("page cache: could not store the generation")


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def csrf_placeholder(self):
        # Unguessable, so text a reader posts can never ask for the token to be spliced in.
        return "csrf-" + salted_hmac("page-cache-csrf", "placeholder").hexdigest()

    def __call__(self, request):
        if not self._request_may_use_cache(request):
            return self.get_response(request)
        key = self._key(request)
        if key is None:
            return self.get_response(request)
        cached = self._get(key)
        if cached is not None:
            return self._from_cache(request, cached)
        response = self.get_response(request)
        if request.method == "GET" and self._response_may_be_stored(request, response):
            self._store(key, request, response)
        return response

    def _request_may_use_cache(self, request):
        if not settings.PAGE_CACHE_ENABLED or request.method not in {"GET", "HEAD"}:
            return False
        cookies = request.COOKIES
        if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
            return False
        # A reader who sent a comment sees it while it awaits moderation (comments.reader_session).
        if getattr(settings, "COMMENT_READER_COOKIE", None) in cookies:
            return False
        return set(request.GET).issubset(CACHED_QUERY_PARAMETERS)

    def _key(self, request):
        try:
            generation = cache.get(GENERATION_KEY)
        except Exception:
            logger.exception("page cache: cache unreachable")
            return None
        if generation is None:
            generation = 1
            _set_generation(generation)
        query = "&".join(f"{k}={v}" for k, v in sorted(request.GET.items()))
        location = f"{request.get_host()}{request.path}?{query}"
        return f"page-cache:{generation}:{hashlib.sha256(location.encode()).hexdigest()}"

    def _get(self, key):
        try:
            return cache.get(key)
        except Exception:
            logger.exception("page cache: cache unreachable")
            return None

    def _response_may_be_stored(self, request, response):
        if not getattr(request, CACHEABLE_ATTRIBUTE, False):
            return False
        if response.status_code != 200 or response.streaming:
            return False
        cache_control = response.get("Cache-Control", "")
        if any(word in cache_control for word in ("private", "no-cache", "no-store")):
            return False
        # Only the content is stored, never headers: a CSRF cookie is fine (each hit sets the
        # reader's own), any other cookie means the response is personal.
        if set(response.cookies) - {settings.CSRF_COOKIE_NAME}:
            return False
        # A token rendered by some other path than the recorder cannot be replaced: don't store.
        token_used = request.META.get("CSRF_COOKIE_NEEDS_UPDATE", False)
        return not token_used or bool(getattr(request, RENDERED_TOKENS_ATTRIBUTE, None))

    def _store(self, key, request, response):
        content = response.content.decode(response.charset)
        for token in getattr(request, RENDERED_TOKENS_ATTRIBUTE, ()):
            content = content.replace(token, self.csrf_placeholder)
        try:
            cache.set(
                key,
                {"content": content, "content_type": response["Content-Type"]},
                timeout=settings.PAGE_CACHE_SECONDS,
            )
        except Exception:
            logger.exception("page cache: could not store %s", request.path)
            return
        response["X-Page-Cache"] = "miss"

    def _from_cache(self, request, cached):
        content = cached["content"]
        if self.csrf_placeholder in content:
            content = content.replace(self.csrf_placeholder, get_token(request))
        response = HttpResponse(content, content_type=cached["content_type"])
        response["X-Page-Cache"] = "hit"
        return response

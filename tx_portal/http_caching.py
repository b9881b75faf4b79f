"""Cache-Control on every response: what a shared cache (Varnish, a CDN) and browsers may keep.

A response is public only when the view said it is the same for every anonymous reader
(`mark_cacheable`: Wagtail pages, robots.txt, the overdose card), the request is an anonymous
GET/HEAD whose query string holds only parameters that change what the page shows, the answer is
a 200 and it sets no cookie. Those get:

    public, max-age=<browser>, s-maxage=<shared>, stale-while-revalidate=<n>, stale-if-error=<n>

A short browser lifetime (a reader sees a correction within a minute), a long shared-cache one
(the site purges exactly what changed: tx_portal/purge_lists.py), and permission to serve a stale
copy while one request refreshes it, or while the site cannot answer (a database outage).
Everything else (the admin, signed-in readers, forms answered with errors, search results,
probes) is `private, no-store` unless the view already said otherwise. `Vary: Cookie` on public
pages: a signed-in reader gets another page for the same URL.
"""

from django.conf import settings
from django.utils.cache import patch_vary_headers

CACHEABLE_ATTRIBUTE = "_shared_cache_allowed"
# Query parameters that change what a public page shows; any other parameter makes the answer
# private so that junk query strings cannot fill a shared cache. Search queries (`q`) are never
# public: the cache would keep what readers searched for.
CACHED_QUERY_PARAMETERS = {"setting", "page"}
PERSONAL = "private, no-store"


def mark_cacheable(request):
    """Called by views whose answer is the same for every anonymous reader."""
    setattr(request, CACHEABLE_ATTRIBUTE, True)


def public_cache_control():
    return (
        f"public, max-age={settings.HTTP_CACHE_BROWSER_SECONDS}, "
        f"s-maxage={settings.HTTP_CACHE_SHARED_SECONDS}, "
        f"stale-while-revalidate={settings.HTTP_CACHE_STALE_WHILE_REVALIDATE_SECONDS}, "
        f"stale-if-error={settings.HTTP_CACHE_STALE_IF_ERROR_SECONDS}"
    )


def is_public(request, response):
    if not getattr(request, CACHEABLE_ATTRIBUTE, False):
        return False
    if request.method not in {"GET", "HEAD"} or response.status_code != 200:
        return False
    if not set(request.GET).issubset(CACHED_QUERY_PARAMETERS):
        return False
    if response.cookies or response.streaming:
        return False
    # A view (or Wagtail) that said the answer is personal is believed.
    if any(word in response.get("Cache-Control", "") for word in ("private", "no-")):
        return False
    personal = {settings.SESSION_COOKIE_NAME, *settings.HTTP_CACHE_PERSONAL_COOKIES}
    if personal & set(request.COOKIES):
        return False
    return not (hasattr(request, "user") and request.user.is_authenticated)


class CacheControlMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_public(request, response):
            response["Cache-Control"] = public_cache_control()
            patch_vary_headers(response, ["Cookie"])
        elif not response.has_header("Cache-Control"):
            response["Cache-Control"] = PERSONAL
        return response

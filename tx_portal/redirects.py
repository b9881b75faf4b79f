"""Wagtail's redirects, asked only when one could match.

Wagtail's `RedirectMiddleware` looks up every 404's path in the redirects table: one or two
queries for each URL nobody has (a mistyped address, a bot's probe). The paths redirects start
from are few and change only when an editor (or a page move) saves one, so they are kept in the
shared fragments (`Redirect` saves and deletes start a new generation there); a 404 whose path
is none of them is answered without a query. A path that is one of them goes through Wagtail's
middleware unchanged, so what it redirects to, permanent or not, and a site's own redirect before
one for all sites, stay Wagtail's. Without the shared fragments every 404 is looked up as before.
"""

from urllib.parse import urlparse

from django.utils.encoding import uri_to_iri
from wagtail.contrib.redirects.middleware import RedirectMiddleware
from wagtail.contrib.redirects.models import Redirect

from . import shared_fragments


class KnownRedirectsMiddleware(RedirectMiddleware):
    def process_response(self, request, response):
        if response.status_code != 404 or not might_redirect(request):
            return response
        return super().process_response(request, response)


def might_redirect(request):
    """Whether a redirect could start at this request's path, as Wagtail's middleware tries it:
    the normalised path, decoded and as sent, with and without its query string."""
    if shared_fragments.current_generation(request) is None:
        return True
    old_paths = shared_fragments.get_read_only(
        request,
        "redirect-old-paths",
        lambda: frozenset(Redirect.objects.values_list("old_path", flat=True)),
    )
    if not old_paths:
        return False
    path = Redirect.normalise_path(request.get_full_path(), decode_unicode=False)
    without_query = urlparse(path).path
    candidates = {path, uri_to_iri(path), without_query, uri_to_iri(without_query)}
    return not old_paths.isdisjoint(candidates)

"""Serving a Wagtail page: the URL found in one query instead of a walk down the tree.

Wagtail's `serve` view asks the site's root page to `route()` the URL, which loads the root page,
then each page along the path one level at a time, each twice (the page, then its specific row).
A page's `url_path` is its URL under the site root, so the page is found directly:
`url_path = the site root's url_path + the path`, one query on the page's own model (its type is
remembered in the cache after the first request; the hint is checked by the query itself, so a
page moved, renamed or deleted since is never served at its old URL).

`route()`'s semantics are kept:
- the page found must be live (a draft or unpublished page is a 404, as is any unknown URL, so
  `wagtail.contrib.redirects` still gets the 404 it turns into a redirect); pages above it need
  not be, as in `route()`;
- view restrictions (private pages, passwords, groups) are still checked by Wagtail's own
  `on_serve_page` hook; the query only finds out whether the page or an ancestor has any, or is
  an alias, so that the common case (none) needs no query of its own;
- `before_serve_page` and `on_serve_page` hooks run as in Wagtail's view;
- if any page type has its own `route()` (RoutablePageMixin, say), every URL goes through
  Wagtail's own `serve` view, so such a page answers all its sub-URLs as designed.

The serve view mirrors `wagtail.views.serve`: `check_wagtail_serving` fails `manage.py check` when
that, `Page.route` or `Page.route_for_request` change in a Wagtail upgrade.
"""

import hashlib
import inspect
from functools import cache as memoize

from django.contrib.contenttypes.models import ContentType
from django.core import checks
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import Http404, HttpResponse
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.contrib.redirects.middleware import RedirectMiddleware, get_redirect
from wagtail.models import Page, PageQuerySet, PageViewRestriction, Site, get_page_models

from . import shared_fragments
from .page_queries import alias_in_ancestry, restricted_ancestry

ROUTE_HINT_SECONDS = 24 * 60 * 60


@memoize
def routing_is_plain():
    """True when no page type routes URLs itself: then the URL names one page only."""
    return all(model.route is Page.route for model in get_page_models())


def serve(request, path):
    if not routing_is_plain():
        return wagtail_views.serve(request, path)
    site = site_for_request(request)
    if site is None:
        raise Http404
    components = [component for component in path.split("/") if component]
    page = find_live_page(site, components, request)
    if page is None:
        raise Http404
    args, kwargs = [], {}
    # What wagtail.views.serve does once route() has found the page.
    on_serve_chain = wagtail_views.serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        on_serve_chain = fn(on_serve_chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return on_serve_chain(page, request, args, kwargs)


def site_for_request(request):
    """`Site.find_for_request(request)`, with the site and the site root paths kept in the shared
    fragments (sites and pages are watched there), and put where Wagtail looks for them on the
    request: the menus, links and settings of the render find them there, so a page costs no
    query for its site and no cache round trip per link."""
    if not hasattr(request, "_wagtail_site"):
        try:
            key = f"site-for:{request.get_host()}:{request.get_port()}"
        except DisallowedHost:  # not a host of ours: Wagtail's own answer, never kept
            Site.find_for_request(request)
        else:
            request._wagtail_site = shared_fragments.get(
                request, key, lambda: _site_with_root(request)
            )
    if not hasattr(request, "_wagtail_cached_site_root_paths"):
        request._wagtail_cached_site_root_paths = shared_fragments.get(
            request, "site-root-paths", Site.get_site_root_paths
        )
    return request._wagtail_site


def _site_with_root(request):
    site = Site.find_for_request(request)
    if site is not None:
        site.root_page  # noqa: B018  loaded with it: menus and search start from it
    return site


def find_live_page(site, components, request=None):
    """The live page (specific) at these path components under the site's root, or None.

    For readers who are not signed in, a page found is kept in the shared fragments: every
    publish, unpublish, move or delete of a page and every change of a view restriction starts
    a new generation there, and nothing else changes what a reader is served. Staff get the row
    as it is now (the user bar shows its draft state). A URL that found nothing is not kept:
    readers choose URLs, and the store must not grow with them."""
    root_paths = request._wagtail_cached_site_root_paths if request else Site.get_site_root_paths()
    root_url_path = next((root.root_path for root in root_paths if root.site_id == site.pk), None)
    if root_url_path is None:
        return None
    url_path = root_url_path + "".join(f"{component}/" for component in components)
    if request is None or request.user.is_authenticated:
        return _find(site, url_path, request)
    return shared_fragments.get(
        request,
        f"live-page:{site.pk}:{url_path}",
        lambda: _find(site, url_path, request),
        keep=lambda page: page is not None,
    )


def _find(site, url_path, request=None):
    if request is not None and shared_fragments.current_generation(request) is not None:
        found = _live_pages(request)[0].get(url_path)
        if found is None:
            return None  # not among the live pages' URLs of this generation: no query
        page = _fetch(found[1], id=found[0], url_path=url_path)
        return page if page is not None and page.live else None
    # Without the shared fragments: the URL looked up, with the page type remembered.
    hint_key = "page-route:" + hashlib.sha256(f"{site.pk}:{url_path}".encode()).hexdigest()
    hint = cache.get(hint_key)
    page = None
    if hint is not None:
        page = _fetch(hint[1], id=hint[0], url_path=url_path)
    if page is None:
        found = (
            Page.objects.filter(url_path=url_path)
            .order_by("path")
            .values_list("id", "content_type_id")
            .first()
        )
        if found is None:
            return None
        page = _fetch(found[1], id=found[0])
        if page is None:
            return None
        cache.set(hint_key, found, timeout=ROUTE_HINT_SECONDS)
    return page if page.live else None


def _live_pages(request):
    """({url_path: (id, content type id)}, {id: content type id}) of every live page, kept in the
    shared fragments: a URL that is not there is a 404 without a query (pages are a few hundred;
    readers' URLs are not kept). The first page by tree path wins, as in the query above."""

    def build():
        by_url_path, by_id = {}, {}
        rows = Page.objects.live().order_by("path").values_list("url_path", "id", "content_type_id")
        for url_path, page_id, content_type_id in rows:
            by_url_path.setdefault(url_path, (page_id, content_type_id))
            by_id[page_id] = content_type_id
        return by_url_path, by_id

    return shared_fragments.get_read_only(request, "live-pages", build)


def live_page_by_id(request, page_id):
    """The live page (specific) with this id, as `find_live_page` keeps it, or None; for views
    that name a page by its id (a comment form posts to its page's id). Without the shared
    fragments, None: the caller queries as usual."""
    if shared_fragments.current_generation(request) is None:
        return None
    content_type_id = _live_pages(request)[1].get(page_id)
    if content_type_id is None:
        return None
    if request.user.is_authenticated:
        return _fetch(content_type_id, id=page_id, live=True)
    return shared_fragments.get(
        request,
        f"live-page-id:{page_id}",
        lambda: _fetch(content_type_id, id=page_id, live=True),
        keep=lambda page: page is not None,
    )


def _fetch(content_type_id, **lookup):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None or not issubclass(model, Page):
        return None
    queryset = model.objects.filter(**lookup).annotate(
        view_restricted_ancestry=restricted_ancestry(),
        alias_in_ancestry=alias_in_ancestry(),
    )
    related = getattr(model, "serve_select_related", ())
    if related:
        queryset = queryset.select_related(*related)
    return queryset.first()


class ServedInOneQuery:
    """For page types served by `serve` above: their view restrictions cost no query when the
    routing query found none on the page or its ancestors (and no alias among them)."""

    def get_view_restrictions(self):
        if (
            getattr(self, "view_restricted_ancestry", None) is False
            and getattr(self, "alias_in_ancestry", None) is False
        ):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


# The Wagtail code the view above mirrors, as of Wagtail 7.4.
MIRRORED = {
    "wagtail.views.serve": (wagtail_views.serve, "eab2a9d475a33843"),
    "wagtail.models.Page.route": (Page.route, "e4f1bbea2f5f0b92"),
    "wagtail.models.Page.route_for_request": (Page.route_for_request, "5530d229b2de42ba"),
    "wagtail.query.PageQuerySet.private_q": (PageQuerySet.private_q, "eb30b1c0017f13c2"),
    "wagtail.models.Page.get_view_restrictions": (Page.get_view_restrictions, "f41021bde7cdda11"),
    # tx_portal.redirects asks Wagtail's redirects middleware only for paths this would try
    "wagtail.contrib.redirects.middleware.RedirectMiddleware.process_response": (
        RedirectMiddleware.process_response,
        "8bf7a59ec00831b5",
    ),
    "wagtail.contrib.redirects.middleware.get_redirect": (get_redirect, "3f07aaa13a07ff79"),
    # site_for_request puts its answers where these look for them (request attributes)
    "wagtail.models.Site.find_for_request": (Site.find_for_request, "4edb710b9fd353a0"),
    "wagtail.models.Page._get_site_root_paths": (Page._get_site_root_paths, "5fdb59893e6df696"),
}


def source_hash(function):
    return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()[:16]


def check_wagtail_serving(app_configs=None, **kwargs):
    errors = []
    for name, (function, expected) in MIRRORED.items():
        if source_hash(function) != expected:
            errors.append(
                checks.Error(
                    f"{name} changed since tx_portal.page_serving was written to match it.",
                    hint="Compare it with tx_portal/page_serving.py and tx_portal/page_queries.py"
                    " (routing, view restrictions, public pages), then update MIRRORED there.",
                    id="tx_portal.E001",
                )
            )
    return errors

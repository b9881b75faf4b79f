"""What makes pages in the shared cache stale, and the purges that follow (purge lists:
tx_portal/purge_lists.py; sent through wagtail.contrib.frontend_cache to the backends of
WAGTAILFRONTENDCACHE).

Purges of one transaction are collected and sent once, after it commits: sent earlier, a reader
could fetch the old version again between the purge and the commit. Without a configured backend
nothing is computed, so the purge lists cost no queries then. Apps with changes of their own
(comments) call `purge_page()` from their own signal handlers.
"""

import functools
import logging
from types import SimpleNamespace

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.frontend_cache.utils import get_backends, purge_urls_from_cache
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from . import purge_lists

logger = logging.getLogger(__name__)


def enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _queue(urls):
    """Add to the purge sent when the current transaction commits (at once outside one)."""
    connection = transaction.get_connection()
    batch = getattr(connection, "_edge_purge_batch", None)
    registered = [func for _sids, func, _robust in connection.run_on_commit]
    new = batch is None or batch.send not in registered  # none yet, or rolled back
    if new:
        batch = SimpleNamespace(urls=set(), everything=False)

        def send():
            connection._edge_purge_batch = None
            _send(batch)

        batch.send = send
    if urls == purge_lists.EVERYTHING:
        batch.everything = True
    else:
        batch.urls |= set(urls)
    if new:
        connection._edge_purge_batch = batch
        transaction.on_commit(batch.send)  # runs at once outside a transaction


def _send(batch):
    if batch is None:
        return
    try:
        if batch.everything:
            purge_everything()
        elif batch.urls:
            purge_urls_from_cache(sorted(batch.urls))
    except Exception:  # a purge must never turn a publish into an error
        logger.exception("could not purge the shared cache")


def purge_everything():
    """A site-wide change. Backends that can drop everything do; others get every page."""
    backends = get_backends()
    sites = list(Site.objects.all())
    rest = []
    for name, backend in backends.items():
        if hasattr(backend, "purge_all"):
            for site in sites:
                backend.purge_all(site.root_url + "/")
        else:
            rest.append(name)
    if rest:
        urls = purge_lists.sitemap_urls()
        for page in Page.objects.live().specific(defer=True):
            urls |= purge_lists.page_urls(page)
        purge_urls_from_cache(sorted(urls), backends=rest)


def purge_page(page_id):
    """Only this page (its comments changed)."""
    if not enabled():
        return
    page = Page.objects.filter(pk=page_id).first()
    if page is not None and page.live:
        _queue(purge_lists.for_comments_of(page))


def _page_published(sender, instance, revision=None, **kwargs):
    if enabled():
        previous = purge_lists._previous_version(instance)
        _queue(purge_lists.for_page_change(instance, previous=previous))


def _page_unpublished(sender, instance, **kwargs):
    if enabled():
        _queue(purge_lists.for_page_change(instance))


def _page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    if enabled() and instance.live:
        urls = purge_lists.for_moved_subtree(instance, url_path_before, url_path_after)
        parent_before = kwargs.get("parent_page_before")
        if parent_before is not None:
            for page in [parent_before, *parent_before.get_ancestors().filter(depth__gt=1)]:
                urls |= purge_lists.page_urls(page)
        _queue(urls)


def _slug_changed(sender, instance, instance_before, **kwargs):
    if enabled() and instance.live:
        _queue(purge_lists.for_moved_subtree(instance, instance_before.url_path, instance.url_path))


def _saved(sender, instance, created=False, **kwargs):
    # A new snippet or image is on no page yet; the first page view on a new site creates each
    # settings row with the defaults that page was rendered with: only later edits count.
    if created or not enabled():
        return
    if sender in _site_wide_models():
        _queue(purge_lists.EVERYTHING)
    elif sender in shown_on_pages_models():
        _queue(purge_lists.for_object_shown_on_pages(instance))


def _deleted(sender, instance, **kwargs):
    if not enabled():
        return
    if isinstance(instance, Page):
        if instance.live:
            _queue(purge_lists.for_page_change(instance))
    elif sender in shown_on_pages_models():
        _queue(purge_lists.for_object_shown_on_pages(instance))


@functools.cache
def _site_wide_models():
    return {*settings_registry, Site}


@functools.cache
def shown_on_pages_models():
    """Snippets and media pages can show: every model a page or a setting points at with a
    foreign key (reviewers, help lines, emergency guidance), and images and documents."""
    from django.apps import apps

    models = {get_image_model(), get_document_model()}
    for model in apps.get_models():
        if issubclass(model, Page) or model in settings_registry:
            for field in model._meta.get_fields():
                target = field.related_model if field.many_to_one and field.concrete else None
                if target is not None and _is_content(target):
                    models.add(target)
    return models


def _is_content(model):
    from wagtail.snippets.models import get_snippet_models

    return model in get_snippet_models() and not issubclass(model, Page)


def connect():
    page_published.connect(_page_published, dispatch_uid="edge-purge-published")
    page_unpublished.connect(_page_unpublished, dispatch_uid="edge-purge-unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="edge-purge-moved")
    page_slug_changed.connect(_slug_changed, dispatch_uid="edge-purge-slug")
    # Any model: which ones count is known only once every app has registered its snippets and
    # settings (after this app's ready()), and is looked up in a set.
    post_save.connect(_saved, dispatch_uid="edge-purge-saved")
    post_delete.connect(_deleted, dispatch_uid="edge-purge-deleted")

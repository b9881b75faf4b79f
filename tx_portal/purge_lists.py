"""Which URLs a change makes stale in the shared cache in front (Varnish, a CDN).

Derived from the page tree, Wagtail's reference index and the page models' own relations, never
from hand-kept lists:

- a page published, unpublished, moved, renamed or deleted: its URLs (old and new), its ancestors
  (its index lists it; the home page lists the sections), the pages that show it (those whose
  fields, StreamField blocks, rich-text links or ParentalManyToManyFields point at it, and those
  it points at, which show it through the reverse relation, e.g. a medication lists the therapies
  paired with it), the indexes of those pages (they list their facts), and the sitemap;
- a comment approved or removed, or a staff reply: only its page;
- a snippet, image or document: the pages that use it (reference index); when a site-wide
  setting uses it (the help lines, the emergency guidance), every page;
- a site-wide setting (or a Site): everything.
"""

from types import SimpleNamespace

from django.urls import reverse
from modelcluster.fields import ParentalManyToManyField
from wagtail.contrib.frontend_cache.utils import _get_page_cached_urls
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Page, ReferenceIndex, Revision, Site

EVERYTHING = "*"


def page_urls(page, cache_object=None):
    """The page's URL and its routable sub-paths (frontend_cache's own rule)."""
    return set(_get_page_cached_urls(page, cache_object))


def _url_at(page, url_path, cache_object=None):
    """The page's URL as it was with another url_path (before a move or a slug change)."""
    old = Page(pk=page.pk, path=page.path, depth=page.depth, url_path=url_path)
    url = old.get_full_url(cache_object)
    return {url} if url else set()


def sitemap_urls(cache_object=None):
    return {site.root_url + reverse("sitemap") for site in Site.objects.all()}


def _page_ids_referencing(obj):
    return {
        int(object_id)
        for object_id in ReferenceIndex.get_references_to(obj)
        .filter(base_content_type=ReferenceIndex._get_base_content_type(Page))
        .values_list("object_id", flat=True)
    }


def _page_ids_referenced_by(page, *versions):
    """Pages this page points at: in the reference index and in the given versions of it (the
    index may not yet know the new version, and no longer knows the old one)."""
    page_type = ReferenceIndex._get_base_content_type(Page).pk
    ids = {
        int(object_id)
        for object_id in ReferenceIndex.get_references_for_object(page)
        .filter(to_content_type_id=page_type)
        .values_list("to_object_id", flat=True)
    }
    for version in versions:
        if version is None:
            continue
        for (
            content_type_id,
            object_id,
            _model_path,
            _content_path,
        ) in ReferenceIndex._extract_references_from_object(version):
            if content_type_id == page_type and str(object_id).isdigit():
                ids.add(int(object_id))
        ids |= set(_many_to_many_targets(version))
    return ids


def _page_many_to_many_fields():
    """(model, field) for every ParentalManyToManyField from a page model to pages: relations the
    reference index does not record."""
    from django.apps import apps

    for model in apps.get_models():
        if not issubclass(model, Page):
            continue
        for field in model._meta.get_fields():
            if (
                isinstance(field, ParentalManyToManyField)
                and field.model is model
                and issubclass(field.related_model, Page)
            ):
                yield model, field


def _many_to_many_targets(page):
    for model, field in _page_many_to_many_fields():
        if isinstance(page, model):
            # "id": a preview or revision holds a FakeQuerySet, which knows no "pk".
            yield from getattr(page, field.name).values_list("id", flat=True)


def _many_to_many_sources(page):
    ids = set()
    for model, field in _page_many_to_many_fields():
        if isinstance(page, field.related_model):
            ids |= set(model.objects.filter(**{field.name: page.pk}).values_list("pk", flat=True))
    return ids


def _previous_version(page):
    revision = (
        Revision.page_revisions.filter(object_id=str(page.pk))
        .exclude(pk=page.latest_revision_id)
        .order_by("-created_at", "-pk")
        .first()
    )
    return revision.as_object() if revision else None


def pages_showing(page, previous=None):
    """Live pages other than `page` whose HTML includes something of it."""
    page = page.specific
    related_ids = (
        _page_ids_referencing(page)
        | _page_ids_referenced_by(page, page, previous)
        | _many_to_many_sources(page)
    )
    related_ids.discard(page.pk)
    related = list(Page.objects.live().filter(pk__in=related_ids))
    # Indexes list their pages' facts, which name the related page: their indexes too.
    parents = Page.objects.none()
    for relative in [page, *related]:
        parents = parents | Page.objects.ancestor_of(relative).filter(depth__gt=1)
    shown = {p.pk: p for p in [*related, *parents.live()]}
    shown.pop(page.pk, None)
    return list(shown.values())


def for_page_change(page, previous=None, old_url_paths=()):
    """URLs to purge when `page` is published, unpublished, moved or deleted.
    `old_url_paths`: the page's url_path before a move or a slug change."""
    cache = SimpleNamespace()  # frontend_cache keeps the site root paths on it
    urls = page_urls(page, cache)
    for url_path in old_url_paths:
        urls |= _url_at(page, url_path, cache)
    for shown in pages_showing(page, previous):
        urls |= page_urls(shown, cache)
    return urls | sitemap_urls(cache)


def for_moved_subtree(page, url_path_before, url_path_after):
    """A move or slug change changes every descendant's URL: their old URLs go too."""
    urls = for_page_change(page, old_url_paths=[url_path_before])
    for descendant in page.get_descendants().live():
        old_path = url_path_before + descendant.url_path.removeprefix(url_path_after)
        urls |= page_urls(descendant) | _url_at(descendant, old_path)
    return urls


def for_comments_of(page):
    """An approved or removed comment, or a staff reply: only the page it is on."""
    return page_urls(page)


def for_object_shown_on_pages(obj):
    """A snippet, image or document saved or deleted: the pages that use it, or everything when
    a site-wide setting uses it."""
    if _used_by_a_setting(obj):
        return EVERYTHING
    urls = set()
    for page in Page.objects.live().filter(pk__in=_page_ids_referencing(obj)):
        urls |= page_urls(page)
    return urls


def _used_by_a_setting(obj):
    # Settings are not in the reference index: look at their foreign keys to this model.
    for model in settings_registry:
        for field in model._meta.get_fields():
            if (
                field.many_to_one
                and field.concrete
                and isinstance(obj, field.related_model)
                and model.objects.filter(**{field.attname: obj.pk}).exists()
            ):
                return True
    return False

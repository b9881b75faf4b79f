"""What makes the shared fragments stale (tx_portal/shared_fragments.py): pages in menus,
breadcrumbs and section cards and the pages served, every setting, sites and view restrictions,
and whatever a page can show (reviewers, help lines, emergency guidance, images, documents: the
parts of pages kept as HTML, templatetags/kept_html.py, show them)."""

from django.db.models.signals import post_delete, post_save
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import shared_fragments
from .cache_invalidation import shown_on_pages_models
from .models import EmergencyGuidance, HelpLines, SafetySettings

SHOWN_IN_FRAGMENTS = [
    SafetySettings,
    HelpLines,
    EmergencyGuidance,
    Site,
    PageViewRestriction,
    Redirect,  # the paths redirects start from (tx_portal/redirects.py)
]


def _shown_on_pages(sender, created=False, **kwargs):
    # Any model: which ones count is known once every app has registered its snippets and
    # settings, so they are looked up when a row changes. A new snippet or image is on no page
    # yet, and a settings row is created by the first page view with the defaults that page
    # showed: only later saves (and deletes) count.
    if not created and (sender in settings_registry or sender in shown_on_pages_models()):
        shared_fragments.invalidate()


def _page_saved(sender, instance, update_fields=None, **kwargs):
    # A full save of a live page (scripts, imports, fixtures) may change a title or a menu flag;
    # draft saves touch only revision bookkeeping fields.
    if isinstance(instance, Page) and instance.live and update_fields is None:
        shared_fragments.invalidate()


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        shared_fragments.invalidate()


def watch(*models):
    """For apps whose own models are kept in the fragments (the search synonyms)."""
    for model in models:
        uid = f"shared-fragments-{model._meta.label_lower}"
        post_save.connect(shared_fragments.invalidate, sender=model, dispatch_uid=uid)
        post_delete.connect(shared_fragments.invalidate, sender=model, dispatch_uid=uid + "-del")


def connect():
    page_published.connect(shared_fragments.invalidate, dispatch_uid="fragments-published")
    page_unpublished.connect(shared_fragments.invalidate, dispatch_uid="fragments-unpublished")
    post_page_move.connect(shared_fragments.invalidate, dispatch_uid="fragments-moved")
    post_save.connect(_page_saved, dispatch_uid="fragments-page-saved")
    post_delete.connect(_page_deleted, dispatch_uid="fragments-page-deleted")
    watch(*SHOWN_IN_FRAGMENTS)
    post_save.connect(_shown_on_pages, dispatch_uid="fragments-shown-on-pages-saved")
    post_delete.connect(_shown_on_pages, dispatch_uid="fragments-shown-on-pages-deleted")

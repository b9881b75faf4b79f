"""What makes cached pages stale: every change readers could see on a page."""

from django.db.models.signals import post_delete, post_save
from wagtail.contrib.settings.models import BaseGenericSetting
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import page_cache
from .models import EmergencyGuidance, HelpLines, Reviewer, SafetySettings

# Snippets and settings that public pages show. Apps with their own call `watch()` for theirs
# from their AppConfig.ready(), or `page_cache.invalidate()` where only some changes are public.
SHOWN_ON_PAGES = [Reviewer, EmergencyGuidance, HelpLines, SafetySettings, Site]


def watch(*models):
    for model in models:
        handler = _setting_saved if issubclass(model, BaseGenericSetting) else page_cache.invalidate
        post_save.connect(handler, sender=model, dispatch_uid=f"page-cache-{model}")
        post_delete.connect(
            page_cache.invalidate, sender=model, dispatch_uid=f"page-cache-del-{model}"
        )


def _setting_saved(sender, created=False, **kwargs):
    # The first page view on a new site creates each settings row with its defaults, which is
    # what that page was rendered with: only later edits change what readers see.
    if not created:
        page_cache.invalidate()


def _page_saved(sender, instance, update_fields=None, **kwargs):
    # A full save of a live page changes what readers see (scripts, imports, fixtures). Draft
    # saves touch only revision bookkeeping fields and leave the public page alone.
    if isinstance(instance, Page) and instance.live and update_fields is None:
        page_cache.invalidate()


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        page_cache.invalidate()


def connect():
    page_published.connect(page_cache.invalidate, dispatch_uid="page-cache-published")
    page_unpublished.connect(page_cache.invalidate, dispatch_uid="page-cache-unpublished")
    post_page_move.connect(page_cache.invalidate, dispatch_uid="page-cache-moved")
    post_save.connect(_page_saved, dispatch_uid="page-cache-page-saved")
    post_delete.connect(_page_deleted, dispatch_uid="page-cache-page-deleted")
    watch(*SHOWN_ON_PAGES, get_image_model())

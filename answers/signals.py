"""Passages follow the pages: rebuilt on publish, gone on unpublish or delete (the foreign key
cascades), rebuilt under a moved page; help lines edited make every process read them again."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from tx_portal.models import EmergencyGuidance, HelpLines, Reviewer, SafetySettings

from . import finder, passages


def page_published_handler(sender, instance, **kwargs):
    passages.rebuild(instance)


def page_unpublished_handler(sender, instance, **kwargs):
    passages.remove([instance.pk])
    finder.index_changed()


def page_moved_handler(sender, instance, **kwargs):
    def rebuild_moved():
        for page in Page.objects.descendant_of(instance, inclusive=True).live().specific():
            passages.rebuild(page)

    transaction.on_commit(rebuild_moved)


def reviewer_saved_handler(sender, instance, **kwargs):
    def rebuild_reviewed():
        for model in passages.health_page_models():
            for page in model.objects.live().filter(reviewed_by=instance):
                passages.rebuild(page)

    transaction.on_commit(rebuild_reviewed)


def page_deleted_handler(sender, instance, **kwargs):
    if isinstance(instance, Page):
        finder.index_changed()


def connect():
    page_published.connect(page_published_handler, dispatch_uid="answers-published")
    page_unpublished.connect(page_unpublished_handler, dispatch_uid="answers-unpublished")
    post_page_move.connect(page_moved_handler, dispatch_uid="answers-moved")
    post_delete.connect(page_deleted_handler, dispatch_uid="answers-page-deleted")
    post_save.connect(reviewer_saved_handler, sender=Reviewer, dispatch_uid="answers-reviewer")
    for model in (SafetySettings, HelpLines, EmergencyGuidance):
        post_save.connect(finder.index_changed, sender=model, dispatch_uid=f"answers-{model}")
        post_delete.connect(finder.index_changed, sender=model, dispatch_uid=f"answers-d-{model}")

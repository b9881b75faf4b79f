"""The approved comments of a page as readers see them, rendered once and shared by every app
process (the shared cache) until one of them changes.

Rendering a page's comments is most of a health page's render once it has a few dozen. What a
reader who is not signed in sees of them is the same for everyone (their own comments awaiting
moderation are shown apart, and staff get a CSRF token in each report form), so it is kept in
the shared cache under the page's comments version. Every save or delete of a comment readers may
see (an approval, a removal, a staff reply, an edit in the admin) increments that version, at once
and again after the commit, so the next reader gets a fresh list from every process; a render that
read the old rows meanwhile is stored under the old version, which nobody reads again. Entries
also expire after KEEP_SECONDS, which bounds what a version increment lost while Redis was
unreachable could leave stale.
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from .models import CommentStatus, PortalComment

logger = logging.getLogger(__name__)

KEEP_SECONDS = 300
TEMPLATE = "comments/comment_list.html"


def threads(comments):
    """Readers' comments oldest first, each with the staff replies under it."""
    top = [comment for comment in comments if comment.parent_id is None]
    replies = {}
    for comment in comments:
        if comment.parent_id is not None:
            replies.setdefault(comment.parent_id, []).append(comment)
    return [(comment, replies.get(comment.pk, [])) for comment in top]


def _version_key(page_id):
    return f"comments:approved-version:{page_id}"


def rendered(request, page):
    """(the approved comments' HTML, how many there are)."""
    user = getattr(request, "user", None)
    if not settings.SHARED_FRAGMENTS or (user is not None and user.is_authenticated):
        return _render(request, page)
    version = cache.get(_version_key(page.pk))
    if version is None:
        # A unique start, never a number an earlier version already used.
        cache.add(_version_key(page.pk), time.time_ns(), timeout=None)
        version = cache.get(_version_key(page.pk))
    if version is None:  # the shared cache is unreachable: render from the database
        return _render(request, page)
    key = f"comments:approved:{page.pk}:{version}"
    kept = cache.get(key)
    if kept is None:
        kept = _render(request, page)
        cache.set(key, (str(kept[0]), kept[1]), KEEP_SECONDS)
        return kept
    html, count = kept
    # This module's own template output, stored by it (escaped when it was rendered).
    return mark_safe(html), count  # noqa: S308  # nosec B308 B703


def _render(request, page):
    approved = list(
        PortalComment.objects.filter(
            page_id=page.pk, status=CommentStatus.APPROVED, is_public=True
        ).order_by("pk")
    )
    html = render_to_string(TEMPLATE, {"threads": threads(approved), "request": request})
    return html, len(approved)


def forget_on_save(sender, instance, created, **kwargs):
    """A new comment counts only when it is approved (a staff reply), so a flood of comments
    waiting for moderation renews nothing; any change to an existing one does."""
    if not created or instance.status == CommentStatus.APPROVED:
        _forget_now_and_on_commit(instance.page_id)


def forget_on_delete(sender, instance, **kwargs):
    _forget_now_and_on_commit(instance.page_id)


def _forget_now_and_on_commit(page_id):
    # Now, for this transaction's own later reads; again after the commit, for a process that
    # rendered the old rows in between.
    forget(page_id)
    transaction.on_commit(lambda: forget(page_id))


def forget(page_id):
    """A page's approved comments changed: every process renders them again."""
    try:
        cache.incr(_version_key(page_id))
    except ValueError:
        pass  # no version yet (or it was lost): the next reader starts a new one
    except Exception:
        logger.exception("comments: could not renew the approved list of page %s", page_id)

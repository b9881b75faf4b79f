"""What moderators (and readers' reports) do to comments. Every change is written to Wagtail's
audit log, so each comment's history says who did what, and when."""

import hashlib

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log

from .models import CommentReport, CommentSettings, CommentStatus, PortalComment
from .signals import announce_public_change

MODERATION_ACTIONS = {
    "approve": CommentStatus.APPROVED,
    "reject": CommentStatus.REJECTED,
    "spam": CommentStatus.SPAM,
    "remove": CommentStatus.REMOVED,
}
ACTION_LABELS = {
    "approve": ("Approve", "Approved"),
    "reject": ("Reject", "Rejected"),
    "spam": ("Mark as spam", "Marked as spam"),
    "remove": ("Remove", "Removed"),
}


def moderate(comment, action, user):
    """Give `comment` the status of `action`; False when it already had it (nothing logged)."""
    status = MODERATION_ACTIONS[action]
    if comment.status == status:
        return False
    with transaction.atomic():
        previous = comment.status
        comment.status = status
        comment.moderated_at = timezone.now()
        comment.save()
        log(
            instance=comment,
            action=f"comments.{action}",
            user=user,
            data={"from": previous, "to": status},
        )
        if CommentStatus.APPROVED in (previous, status):
            announce_public_change(comment)
    return True


def restore(comment, status, user):
    """Undo a moderator's action: give `comment` back an earlier `status` (logged as undone)."""
    if comment.status == status:
        return False
    with transaction.atomic():
        previous = comment.status
        comment.status = status
        comment.save()
        log(
            instance=comment,
            action="comments.undo",
            user=user,
            data={"from": previous, "to": status},
        )
        if CommentStatus.APPROVED in (previous, status):
            announce_public_change(comment)
    return True


def post_staff_reply(comment, user, text, idempotency_key):
    """A reply from the site's team, published at once one level under the reader's comment.

    Replying to a reply answers the same reader's comment. The same form sent twice stores one
    reply."""
    thread_root = comment if comment.level == 0 else PortalComment.objects.get(pk=comment.thread_id)
    existing = PortalComment.objects.filter(idempotency_key=idempotency_key).first()
    if existing:
        return existing
    try:
        with transaction.atomic():
            reply = PortalComment(
                content_object=thread_root.page.specific,
                content_type_id=thread_root.content_type_id,
                object_pk=thread_root.object_pk,
                page_id=thread_root.page_id,
                site_id=thread_root.site_id,
                user=user,
                user_name=staff_name(user),
                user_email=user.email,
                comment=text,
                submit_date=timezone.now(),
                parent_id=thread_root.pk,
                status=CommentStatus.APPROVED,
                is_staff_reply=True,
                idempotency_key=idempotency_key,
                moderated_at=timezone.now(),
            )
            reply.save()
            log(
                instance=thread_root,
                action="comments.reply",
                user=user,
                data={"reply_id": reply.pk},
            )
            log(instance=reply, action="comments.reply", user=user, data={"reply_id": reply.pk})
            announce_public_change(reply)
    except IntegrityError:
        return PortalComment.objects.get(idempotency_key=idempotency_key)
    return reply


def staff_name(user):
    return (user.get_full_name() or user.get_username())[:50]


def reporter_key(request):
    if not request.session.session_key:
        request.session.save()
    value = f"{settings.SECRET_KEY}:{request.session.session_key}"
    return hashlib.sha256(value.encode()).hexdigest()


def report(comment, request):
    """Record a reader's report; enough of them send an approved comment back to the queue.

    Returns True when this report sent the comment back."""
    with transaction.atomic():
        try:
            with transaction.atomic():
                CommentReport.objects.create(comment=comment, reporter_key=reporter_key(request))
        except IntegrityError:
            return False  # this reader already reported it
        rules = CommentSettings.load(request_or_site=request)
        count = comment.reports.count()
        if comment.status != CommentStatus.APPROVED or count < rules.report_threshold:
            return False
        comment.status = CommentStatus.PENDING
        comment.held_reason = f"Reported by {count} readers"
        comment.save()
        log(instance=comment, action="comments.requeue", user=None, data={"reports": count})
        announce_public_change(comment)
    from .notifications import notify_moderators_after_commit

    notify_moderators_after_commit(comment.pk)
    return True


def record_arrival(comment):
    """The first line of a comment's history: what the rules decided, and why."""
    if comment.status == CommentStatus.APPROVED:
        announce_public_change(comment)
    log(
        instance=comment,
        action="comments.receive",
        user=None,
        data={"status": comment.status, "reason": comment.held_reason},
    )

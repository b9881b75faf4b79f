"""What moderators (and readers' reports) do to comments. Every change is written to Wagtail's
audit log, so each comment's history says who did what, and when."""

import hashlib
import ipaddress

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from tx_portal.client_address import client_address

from .models import CommentReport, CommentSettings, CommentStatus, PortalComment
from .notifications import notify_moderators_after_commit
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
    thread_root = comment if comment.parent_id is None else comment.parent
    existing = PortalComment.objects.filter(idempotency_key=idempotency_key).first()
    if existing:
        return existing
    try:
        with transaction.atomic():
            reply = PortalComment(
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


def keyed(kind, value):
    return hashlib.sha256(f"{settings.SECRET_KEY}:{kind}:{value}".encode()).hexdigest()


def network_of(address):
    """The /24 of an IPv4 address, the /64 of an IPv6 one: a few addresses of one network weigh
    as one reader."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    prefix = 24 if ip.version == 4 else 64
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False))


OVERRULED_LIMIT = 2  # reports a moderator overruled before a reporter's reports stop weighing


def reporter_overruled(reporter):
    """How many comments this reporter reported that a moderator approved after the report."""
    return (
        CommentReport.objects.filter(
            reporter_key=reporter,
            comment__status=CommentStatus.APPROVED,
            comment__moderated_at__gt=F("created_at"),
        )
        .values("comment")
        .count()
    )


def weighed_reports(comment):
    """Distinct networks whose weighed reports came after the last moderator decision."""
    reports = comment.reports.filter(counted=True)
    if comment.moderated_at:
        reports = reports.filter(created_at__gt=comment.moderated_at)
    return reports.values("network_key").distinct().count()


def report(comment, request):
    """Record a reader's report; enough of them send an approved comment back to the queue.

    Readers are told apart by address, and a few addresses of one network weigh as one. Reports
    made before a moderator's last decision do not count, nor do reports by a reporter whose
    reports moderators keep overruling. A comment a moderator approved (or a staff reply) is never
    hidden by reports: the moderators are told once, and the comment stays until one of them
    decides. Moderators hear once each time the threshold is reached, not at every report.

    Returns True when this report sent the comment back."""
    address = client_address(request) or "unknown"
    reporter = keyed("reporter", address)
    with transaction.atomic():
        try:
            with transaction.atomic():
                CommentReport.objects.create(
                    comment=comment,
                    reporter_key=reporter,
                    network_key=keyed("network", network_of(address)),
                    counted=reporter_overruled(reporter) < OVERRULED_LIMIT,
                )
        except IntegrityError:
            return False  # this reader already reported it
        rules = CommentSettings.load(request_or_site=request)
        weight = weighed_reports(comment)
        if comment.status != CommentStatus.APPROVED or weight != rules.report_threshold:
            return False
        if comment.moderated_at is not None:  # a moderator (or staff) put it there
            log(
                instance=comment,
                action="comments.reported",
                user=None,
                data={"reports": weight},
            )
            notify_moderators_after_commit(comment.pk, reason="reported")
            return False
        comment.status = CommentStatus.PENDING
        comment.held_reason = f"Reported by {weight} readers"
        comment.save()
        log(instance=comment, action="comments.requeue", user=None, data={"reports": weight})
        announce_public_change(comment)
        notify_moderators_after_commit(comment.pk, reason="reported")
    return True


def record_arrival(comment):
    """The first line of a comment's history: what the rules decided, and why.

    Written as Wagtail's log() would, in one INSERT: log() also runs full_clean(), which checks
    with a query that the comment's content type exists, on the post path of every reader."""
    if comment.status == CommentStatus.APPROVED:
        announce_public_change(comment)
    ModelLogEntry.objects.bulk_create(
        [
            ModelLogEntry(
                content_type=ContentType.objects.get_for_model(comment, for_concrete_model=False),
                object_id=str(comment.pk),
                label=str(comment),
                action="comments.receive",
                data={"status": comment.status, "reason": comment.held_reason},
                timestamp=timezone.now(),
            )
        ]
    )

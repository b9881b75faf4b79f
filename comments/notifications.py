"""Email to moderators when a comment waits.

Sent only after the comment is committed, over a connection with the site's EMAIL_TIMEOUT; any
failure is logged and swallowed, so a slow or broken mail server never loses a comment nor
keeps a reader waiting for more than that timeout.
"""

import logging
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse

from tx_portal.text import lines

from .models import CommentSettings, CommentStatus, PortalComment

logger = logging.getLogger(__name__)


def notify_moderators_after_commit(comment_id):
    transaction.on_commit(partial(notify_moderators, comment_id))


def moderator_recipients(rules):
    listed = lines(rules.moderator_emails, bullets=False)
    if listed:
        return listed
    users = get_user_model().objects.filter(is_active=True, groups__name="Moderators", email__gt="")
    return sorted(set(users.values_list("email", flat=True)))


def notify_moderators(comment_id):
    try:
        rules = CommentSettings.load()
        if not rules.notify_moderators:
            return
        recipients = moderator_recipients(rules)
        if not recipients:
            return
        comment = PortalComment.objects.select_related("page").get(pk=comment_id)
        context = {
            "comment": comment,
            "waiting": PortalComment.objects.filter(status=CommentStatus.PENDING).count(),
            "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + reverse("wagtailsnippets_comments_portalcomment:inspect", args=[comment.pk]),
        }
        prefix = "URGENT: " if comment.urgent else ""
        subject = f"{prefix}A comment is waiting for moderation on “{comment.page.title}”"
        message = EmailMultiAlternatives(
            subject=" ".join(subject.split()),
            body=render_to_string("comments/email/comment_waiting.txt", context),
            to=recipients,
            connection=get_connection(timeout=settings.EMAIL_TIMEOUT),
        )
        message.attach_alternative(
            render_to_string("comments/email/comment_waiting.html", context), "text/html"
        )
        message.send()
    except Exception:
        # The comment is stored; the queue and the admin menu count still show it.
        logger.exception("Could not email moderators about comment %s", comment_id)

"""Email to moderators when a comment waits, sent after the reader's response by a task.

The task runs on the "background" task backend (settings.TASKS): at once in development and tests,
from the database queue by `manage.py db_worker --backend background` in production. With the
database queue the task is enqueued in the same transaction as the comment, so a comment is never
stored without its email queued. A failed send (mail server down, slow past EMAIL_TIMEOUT) is
logged and the task queued again a little later, up to RETRIES times: a failed email is retried,
never dropped, and a slow mail server never keeps a reader waiting.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django_tasks import task
from django_tasks_db import DatabaseBackend

from tx_portal.text import lines

from .models import CommentSettings, CommentStatus, PortalComment

logger = logging.getLogger(__name__)

BACKEND = "background"
# Retries after the first attempt, and the wait before each: 1, 2, 4, ... minutes (about 4 h).
RETRIES = 8
FIRST_RETRY_SECONDS = 60


def enqueue_with_transaction(task_to_run, *args):
    """Queue a task as part of the current transaction (database queue: committed with it, or
    not at all), or after the commit (backends that run it at once: it must see committed data
    and never run for a comment that was rolled back)."""
    if isinstance(task_to_run.get_backend(), DatabaseBackend):
        task_to_run.enqueue(*args)
    else:
        transaction.on_commit(lambda: task_to_run.enqueue(*args))


def notify_moderators_after_commit(comment_id, reason="waiting"):
    enqueue_with_transaction(send_moderator_email, comment_id, reason, 1)


def moderator_recipients(rules):
    listed = lines(rules.moderator_emails, bullets=False)
    if listed:
        return listed
    users = get_user_model().objects.filter(is_active=True, groups__name="Moderators", email__gt="")
    return sorted(set(users.values_list("email", flat=True)))


@task(backend=BACKEND)
def send_moderator_email(comment_id, reason="waiting", attempt=1):
    """Email the moderators about one comment; on failure, queue the next attempt."""
    try:
        notify_moderators(comment_id, reason)
    except Exception:
        # The comment is stored; the queue and the admin menu count still show it.
        logger.exception(
            "Could not email moderators about comment %s (attempt %s)", comment_id, attempt
        )
        retry_later(comment_id, reason, attempt)


def retry_later(comment_id, reason, attempt):
    backend = send_moderator_email.get_backend()
    if attempt > RETRIES:
        logger.error("Gave up emailing moderators about comment %s", comment_id)
        return
    if not backend.supports_defer:
        logger.warning(
            "The %s task backend cannot run a task later: the email about comment %s is not "
            "retried (use the database backend and its worker in production)",
            BACKEND,
            comment_id,
        )
        return
    delay = FIRST_RETRY_SECONDS * 2 ** (attempt - 1)
    later = timezone.now() + timezone.timedelta(seconds=delay)
    send_moderator_email.using(run_after=later).enqueue(comment_id, reason, attempt + 1)


def notify_moderators(comment_id, reason="waiting"):
    rules = CommentSettings.load()
    if not rules.notify_moderators:
        return
    recipients = moderator_recipients(rules)
    if not recipients:
        return
    comment = PortalComment.objects.select_related("page").filter(pk=comment_id).first()
    if comment is None or (reason == "waiting" and comment.status != CommentStatus.PENDING):
        return  # deleted, or already moderated: nothing is waiting any more
    context = {
        "comment": comment,
        "reported": reason == "reported",
        "waiting": PortalComment.objects.filter(status=CommentStatus.PENDING).count(),
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        + reverse("wagtailsnippets_comments_portalcomment:inspect", args=[comment.pk]),
    }
    prefix = "URGENT: " if comment.urgent else ""
    if reason == "reported":
        subject = f"Readers reported a comment on “{comment.page.title}”"
    else:
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

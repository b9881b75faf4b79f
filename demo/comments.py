"""Adds the demo comments (demo.data.comments) to the demo pages that exist. Safe to run again."""

import datetime
import uuid

from django.conf import settings
from django.utils import timezone

from comments.models import PortalComment
from medications.models import MedicationPage

from .data.comments import DEMO_COMMENTS, NAMESPACE


def add_demo_comments(stdout=None):
    """Add the demo comments to the demo pages that exist; returns how many were added."""
    pages = {
        page.slug: page
        for page in MedicationPage.objects.filter(slug__in=["buprenorphine", "methadone"])
    }
    stored = {}
    added = 0
    for data in DEMO_COMMENTS:
        page = pages.get(data["page"])
        if page is None:
            continue
        key = uuid.uuid5(NAMESPACE, data["key"])
        comment = PortalComment.objects.filter(idempotency_key=key).first()
        if comment is None:
            parent = stored.get(data.get("reply_to"))
            comment = PortalComment(
                content_object=page,
                site_id=settings.SITE_ID,
                user_name=data["name"],
                user_email="" if parent else f"{data['key']}@demo.invalid",
                comment=data["text"],
                submit_date=timezone.now() - datetime.timedelta(days=data["days_ago"]),
                status=data["status"],
                held_reason=data.get("held_reason", ""),
                urgent=data.get("urgent", False),
                is_staff_reply=parent is not None,
                parent_id=parent.pk if parent else 0,
                idempotency_key=key,
            )
            comment.save()
            added += 1
        stored[data["key"]] = comment
    if stdout is not None:
        if pages:
            stdout.write(f"Comments: {added} added.")
        else:
            stdout.write("Comments: no demo medication pages, none added.")
    return added

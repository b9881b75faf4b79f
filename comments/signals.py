"""Sent (after commit) when what readers see of a page's comments changes: a comment approved,
or an approved one rejected, removed, marked as spam or sent back by reports, or a staff reply.
A page cache connects to it to drop stale copies of the page."""

from django.db import transaction
from django.dispatch import Signal

public_comments_changed = Signal()  # sender: PortalComment; page_id


def announce_public_change(comment):
    page_id = comment.page_id
    transaction.on_commit(
        lambda: public_comments_changed.send(sender=type(comment), page_id=page_id)
    )

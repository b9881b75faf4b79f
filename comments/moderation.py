"""The rules applied when a comment arrives, and whether a page takes comments at all.

The post view (comments/views.py) asks `commenting_state` whether the reader may comment and
`assess` what status an arriving comment gets, and why.
"""

import re
from dataclasses import dataclass

from django.utils import timezone

from tx_portal.crisis_language import matched_terms, terms  # noqa: F401 (part of the rules)

from .models import CommentSettings, CommentStatus, PortalComment


class CommentingState:
    OPEN = "open"
    LOGIN_REQUIRED = "login_required"
    CLOSED = "closed"


def commenting_state(page, user, rules, now=None):
    """Whether `user` may comment on `page` now: open, closed, or open after logging in."""
    if rules.who_can_comment == CommentSettings.WhoCanComment.NOBODY:
        return CommentingState.CLOSED
    # An unsaved page (the editor's preview of a new page) has nowhere to post to.
    if not page.pk or not getattr(page, "allow_comments", False) or not page.live:
        return CommentingState.CLOSED
    if closes_at(page, rules) is not None and (now or timezone.now()) >= closes_at(page, rules):
        return CommentingState.CLOSED
    if rules.who_can_comment == CommentSettings.WhoCanComment.LOGGED_IN and not (
        user and user.is_authenticated
    ):
        return CommentingState.LOGIN_REQUIRED
    return CommentingState.OPEN


def closes_at(page, rules):
    if not rules.close_after_days or not page.first_published_at:
        return None
    return page.first_published_at + timezone.timedelta(days=rules.close_after_days)


LINK = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|biz|io|co|ru|cn|xyz|top|shop|site"
    r"|online|me|us|uk|de)\b(?:/\S*)?",
    flags=re.IGNORECASE,
)


def count_links(text):
    return len(LINK.findall(text))


@dataclass(frozen=True)
class Verdict:
    status: str
    held_reason: str
    urgent: bool = False


def quoted(words):
    return ", ".join(f"“{word}”" for word in words)


def assess(text, *, email, rules):
    """The status of an arriving comment and the reason for it, rule by rule.

    Crisis language wins over everything else (a person asking for help must reach a moderator
    even if their words also look like spam); then spam words, hold words, links; then a
    returning commenter may be published at once; everything else is held.
    """
    crisis = matched_terms(text, rules.crisis_words)
    if crisis:
        return Verdict(CommentStatus.PENDING, f"Crisis language: {quoted(crisis)}", urgent=True)
    spam = matched_terms(text, rules.spam_words)
    if spam:
        return Verdict(CommentStatus.SPAM, f"Spam words: {quoted(spam)}")
    held = matched_terms(text, rules.hold_words)
    if held:
        return Verdict(CommentStatus.PENDING, f"Held words: {quoted(held)}")
    links = count_links(text)
    if rules.hold_link_threshold and links >= rules.hold_link_threshold:
        return Verdict(
            CommentStatus.PENDING, f"{links} links (holding at {rules.hold_link_threshold})"
        )
    if rules.auto_approve_returning:
        if email and has_approved_comment(email):
            return Verdict(CommentStatus.APPROVED, "Auto-approved: returning commenter")
        return Verdict(CommentStatus.PENDING, "First comment from this commenter")
    return Verdict(CommentStatus.PENDING, "All comments are held for review")


def has_approved_comment(email):
    return PortalComment.objects.filter(
        user_email__iexact=email, status=CommentStatus.APPROVED, is_staff_reply=False
    ).exists()

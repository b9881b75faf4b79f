"""The rules applied when a comment arrives, and whether a page takes comments at all.

Hooked into django-comments-xtd through its moderator: `allow` refuses comments on pages that
are closed to the commenter, `moderate` decides the status and records why.
"""

import re
from dataclasses import dataclass

from django.apps import apps
from django.utils import timezone
from django_comments_xtd.moderation import XtdCommentModerator, moderator

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


class PortalModerator(XtdCommentModerator):
    """django-comments-xtd's moderator, with this site's rules (CommentSettings)."""

    def allow(self, comment, content_object, request):
        rules = CommentSettings.load(request_or_site=request)
        user = request.user if request else None
        return commenting_state(content_object, user, rules) == CommentingState.OPEN

    def moderate(self, comment, content_object, request):
        rules = CommentSettings.load(request_or_site=request)
        verdict = assess(comment.comment, email=comment.user_email, rules=rules)
        comment.status = verdict.status
        comment.held_reason = verdict.held_reason
        comment.urgent = verdict.urgent
        return verdict.status != CommentStatus.APPROVED

    def email(self, comment, content_object, request):
        from .notifications import notify_moderators_after_commit

        stored = comment.xtd_comment
        if stored is not None and stored.status == CommentStatus.PENDING:
            notify_moderators_after_commit(stored.pk)


def health_page_models():
    from tx_portal.models import HealthPage

    return [
        model
        for model in apps.get_models()
        if issubclass(model, HealthPage) and not model._meta.abstract
    ]


def register_health_pages():
    for model in health_page_models():
        if model not in moderator._registry:
            moderator.register(model, PortalModerator)

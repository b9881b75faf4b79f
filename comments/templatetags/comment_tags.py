from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils.http import urlencode

from tx_portal.models import SafetySettings

from .. import reader_session
from ..forms import PortalCommentForm
from ..models import CommentSettings, CommentStatus, PortalComment
from ..moderation import CommentingState, commenting_state

register = template.Library()


def threads(comments):
    """Readers' comments oldest first, each with the staff replies under it."""
    top = [comment for comment in comments if comment.parent_id is None]
    replies = {}
    for comment in comments:
        if comment.parent_id is not None:
            replies.setdefault(comment.parent_id, []).append(comment)
    return [(comment, replies.get(comment.pk, [])) for comment in top]


@register.inclusion_tag("comments/comment_section.html", takes_context=True)
def comment_section(context):
    """Approved comments, the reader's own comments awaiting moderation, and the form (or why
    there is none). Two queries whatever the number of comments; three for a reader who sent
    one (their browser's cookie names them; no session)."""
    request = context.get("request")
    page = context["page"]
    rules = CommentSettings.load(request_or_site=request)
    approved = list(
        PortalComment.objects.filter(
            page_id=page.pk, status=CommentStatus.APPROVED, is_public=True
        ).order_by("pk")
    )
    sent_ids = reader_session.sent_comment_ids(request) if request else []
    awaiting = []
    if sent_ids:
        awaiting = list(
            # Spam caught by a rule looks like any held comment to its sender (no hint for
            # spammers); once a moderator has decided, it is gone.
            PortalComment.objects.filter(
                Q(status=CommentStatus.PENDING)
                | Q(status=CommentStatus.SPAM, moderated_at__isnull=True),
                pk__in=sent_ids,
                page_id=page.pk,
            ).order_by("pk")
        )
    user = getattr(request, "user", None)
    state = commenting_state(page, user, rules)
    form = context.get("comment_form")
    if form is None and state == CommentingState.OPEN:
        initial = {}
        if user is not None and user.is_authenticated:
            initial = {"name": user.get_full_name() or user.get_username(), "email": user.email}
        form = PortalCommentForm(page, initial=initial)
    return {
        "request": request,
        "page": page,
        "rules": rules,
        "threads": threads(approved),
        "comment_count": len(approved),
        "awaiting": awaiting,
        # Also when a comment with crisis language could not be stored (form error, rate limit).
        "crisis": any(comment.urgent for comment in awaiting) or context.get("comment_crisis"),
        "safety": SafetySettings.load(request_or_site=request),
        "state": state,
        "form": form,
        "reader_cookie_days": settings.COMMENT_READER_COOKIE_SECONDS // (24 * 60 * 60),
        "login_url": reverse("wagtailadmin_login") + "?" + urlencode({"next": page.url or "/"}),
    }

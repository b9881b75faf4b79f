from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils.http import urlencode

from tx_portal.models import SafetySettings

from .. import approved_list, reader_session
from ..forms import PortalCommentForm
from ..models import CommentSettings, CommentStatus, PortalComment
from ..moderation import CommentingState, commenting_state

register = template.Library()


@register.inclusion_tag("comments/comment_section.html", takes_context=True)
def comment_section(context):
    """Approved comments, the reader's own comments awaiting moderation, and the form (or why
    there is none). Two queries whatever the number of comments, one while the approved list is
    in the shared cache (approved_list); one more for a reader who sent one (their browser's
    cookie names them; no session)."""
    request = context.get("request")
    page = context["page"]
    rules = CommentSettings.load(request_or_site=request)
    approved_html, comment_count = approved_list.rendered(request, page)
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
        "approved_html": approved_html,
        "comment_count": comment_count,
        "awaiting": awaiting,
        # Also when a comment with crisis language could not be stored (form error, rate limit).
        "crisis": any(comment.urgent for comment in awaiting) or context.get("comment_crisis"),
        "safety": SafetySettings.load(request_or_site=request),
        "state": state,
        "form": form,
        "reader_cookie_days": settings.COMMENT_READER_COOKIE_SECONDS // (24 * 60 * 60),
        "login_url": reverse("wagtailadmin_login")
        + "?"
        + urlencode({"next": page.get_url(request) or "/"}),
    }

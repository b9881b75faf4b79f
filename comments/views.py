"""The reader's side: posting a comment and reporting one.

A comment that cannot be stored (bad input, expired form, too many comments in a minute, closed
page) re-renders the page itself with the reader's text kept and a message beside the field,
never a bare error page. A comment that is stored sends the reader back to the page, where
their own comment shows as awaiting moderation.
"""

from django.apps import apps
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST
from wagtail.models import Page, PageViewRestriction

from tx_portal.client_address import client_address
from tx_portal.models import HealthPage
from tx_portal.page_serving import live_page_by_id, site_for_request

from . import actions, rate_limit, reader_session
from .forms import FORM_PROBLEM, HONEYPOT_PROBLEM, TOO_FAST, PortalCommentForm
from .idempotency import submission_key
from .models import CommentSettings, CommentStatus, PortalComment
from .moderation import CommentingState, assess, commenting_state, matched_terms
from .notifications import notify_moderators_after_commit

RATE_LIMITED = (
    "You have sent several comments in the last minute. Please wait a minute and send it "
    "again: your text is kept below."
)
CLOSED = "Comments are closed on this page, so your comment was not sent."
LOGIN_REQUIRED = "Please log in to comment on this page. Your comment was not sent."


def health_page_or_404(request, page_id, model_label=None):
    """The live, public health page a form posts to. Between edits it comes from the shared
    fragments with its view-restriction flags (no query when there are none); otherwise the
    form names the page's type (signed), so it is fetched with its own fields in one query."""
    site_for_request(request)  # the site root paths for the page's URL, on the request
    page = live_page_by_id(request, page_id)  # between edits, from the shared fragments
    kept = page is not None
    if not kept:
        model = page_model(model_label)
        if model is not None:
            page = model.objects.live().filter(pk=page_id).first()
    if page is None:
        page = get_object_or_404(Page.objects.live(), pk=page_id).specific
    if not isinstance(page, HealthPage):
        raise Http404("Comments are only taken on health pages.")
    # A kept page carries its view-restriction flags: no query when there are none.
    restrictions = page.get_view_restrictions() if kept else view_restrictions(page)
    for restriction in restrictions:
        if not restriction.accept_request(request):
            raise Http404("This page is not public.")
    return page


def view_restrictions(page):
    """Page.get_view_restrictions() in one query instead of two: the restrictions of the page and
    its ancestors, an alias's taken from the page it is an alias of (as Wagtail does)."""
    steps = Page.steplen
    paths = [page.path[:end] for end in range(steps, len(page.path) + 1, steps)]
    ancestors = Page.objects.filter(path__in=paths)
    return PageViewRestriction.objects.filter(
        Q(page_id__in=ancestors.filter(alias_of__isnull=True).values("pk"))
        | Q(page_id__in=ancestors.filter(alias_of__isnull=False).values("alias_of_id"))
    )


def page_model(model_label):
    try:
        model = apps.get_model(model_label or "")
    except (LookupError, ValueError):
        return None
    return model if issubclass(model, HealthPage) else None


def render_page(request, page, form, status):
    """The page as the reader saw it, with their form (and its messages) in the comment area."""
    context = page.get_context(request)
    context["comment_form"] = form
    rules = CommentSettings.load(request_or_site=request)
    context["comment_crisis"] = bool(
        matched_terms(form.data.get("comment", ""), rules.crisis_words)
    )
    return TemplateResponse(request, page.get_template(request), context, status=status)


@require_POST
def post_comment(request, page_id):
    page = health_page_or_404(request, page_id, request.POST.get("content_type"))
    rules = CommentSettings.load(request_or_site=request)
    form = PortalCommentForm(page, data=request.POST)

    state = commenting_state(page, request.user, rules)
    if state != CommentingState.OPEN:
        form.is_valid()
        form.errors.clear()
        form.add_error(None, LOGIN_REQUIRED if state == CommentingState.LOGIN_REQUIRED else CLOSED)
        return render_page(request, page, form, status=403)

    if not form.is_valid():
        if form.has_security_problem:
            form.add_error(None, FORM_PROBLEM)
            form.renew_security_data()
        elif form.has_timing_problem:
            form.add_error(None, TOO_FAST)
        if form.has_honeypot_problem:
            form.add_error(None, HONEYPOT_PROBLEM)
        return render_page(request, page, form, status=400)

    comment = form.build_comment()
    comment.idempotency_key = submission_key(form, request)
    comment.ip_address = client_address(request) or None
    comment.user = request.user if request.user.is_authenticated else None
    verdict = assess(comment.comment, email=comment.user_email, rules=rules)
    comment.status = verdict.status
    comment.held_reason = verdict.held_reason
    comment.urgent = verdict.urgent
    try:
        comment = store(request, comment)
    except RateLimited:
        form.add_error(None, RATE_LIMITED)
        return render_page(request, page, form, status=429)
    return comment_sent(request, page, comment)


class RateLimited(Exception):
    pass


def store(request, comment):
    """Insert once per idempotency key, then count it against the reader's rate limit.

    The unique constraint decides between racing copies of one form (a double click, a retry
    after a 503, two tabs): a copy waits for the first one's transaction and is answered with
    the comment it stored, without being counted. A new comment over the limit is rolled back
    (with the database counter, its count with it). The history line and the moderators'
    email task are part of the same transaction."""
    try:
        with transaction.atomic():
            comment.save(force_insert=True)
            if not rate_limit.allow(request, "comment"):
                raise RateLimited
            actions.record_arrival(comment)
            if comment.status == CommentStatus.PENDING:
                notify_moderators_after_commit(comment.pk)
    except IntegrityError:
        return PortalComment.objects.get(idempotency_key=comment.idempotency_key)
    return comment


def comment_sent(request, page, comment):
    anchor = "#comment-" + str(comment.pk) if comment.status == CommentStatus.APPROVED else ""
    response = redirect((page.get_url(request) or "/") + (anchor or "#your-comments"))
    reader_session.remember(request, response, comment)
    return response


@require_POST
def report_comment(request, comment_id):
    comment = get_object_or_404(
        PortalComment.objects.all(),
        pk=comment_id,
        status=CommentStatus.APPROVED,
        is_public=True,
    )
    page = health_page_or_404(request, comment.page_id)
    if not rate_limit.allow(request, "report"):
        return render(
            request,
            "comments/reported.html",
            {"page": page, "rate_limited": True},
            status=429,
        )
    actions.report(comment, request)
    return render(request, "comments/reported.html", {"page": page, "comment": comment})

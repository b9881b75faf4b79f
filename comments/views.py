"""The reader's side: posting a comment and reporting one.

A comment that cannot be stored (bad input, expired form, too many comments in a minute, closed
page) re-renders the page itself with the reader's text kept and a message beside the field,
never a bare error page. A comment that is stored sends the reader back to the page, where
their own comment shows as awaiting moderation.
"""

from django.contrib.sites.shortcuts import get_current_site
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST
from django_comments.signals import comment_will_be_posted
from django_comments_xtd.models import TmpXtdComment
from django_comments_xtd.signals import confirmation_received
from wagtail.models import Page

from tx_portal.client_address import client_address
from tx_portal.models import HealthPage

from . import actions, rate_limit, reader_session
from .forms import FORM_PROBLEM, HONEYPOT_PROBLEM, PortalCommentForm
from .idempotency import submission_key
from .models import CommentSettings, CommentStatus, PortalComment
from .moderation import CommentingState, commenting_state, matched_terms

RATE_LIMITED = (
    "You have sent several comments in the last minute. Please wait a minute and send it "
    "again: your text is kept below."
)
CLOSED = "Comments are closed on this page, so your comment was not sent."
LOGIN_REQUIRED = "Please log in to comment on this page. Your comment was not sent."


def health_page_or_404(request, page_id):
    page = get_object_or_404(Page.objects.live(), pk=page_id).specific
    if not isinstance(page, HealthPage):
        raise Http404("Comments are only taken on health pages.")
    for restriction in page.get_view_restrictions():
        if not restriction.accept_request(request):
            raise Http404("This page is not public.")
    return page


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
    page = health_page_or_404(request, page_id)
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
        if form.has_honeypot_problem:
            form.add_error(None, HONEYPOT_PROBLEM)
        return render_page(request, page, form, status=400)

    key = submission_key(
        form.cleaned_data["idempotency_key"], request, form.cleaned_data["comment"]
    )
    already = PortalComment.objects.filter(idempotency_key=key, page_id=page.pk).first()
    if already:  # the same form again: a double click, a retry, a second tab
        return comment_sent(request, page, already)

    if not rate_limit.allow(request, "comment", token=key):
        form.add_error(None, RATE_LIMITED)
        return render_page(request, page, form, status=429)

    tmp_comment = form.get_comment_object(site_id=get_current_site(request).pk)
    tmp_comment.idempotency_key = key
    tmp_comment.ip_address = client_address(request) or None
    tmp_comment.user = request.user if request.user.is_authenticated else None

    with transaction.atomic():
        # The library's signal runs our moderator: allow (open page?) and moderate (the rules).
        responses = comment_will_be_posted.send(
            sender=TmpXtdComment, comment=tmp_comment, request=request
        )
        if any(response is False for _receiver, response in responses):
            form.add_error(None, CLOSED)
            return render_page(request, page, form, status=403)
        comment, created = store(tmp_comment)
        if created:
            actions.record_arrival(comment)
            tmp_comment.xtd_comment = comment
            # The moderator's email step listens here; it sends after commit.
            confirmation_received.send(sender=TmpXtdComment, comment=tmp_comment, request=request)
    return comment_sent(request, page, comment)


def store(tmp_comment):
    """Insert once per idempotency key: the unique constraint decides between racing requests
    (the library's own duplicate check looks first, then inserts, and can store both)."""
    fields = {key: value for key, value in tmp_comment.items() if key != "xtd_comment"}
    try:
        with transaction.atomic():
            comment = PortalComment(**fields)
            comment.save()
            return comment, True
    except IntegrityError:
        return PortalComment.objects.get(idempotency_key=fields["idempotency_key"]), False


def comment_sent(request, page, comment):
    reader_session.remember(request, comment)
    anchor = "#comment-" + str(comment.pk) if comment.status == CommentStatus.APPROVED else ""
    return redirect((page.url or "/") + (anchor or "#your-comments"))


@require_POST
def report_comment(request, comment_id):
    comment = get_object_or_404(
        PortalComment.objects.select_related("page"),
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

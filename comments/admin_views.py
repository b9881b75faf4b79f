"""The moderators' views in the Wagtail admin: a comment's page with its moderation actions, the
actions themselves, staff replies, the history, and the dashboard panel."""

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Table
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.snippets.views.snippets import HistoryView, IndexView, InspectView

from . import actions
from .forms import StaffReplyForm
from .models import CommentStatus, PortalComment

MODERATE_PERMISSION = "comments.moderate_portalcomment"
URL_NAMESPACE = "wagtailsnippets_comments_portalcomment"


def url(name, *args):
    return reverse(f"{URL_NAMESPACE}:{name}", args=[quote(arg) for arg in args])


def can_moderate(user):
    return user.is_active and user.has_perm(MODERATE_PERMISSION)


def require_moderator(request):
    if not can_moderate(request.user):
        raise PermissionDenied


def comment_pk(value):
    """A comment's id from a URL, or 404: `/inspect/abc/` is a page that does not exist."""
    if not str(value).isdigit():
        raise Http404("No such comment.")
    return int(value)


def next_url(request, default):
    """Where to go after an action: the `next` path on this site, or `default`.

    Only a path is followed (`/admin/...`); `?next=foo` or another site's address falls back."""
    target = get_valid_next_url_from_request(request)
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return default


def next_waiting(exclude_pk=None):
    """The comment a moderator should read next: urgent first, then the oldest."""
    pending = PortalComment.objects.filter(status=CommentStatus.PENDING)
    if exclude_pk is not None:
        pending = pending.exclude(pk=exclude_pk)
    return pending.select_related("page").order_by("-urgent", "submit_date", "pk").first()


class NumericPkMixin:
    def setup(self, request, *args, **kwargs):
        comment_pk(kwargs.get(self.pk_url_kwarg))
        super().setup(request, *args, **kwargs)


class CommentQueueTable(Table):
    """Each row focusable and named, so keyboard shortcuts act on the row in focus and a
    moderator lands back on the next row after acting."""

    def get_row_attrs(self, instance):
        return {
            **super().get_row_attrs(instance),
            "id": f"comment-{instance.pk}",
            "tabindex": "-1",
            "data-moderation-row": "",
        }


class CommentQueueView(IndexView):
    table_class = CommentQueueTable


class CommentInspectView(NumericPkMixin, InspectView):
    """One comment: everything a moderator needs to decide, and the buttons to do it."""

    template_name = "comments/admin/inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(PortalComment.objects.select_related("page", "user"), pk=self.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        comment = self.object
        context.update(
            {
                "comment": comment,
                "can_moderate": can_moderate(self.request.user),
                "actions": [
                    (action, labels[0], url("moderate", comment.pk, action))
                    for action, labels in actions.ACTION_LABELS.items()
                    if actions.MODERATION_ACTIONS[action] != comment.status
                ],
                "reply_url": url("reply", comment.pk),
                "history_url": url("history", comment.pk),
                "next_waiting": next_waiting(exclude_pk=comment.pk),
                "report_count": comment.reports.count(),
                "replies": PortalComment.objects.filter(parent_id=comment.pk).order_by("pk"),
                "parent": comment.parent if comment.parent_id else None,
            }
        )
        return context


class CommentHistoryView(NumericPkMixin, HistoryView):
    """Moderators may read a comment's history without the right to edit it."""

    any_permission_required = ["add", "change", "delete", "view"]


def undo_form(request, comment, previous_status, back_to):
    """A one-button form that puts the comment back the way it was."""
    return format_html(
        '<form method="post" action="{}?next={}" class="comment-undo">'
        '<input type="hidden" name="csrfmiddlewaretoken" value="{}">'
        '<input type="hidden" name="status" value="{}">'
        '<button type="submit" class="button button-small button-secondary">Undo</button>'
        "</form>",
        url("undo", comment.pk),
        back_to,
        get_token(request),
        previous_status,
    )


@require_POST
def moderate_view(request, pk, action):
    require_moderator(request)
    pk = comment_pk(pk)
    if action not in actions.MODERATION_ACTIONS:
        messages.error(request, "That is not a moderation action.")
        return redirect(url("inspect", pk))
    comment = get_object_or_404(PortalComment, pk=pk)
    previous = comment.status
    label = actions.ACTION_LABELS[action][1]
    back_to = next_url(request, url("inspect", pk))
    if actions.moderate(comment, action, request.user):
        messages.success(
            request,
            format_html(
                "{}: comment by {}. {}",
                label,
                comment.author,
                undo_form(request, comment, previous, back_to),
            ),
        )
    else:
        messages.warning(request, f"Nothing to do: the comment was already {label.lower()}.")
    return HttpResponseRedirect(back_to)


@require_POST
def undo_view(request, pk):
    """Put a comment back to the status it had before a moderator's action."""
    require_moderator(request)
    comment = get_object_or_404(PortalComment, pk=comment_pk(pk))
    status = request.POST.get("status", "")
    back_to = next_url(request, url("inspect", comment.pk))
    if status not in CommentStatus.values:
        messages.error(request, "That status does not exist: nothing was changed.")
    elif actions.restore(comment, status, request.user):
        messages.success(
            request, f"Undone: the comment is {comment.get_status_display().lower()} again."
        )
    else:
        messages.warning(request, "Nothing to undo: the comment already has that status.")
    return HttpResponseRedirect(back_to)


def reply_view(request, pk):
    require_moderator(request)
    pk = comment_pk(pk)
    comment = get_object_or_404(PortalComment.objects.select_related("page"), pk=pk)
    if comment.status != CommentStatus.APPROVED:
        messages.error(
            request, "Approve the comment before replying: a reply is published at once."
        )
        return redirect(url("inspect", pk))
    form = StaffReplyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        actions.post_staff_reply(
            comment,
            request.user,
            form.cleaned_data["comment"],
            form.cleaned_data["idempotency_key"],
        )
        messages.success(request, "Your reply is published under the comment.")
        return redirect(url("inspect", pk))
    return TemplateResponse(
        request,
        "comments/admin/reply.html",
        {
            "comment": comment,
            "form": form,
            "page_title": "Reply to a comment",
            "inspect_url": url("inspect", pk),
        },
        status=400 if form.is_bound else 200,
    )


def redirect_to_inspect(request, pk):
    """Comments are moderated, not edited: their text stays as the reader wrote it."""
    return redirect(url("inspect", pk))


def redirect_to_queue(request):
    return redirect(url("list"))


class PendingCommentsPanel(Component):
    """The admin home's list of comments waiting, urgent first, then oldest first."""

    name = "pending_comments"
    order = 90
    template_name = "comments/admin/pending_panel.html"
    shown = 10

    def get_context_data(self, parent_context):
        pending = PortalComment.objects.filter(status=CommentStatus.PENDING)
        return {
            "comments": list(
                pending.select_related("page").order_by("-urgent", "submit_date")[: self.shown]
            ),
            "total": pending.count(),
            "queue_url": url("list") + "?status=pending",
            "inspect_url_name": f"{URL_NAMESPACE}:inspect",
        }

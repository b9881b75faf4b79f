"""The moderators' views in the Wagtail admin: a comment's page with its moderation actions, the
actions themselves, staff replies, the history, and the dashboard panel."""

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.snippets.views.snippets import HistoryView, InspectView

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


class CommentInspectView(InspectView):
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
                "report_count": comment.reports.count(),
                "replies": PortalComment.objects.filter(parent_id=comment.pk).order_by("pk"),
                "parent": comment.parent if comment.parent_id else None,
            }
        )
        return context


class CommentHistoryView(HistoryView):
    """Moderators may read a comment's history without the right to edit it."""

    any_permission_required = ["add", "change", "delete", "view"]


@require_POST
def moderate_view(request, pk, action):
    require_moderator(request)
    if action not in actions.MODERATION_ACTIONS:
        messages.error(request, "That is not a moderation action.")
        return redirect(url("inspect", pk))
    comment = get_object_or_404(PortalComment, pk=pk)
    label = actions.ACTION_LABELS[action][1]
    if actions.moderate(comment, action, request.user):
        messages.success(request, f"{label}: comment by {comment.author}.")
    else:
        messages.warning(request, f"Nothing to do: the comment was already {label.lower()}.")
    return redirect(get_valid_next_url_from_request(request) or url("inspect", pk))


def reply_view(request, pk):
    require_moderator(request)
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

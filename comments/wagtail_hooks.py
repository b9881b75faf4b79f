"""The "Comments" area of the Wagtail admin: the moderation queue, bulk actions, the dashboard
panel and the audit-log actions. Only users with "Can moderate reader comments" (the Moderators
group, and superusers) can change a comment's status."""

import django_filters
from django.middleware.csrf import get_token
from django.urls import path
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.log_actions import LogFormatter
from wagtail.models import Page
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import actions, admin_views
from .models import CommentStatus, PortalComment


def pages_with_comments(request):
    return Page.objects.filter(reader_comments__isnull=False).distinct().order_by("title")


class CommentFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=CommentStatus.choices, label="Status")
    urgent = django_filters.BooleanFilter(label="Urgent (crisis language)")
    page = django_filters.ModelChoiceFilter(queryset=pages_with_comments, label="Page")
    submit_date = django_filters.DateFromToRangeFilter(label="Date", widget=DateRangePickerWidget)

    class Meta:
        model = PortalComment
        fields = ["status", "urgent", "page", "submit_date"]


class StatusColumn(Column):
    """The status, with crisis comments marked urgent in words, not colour alone."""

    def get_value(self, instance):
        status = instance.get_status_display()
        if instance.urgent and instance.status == CommentStatus.PENDING:
            return format_html("<strong>URGENT</strong> · {}", status)
        return status


class CommentTextColumn(Column):
    """The whole comment, its author and its page: what a moderator reads to decide."""

    cell_template_name = "comments/admin/cells/comment_text.html"

    def get_cell_context_data(self, instance, parent_context):
        return {
            **super().get_cell_context_data(instance, parent_context),
            "inspect_url": admin_views.url("inspect", instance.pk),
        }


# The keyboard shortcut of each action on a queue row (comments/static/comments/admin-queue.js).
ACTION_KEYS = {"approve": "a", "reject": "r", "spam": "s", "remove": "x"}


class ModerationButtonsColumn(Column):
    """Approve, Reject, Spam and Remove on the row itself: one POST, back to the same queue."""

    cell_template_name = "comments/admin/cells/moderation_buttons.html"

    def get_value(self, instance):
        return None

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = context["request"]
        query = request.GET.copy()
        query.pop("_", None)  # the cache-buster of Wagtail's live filtering
        back_to = admin_views.url("list") + (f"?{query.urlencode()}" if query else "")
        context.update(
            {
                "can_moderate": admin_views.can_moderate(request.user),
                "csrf_token": get_token(request),
                "back_to": back_to,
                "buttons": [
                    (
                        action,
                        labels[0],
                        ACTION_KEYS[action],
                        admin_views.url("moderate", instance.pk, action),
                    )
                    for action, labels in actions.ACTION_LABELS.items()
                    if actions.MODERATION_ACTIONS[action] != instance.status
                ],
            }
        )
        return context


class PendingCountMenuItem(MenuItem):
    """ "Comments (3)": the number waiting, on every admin page."""

    def is_shown(self, request):
        return request.user.has_perm("comments.view_portalcomment") or admin_views.can_moderate(
            request.user
        )

    def render_component(self, request):
        component = super().render_component(request)
        waiting = PortalComment.objects.filter(status=CommentStatus.PENDING).count()
        if waiting:
            component.label = f"{self.label} ({waiting} waiting)"
        return component


class PortalCommentViewSet(SnippetViewSet):
    model = PortalComment
    icon = "comment"
    menu_label = "Comments"
    menu_name = "comments"
    add_to_admin_menu = True
    menu_order = 250
    menu_item_class = PendingCountMenuItem
    filterset_class = CommentFilterSet
    search_fields = ["comment", "user_name", "user_email", "held_reason"]
    search_backend_name = None  # plain database search: comments are not in the site index
    inspect_view_enabled = True
    inspect_view_class = admin_views.CommentInspectView
    history_view_class = admin_views.CommentHistoryView
    list_per_page = 50
    ordering = ["-urgent", "submit_date"]
    index_view_class = admin_views.CommentQueueView
    index_template_name = "comments/admin/queue.html"
    list_display = [
        CommentTextColumn("comment", label="Comment"),
        ModerationButtonsColumn("moderate", label="Moderate"),
        StatusColumn("status", label="Status"),
        Column("held_reason", label="Rule"),
        DateColumn("submit_date", label="Date"),
    ]
    list_export = ["comment", "page", "user_name", "status", "held_reason", "submit_date"]

    @property
    def menu_url(self):
        return super().menu_url + "?status=pending"

    def get_queryset(self, request):
        return PortalComment.objects.select_related("page")

    @property
    def edit_view(self):
        return admin_views.redirect_to_inspect

    @property
    def add_view(self):
        return admin_views.redirect_to_queue

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path(
                "moderate/<str:pk>/<slug:action>/",
                admin_views.moderate_view,
                name="moderate",
            ),
            path("undo/<str:pk>/", admin_views.undo_view, name="undo"),
            path("reply/<str:pk>/", admin_views.reply_view, name="reply"),
        ]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().exclude(codename="add_portalcomment")


register_snippet(PortalCommentViewSet)


class ModerationBulkAction(SnippetBulkAction):
    """Approve, reject, mark as spam or remove many comments at once; each is logged."""

    models = [PortalComment]
    template_name = "comments/admin/confirm_bulk_action.html"
    moderation_action = None

    @classmethod
    def get_queryset(cls, model, object_ids):
        return list(PortalComment.objects.filter(pk__in=object_ids).select_related("page"))

    def __init__(self, request, model):
        super().__init__(request, model)
        # Wagtail's redirect() would read `?next=foo` as a view name, and fail after acting.
        self.next_url = admin_views.next_url(request, admin_views.url("list"))

    def dispatch(self, request, *args, **kwargs):
        admin_views.require_moderator(request)
        return super().dispatch(request, *args, **kwargs)

    def check_perm(self, obj):
        return admin_views.can_moderate(self.request.user)

    def object_context(self, obj):
        return {"item": obj, "edit_url": admin_views.url("inspect", obj.pk)}

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "action_label": self.display_name}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        changed = sum(actions.moderate(comment, cls.moderation_action, user) for comment in objects)
        return changed, 0

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}

    def get_success_message(self, num_parent_objects, num_child_objects):
        past = actions.ACTION_LABELS[self.moderation_action][1]
        return f"{past}: {num_parent_objects} comment(s)."


def bulk_action(action, priority, classes=()):
    label = actions.ACTION_LABELS[action][0]
    return type(
        f"{action.title()}CommentsBulkAction",
        (ModerationBulkAction,),
        {
            "display_name": label,
            "action_type": f"comments-{action}",
            "aria_label": f"{label}: selected comments",
            "moderation_action": action,
            "action_priority": priority,
            "classes": set(classes),
        },
    )


for bulk_class in [
    bulk_action("approve", 10),
    bulk_action("reject", 20),
    bulk_action("spam", 30),
    bulk_action("remove", 40, classes=["serious"]),
]:
    hooks.register("register_bulk_action", bulk_class)


@hooks.register("construct_homepage_panels")
def add_pending_comments_panel(request, panels):
    if admin_views.can_moderate(request.user):
        panels.append(admin_views.PendingCommentsPanel())


class CommentLogFormatter(LogFormatter):
    def format_message(self, log_entry):
        message = self.message
        data = log_entry.data or {}
        if log_entry.action == "comments.receive":
            status = dict(CommentStatus.choices).get(data.get("status"), data.get("status"))
            return f"Received: {status} ({data.get('reason', '')})"
        if log_entry.action == "comments.requeue":
            return f"Sent back to the queue after {data.get('reports')} reader reports"
        if log_entry.action == "comments.reported":
            return (
                f"Reported by {data.get('reports')} readers; stays published until a moderator "
                "decides (a moderator approved it)"
            )
        if data.get("reply_id"):
            return f"{message} (reply {data['reply_id']})"
        return message


@hooks.register("register_log_actions")
def register_comment_log_actions(registry):
    entries = {
        **{f"comments.{action}": labels for action, labels in actions.ACTION_LABELS.items()},
        "comments.reply": ("Reply", "Replied as the site's team"),
        "comments.receive": ("Receive", "Received"),
        "comments.requeue": ("Back to the queue", "Sent back to the queue by reader reports"),
        "comments.undo": ("Undo", "Moderation undone"),
        "comments.reported": ("Reported", "Reported by readers"),
        # Flags of the comment library, carried over when comments moved to one table.
        "comments.flag": ("Flag", "Flagged"),
    }
    for action, (label, message) in entries.items():
        registry.register_action(action)(
            type("Formatter", (CommentLogFormatter,), {"label": label, "message": message})
        )

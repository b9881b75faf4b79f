from django.contrib import messages
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import TaskState, WorkflowState

from .clinical_review import is_health_page, reviewer_for
from .content_checks import health_page_problems
from .models import ClinicalReviewTask
from .panels import ReviewsDuePanel
from .role_fit import can_work_on_pages
from .userbar import ClinicalReviewWarningItem
from .views import ReviewsDueView

# Wagtail's edit view renders only parts of the editor when asked with this (see shows_messages;
# guarded in portal_security/upstream.py).
HYDRATE_PARAMETER = "_w_hydrate_create_view"


@hooks.register("register_admin_urls")
def register_reviews_due_urls():
    return [
        path("reviews-due/", ReviewsDueView.as_view(), name="editorial_reviews_due"),
        path(
            "reviews-due/results/",
            ReviewsDueView.as_view(results_only=True),
            name="editorial_reviews_due_results",
        ),
    ]


class ReviewsDueMenuItem(MenuItem):
    def is_shown(self, request):
        return can_work_on_pages(request.user)


@hooks.register("register_admin_menu_item")
def register_reviews_due_menu_item():
    return ReviewsDueMenuItem(
        "Reviews due", reverse("editorial_reviews_due"), icon_name="time", order=250
    )


@hooks.register("construct_homepage_panels")
def add_reviews_due_panel(request, panels):
    if can_work_on_pages(request.user):
        panels.append(ReviewsDuePanel())


@hooks.register("construct_main_menu")
def hide_page_help_from_non_editors(request, menu_items):
    # Wagtail's Help menu is the page editor's guide: no use to a role that edits no page.
    if not can_work_on_pages(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "help"]


@hooks.register("construct_wagtail_userbar")
def add_clinical_review_warning(request, items, page):
    if page is not None and not getattr(request, "in_preview_panel", False):
        items.append(ClinicalReviewWarningItem(page))


def changes_requested(page):
    """The reviewer's rejection, with its comment, while the page waits for those changes.

    Wagtail shows it only under Status → View details; the editor needs it on opening the page."""
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    return (
        TaskState.objects.filter(workflow_state=state, status=TaskState.STATUS_REJECTED)
        .exclude(comment="")
        .select_related("finished_by")
        .order_by("-finished_at")
        .first()
    )


def shows_messages(request):
    """Whether this request renders the editor with its messages. Autosave's background requests
    do not: the JSON save, and the GET that brings a new page's form up to date after its first
    autosave (Wagtail's "hydrate" request, which renders only parts of the editor). Messages
    queued there would be shown on the next page instead, doubled and out of date."""
    return (
        request.method == "GET"
        and request.accepts("text/html")
        and not request.GET.get(HYDRATE_PARAMETER)
    )


@hooks.register("before_edit_page")
def warn_in_the_editor(request, page):
    """Non-blocking warnings when the editor opens: what the page lacks, and why a clinical
    reviewer cannot approve yet. Nothing is refused here."""
    if not shows_messages(request):
        return
    latest = page.get_latest_revision_as_object()
    for problem in health_page_problems(latest):
        messages.warning(request, problem)
    changes = changes_requested(page)
    if changes is not None:
        who = changes.finished_by
        name = (who.get_full_name() or who.get_username()) if who else "A reviewer"
        messages.warning(request, f"{name} requested changes: “{changes.comment}”")
    task = page.current_workflow_task
    if (
        task is not None
        and isinstance(task.specific, ClinicalReviewTask)
        and is_health_page(page)
        and task.specific.user_can_access_editor(page, request.user)
        and reviewer_for(request.user) is None
    ):
        messages.warning(
            request,
            "You cannot approve this clinical review yet: your account is not linked to a "
            "reviewer record. Open Reviewers, choose (or add) your record, select your account "
            "under User and save; then approve.",
        )

from django.utils.functional import cached_property
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import page_permission_policy

from .reviews_due import DUE_WITHIN_DAYS, reviews_due


class ReviewsDueView(ReportView):
    """Live health pages whose clinical review is due within 30 days or overdue, oldest first."""

    page_title = "Reviews due"
    header_icon = "time"
    index_url_name = "editorial_reviews_due"
    index_results_url_name = "editorial_reviews_due_results"
    permission_policy = page_permission_policy
    any_permission_required = ["change", "publish"]
    columns = [
        TitleColumn("title", label="Page", get_url=lambda due: due.edit_url),
        Column("kind", label="Type"),
        Column("status", label="Status"),
        DateColumn("due", label="Next review due"),
        DateColumn("last_reviewed", label="Last reviewed"),
        Column("reviewer", label="Reviewed by"),
    ]
    list_export = ["title", "kind", "status", "due", "last_reviewed", "reviewer"]
    export_headings = {
        "title": "Page",
        "kind": "Type",
        "status": "Status",
        "due": "Next review due",
        "last_reviewed": "Last reviewed",
        "reviewer": "Reviewed by",
    }
    verbose_name_plural = "pages due for review"

    @cached_property
    def no_results_message(self):
        return f"No published health page is due for review in the next {DUE_WITHIN_DAYS} days."

    def get_queryset(self):
        return reviews_due()

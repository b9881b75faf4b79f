"""A user bar item that tells staff, on the public page itself, that its review is overdue or
its content incomplete. The user bar is only rendered for signed-in users with admin access."""

from functools import cached_property

from django.utils.dateformat import format as format_date
from wagtail.admin.userbar import BaseItem

from .clinical_review import is_health_page
from .content_checks import health_page_problems
from .reviews_due import is_overdue


class ClinicalReviewWarningItem(BaseItem):
    template_name = "editorial/userbar/clinical_review_warning.html"

    def __init__(self, page):
        self.page = page

    @cached_property
    def warnings(self):
        warnings = []
        if is_overdue(self.page):
            if self.page.next_review_due:
                due = format_date(self.page.next_review_due, "j F Y")
                warnings.append(f"Clinical review overdue: it was due on {due}.")
            else:
                warnings.append("No clinical review on record for this page.")
        warnings.extend(health_page_problems(self.page))
        return warnings

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["warnings"] = self.warnings
        return context

    def render_html(self, parent_context):
        if not (self.page and self.page.pk and is_health_page(self.page)):
            return ""
        if not self.warnings:
            return ""
        return super().render_html(parent_context)

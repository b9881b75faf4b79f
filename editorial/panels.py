"""The dashboard panel of reviews due."""

from wagtail.admin.ui.components import Component

from .reviews_due import DUE_WITHIN_DAYS, reviews_due

PANEL_ROWS = 5


class ReviewsDuePanel(Component):
    name = "reviews_due"
    template_name = "editorial/panels/reviews_due.html"
    order = 150

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        due = reviews_due()
        context.update(
            reviews=due[:PANEL_ROWS],
            total=len(due),
            overdue=sum(review.is_overdue for review in due),
            within_days=DUE_WITHIN_DAYS,
        )
        return context

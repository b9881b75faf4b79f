"""Which published health pages need a clinical review soon, and how urgently."""

import datetime
from dataclasses import dataclass

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from tx_portal.models import HealthPage
from tx_portal.page_types import health_page_models

DUE_WITHIN_DAYS = 30


@dataclass(frozen=True)
class DueReview:
    page: HealthPage
    today: datetime.date

    @property
    def due(self):
        return self.page.next_review_due

    @property
    def status(self):
        if self.due is None:
            return "Never reviewed"
        if self.due < self.today:
            return "Overdue"
        if self.due == self.today:
            return "Due today"
        return "Due soon"

    @property
    def is_overdue(self):
        return is_overdue(self.page, self.today)

    @property
    def title(self):
        return self.page.title

    @property
    def last_reviewed(self):
        return self.page.last_reviewed

    @property
    def reviewer(self):
        return str(self.page.reviewed_by) if self.page.reviewed_by else ""

    @property
    def kind(self):
        return self.page._meta.verbose_name.capitalize()

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])


def reviews_due(today=None, within_days=DUE_WITHIN_DAYS):
    """Live health pages whose next review falls within `within_days` or has passed, or that
    were never reviewed: oldest due date first, never-reviewed pages before all. One query per
    health page type, whatever the number of pages."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=within_days)
    pages = []
    for model in health_page_models():
        pages.extend(
            model.objects.live()
            .filter(Q(next_review_due__lte=horizon) | Q(next_review_due__isnull=True))
            .select_related("reviewed_by")
            .order_by("next_review_due", "pk")
        )
    pages.sort(key=lambda page: (page.next_review_due or datetime.date.min, page.pk))
    return [DueReview(page, today) for page in pages]


def is_overdue(page, today=None):
    """A live health page whose review date has passed (or that has none)."""
    today = today or timezone.localdate()
    return page.next_review_due is None or page.next_review_due < today

"""What approving a clinical review does to a health page."""

from django.utils import timezone

from tx_portal.models import HealthPage, Reviewer
from tx_portal.review_dates import one_year_after


def is_health_page(page):
    return issubclass(page.specific_class, HealthPage)


def reviewer_for(user):
    """The reviewer record linked to this account, or None."""
    if not user.is_authenticated:
        return None
    cache_attr = "_editorial_reviewer"
    if not hasattr(user, cache_attr):
        setattr(user, cache_attr, Reviewer.objects.filter(user=user).first())
    return getattr(user, cache_attr)


def record_clinical_review(task_state, user, reviewer):
    """Save a new revision of the page under review, stamped with today's review by this
    reviewer and the next review a year ahead. Returns the revision."""
    page_in_workflow = task_state.workflow_state.content_object
    page = page_in_workflow.get_latest_revision_as_object()
    today = timezone.localdate()
    page.last_reviewed = today
    page.reviewed_by = reviewer
    page.next_review_due = one_year_after(today)
    # The content was validated when it was submitted; only the review fields change here.
    revision = page.save_revision(user=user, clean=False)
    # The workflow compares task states with this object's latest revision: make it current.
    page_in_workflow.refresh_from_db()
    return revision

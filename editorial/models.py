"""The clinical review step of the publishing workflow."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from wagtail.models import AbstractGroupApprovalTask, TaskState

from .clinical_review import is_health_page, record_clinical_review, reviewer_for


class ClinicalReviewTask(AbstractGroupApprovalTask):
    """Approval by clinicians. Approving records the review on the page; pages that are not
    health pages (home, section fronts) skip this step and go straight to editorial sign-off."""

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        if not is_health_page(workflow_state.content_object):
            task_state.status = TaskState.STATUS_SKIPPED
            task_state.finished_at = timezone.now()
            task_state.comment = "Not a health page: no clinical review needed."
            task_state.save(update_fields=["status", "finished_at", "comment"])
        return task_state

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and reviewer_for(user) is None:
            # Approval records who reviewed; without a reviewer record only "Request changes".
            return [action for action in actions if action[0] != "approve"]
        return actions

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            reviewer = reviewer_for(user)
            if reviewer is None:
                raise PermissionDenied(
                    "Only a clinician with a reviewer record can approve a clinical review."
                )
            # The approval applies to the revision that records it, so that the next step
            # (and, with re-approval on edit, any later edit) is measured against it.
            task_state.revision = record_clinical_review(task_state, user, reviewer)
            task_state.save(update_fields=["revision"])
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return (
            "Clinicians in the chosen groups approve or request changes. Approving records the "
            "review date, the reviewer and the next review date on the page."
        )

    class Meta:
        verbose_name = "clinical review task"
        verbose_name_plural = "clinical review tasks"

"""The publishing workflow, driven through the admin views as staff use it: an editor submits,
a clinical reviewer requests changes or approves (which records the review), an editor signs
off, which publishes."""

import datetime
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, TaskState, Workflow, WorkflowState

from articles.models import ArticlePage
from editorial.models import ClinicalReviewTask
from tests.admin_forms import edit_page_url, health_page_data
from tx_portal.models import HomePage, Reviewer
from tx_portal.review_dates import one_year_after

pytestmark = pytest.mark.django_db


def submit(data):
    return {**data, "action-submit": "action-submit"}


def article_data(**fields):
    return health_page_data("Naloxone basics", "naloxone-basics", **fields)


def workflow_state(page):
    return WorkflowState.objects.for_instance(page).order_by("-pk").first()


def current_task_state(page):
    return workflow_state(page).current_task_state


def act(client, page, action, comment=""):
    state = current_task_state(page)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.pk])
    return client.post(url, {"comment": comment})


def latest(page):
    return Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object()


def test_the_workflow_covers_every_page_from_the_root():
    workflow = Workflow.objects.get(active=True)
    assert workflow.name == "Clinical review → Editorial sign-off"
    assert [task.name for task in workflow.tasks] == ["Clinical review", "Editorial sign-off"]
    clinical, sign_off = [task.specific for task in workflow.tasks]
    assert isinstance(clinical, ClinicalReviewTask)
    assert [group.name for group in clinical.groups.all()] == ["Clinical reviewers"]
    assert [group.name for group in sign_off.groups.all()] == ["Editors"]
    assert workflow.workflow_pages.get().page == Page.get_first_root_node()


def test_pages_created_after_the_migration_get_the_workflow(home, draft_article):
    assert home.get_workflow().name == "Clinical review → Editorial sign-off"
    assert draft_article.get_workflow().name == "Clinical review → Editorial sign-off"


def test_submit_reject_resubmit_approve_and_sign_off(draft_article, editor, clinician, client_for):
    as_editor, as_clinician = client_for(editor), client_for(clinician)
    today = timezone.localdate()

    response = as_editor.post(edit_page_url(draft_article), submit(article_data()))
    assert response.status_code == 302
    state = current_task_state(draft_article)
    assert state.task.name == "Clinical review" and state.status == "in_progress"

    response = act(
        as_clinician, draft_article, "reject", "Say that naloxone wears off in 30 to 90 minutes."
    )
    assert response.status_code == 302
    state_of_workflow = workflow_state(draft_article)
    assert state_of_workflow.status == "needs_changes"
    rejected = TaskState.objects.get(workflow_state=state_of_workflow, status="rejected")
    assert rejected.comment == "Say that naloxone wears off in 30 to 90 minutes."
    assert rejected.finished_by == clinician

    changed = article_data(
        summary="Naloxone reverses an overdose; it wears off in 30 to 90 minutes."
    )
    assert as_editor.post(edit_page_url(draft_article), submit(changed)).status_code == 302
    state = current_task_state(draft_article)
    assert state.task.name == "Clinical review" and state.status == "in_progress"

    assert act(as_clinician, draft_article, "approve", "Accurate now.").status_code == 302
    reviewed = latest(draft_article)
    assert reviewed.last_reviewed == today
    assert reviewed.reviewed_by == Reviewer.objects.get(user=clinician)
    assert reviewed.next_review_due == one_year_after(today)
    assert "30 to 90 minutes" in reviewed.summary
    assert current_task_state(draft_article).task.name == "Editorial sign-off"
    assert not Page.objects.get(pk=draft_article.pk).live

    assert act(as_editor, draft_article, "approve").status_code == 302
    published = ArticlePage.objects.get(pk=draft_article.pk)
    assert published.live
    assert workflow_state(draft_article).status == "approved"
    assert published.last_reviewed == today
    assert published.reviewed_by.user == clinician
    assert published.next_review_due == one_year_after(today)
    assert "30 to 90 minutes" in published.summary


def test_review_dates_typed_by_hand_are_replaced_by_the_approval(
    draft_article, editor, clinician, client_for
):
    someone_else = Reviewer.objects.create(name="Dr Typed", credentials="MD", role="Physician")
    data = article_data(
        reviewer=someone_else, last_reviewed="2025-01-02", next_review_due="2030-01-01"
    )
    client_for(editor).post(edit_page_url(draft_article), submit(data))
    act(client_for(clinician), draft_article, "approve")
    reviewed = latest(draft_article)
    assert reviewed.reviewed_by.user == clinician
    assert reviewed.last_reviewed == timezone.localdate()
    assert reviewed.next_review_due == one_year_after(timezone.localdate())


def test_a_reviewer_can_edit_and_approve_in_one_go_from_the_editor(
    draft_article, editor, clinician, client_for
):
    client_for(editor).post(edit_page_url(draft_article), submit(article_data()))
    corrected = article_data(summary="Corrected by the clinician.")
    response = client_for(clinician).post(
        edit_page_url(draft_article),
        {**corrected, "action-workflow-action": "true", "workflow-action-name": "approve"},
    )
    assert response.status_code == 302
    reviewed = latest(draft_article)
    assert reviewed.summary == "Corrected by the clinician."
    assert reviewed.reviewed_by.user == clinician
    assert current_task_state(draft_article).task.name == "Editorial sign-off"


def test_an_edit_after_clinical_approval_goes_back_to_clinical_review(
    draft_article, editor, clinician, client_for
):
    as_editor = client_for(editor)
    as_editor.post(edit_page_url(draft_article), submit(article_data()))
    act(client_for(clinician), draft_article, "approve")

    # The editor changes the content during sign-off, then approves it.
    as_editor.post(edit_page_url(draft_article), article_data(summary="Unreviewed claim."))
    act(as_editor, draft_article, "approve")

    assert not Page.objects.get(pk=draft_article.pk).live
    state = current_task_state(draft_article)
    assert state.task.name == "Clinical review" and state.status == "in_progress"


def test_general_pages_skip_clinical_review(home, editor, client_for):
    as_editor = client_for(editor)
    data = {"title": "Opioid treatment portal", "slug": home.slug, "introduction": "New welcome."}
    data["comments-TOTAL_FORMS"] = data["comments-INITIAL_FORMS"] = "0"
    data["comments-MIN_NUM_FORMS"], data["comments-MAX_NUM_FORMS"] = "0", "1000"
    assert as_editor.post(edit_page_url(home), submit(data)).status_code == 302

    state_of_workflow = workflow_state(home)
    skipped = TaskState.objects.get(workflow_state=state_of_workflow, task__name="Clinical review")
    assert skipped.status == "skipped"
    assert state_of_workflow.current_task_state.task.name == "Editorial sign-off"

    act(as_editor, home, "approve")
    assert HomePage.objects.get().introduction == "New welcome."


def test_editors_cannot_publish_directly(draft_article, editor, client_for):
    as_editor = client_for(editor)
    page = as_editor.get(edit_page_url(draft_article)).content.decode()
    assert 'name="action-publish"' not in page
    assert 'name="action-submit"' in page

    response = as_editor.post(
        edit_page_url(draft_article), {**article_data(), "action-publish": "1"}
    )
    assert response.status_code == 302
    assert not Page.objects.get(pk=draft_article.pk).live


def test_editors_cannot_approve_the_clinical_review(draft_article, editor, client_for):
    as_editor = client_for(editor)
    as_editor.post(edit_page_url(draft_article), submit(article_data()))
    assert act(as_editor, draft_article, "approve").status_code == 403
    state = current_task_state(draft_article)
    assert state.task.name == "Clinical review" and state.status == "in_progress"


def test_neither_editors_nor_reviewers_hold_the_publish_right(editor, clinician, home):
    for user in (editor, clinician):
        assert not home.permissions_for_user(user).can_publish(), user.username


def test_a_reviewer_without_a_reviewer_record_is_told_and_cannot_approve(
    draft_article, editor, make_staff, client_for
):
    unlinked = make_staff("unlinked", "Clinical reviewers")
    client_for(editor).post(edit_page_url(draft_article), submit(article_data()))
    as_unlinked = client_for(unlinked)

    page = as_unlinked.get(edit_page_url(draft_article)).content.decode()
    assert "your account is not linked to a reviewer record" in page
    actions = current_task_state(draft_article).task.specific.get_actions(draft_article, unlinked)
    assert [name for name, _, _ in actions] == ["reject"]

    assert act(as_unlinked, draft_article, "approve").status_code == 403
    assert current_task_state(draft_article).status == "in_progress"
    assert latest(draft_article).reviewed_by is None


def test_an_approval_in_the_evening_uses_the_site_date(
    draft_article, editor, clinician, client_for
):
    # 23:30 in New York is already the next day in UTC: the review date is the local one.
    late = datetime.datetime(
        2026, 3, 1, 23, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))
    )
    client_for(editor).post(edit_page_url(draft_article), submit(article_data(last_reviewed="")))
    with mock.patch("django.utils.timezone.now", return_value=late):
        act(client_for(clinician), draft_article, "approve")
    assert latest(draft_article).last_reviewed == datetime.date(2026, 3, 1)

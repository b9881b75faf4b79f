"""The three staff groups that the migrations create."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, Workflow

# These run among the transactional tests in a full run (after the browser tests, whose flush
# empties the tables): a serialized rollback puts back what the migrations made (the home page,
# the staff groups, the workflow) before each test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def page_rights(name):
    return set(
        GroupPagePermission.objects.filter(group__name=name).values_list(
            "permission__codename", flat=True
        )
    )


def test_the_three_staff_groups_exist_and_can_reach_the_admin():
    for name in ["Editors", "Clinical reviewers", "Moderators"]:
        group = Group.objects.get(name=name)
        assert group.permissions.filter(codename="access_admin").exists(), name


def test_editors_edit_pages_but_cannot_publish():
    assert {"add_page", "change_page"} <= page_rights("Editors")
    assert "publish_page" not in page_rights("Editors")


def test_clinical_reviewers_review_and_manage_reviewers_but_publish_only_through_the_workflow():
    # editorial.0002 took publish_page away: pages go live through the workflow's sign-off.
    assert "publish_page" not in page_rights("Clinical reviewers")
    codenames = set(
        Group.objects.get(name="Clinical reviewers").permissions.values_list("codename", flat=True)
    )
    assert {"change_reviewer", "change_emergencyguidance", "change_safetysettings"} <= codenames


def test_comment_moderators_have_no_page_or_media_rights():
    assert page_rights("Moderators") == set()
    assert not Group.objects.get(name="Moderators").collection_permissions.exists()


def test_page_approval_goes_to_clinical_reviewers_not_moderators():
    # editorial.0002 replaced the one-step workflow of 0003 with a two-step one.
    workflow = Workflow.objects.get()
    clinical_review = workflow.tasks.get(name="Clinical review").specific
    assert [group.name for group in clinical_review.groups.all()] == ["Clinical reviewers"]
    assert not GroupApprovalTask.objects.filter(groups__name="Moderators").exists()
    assert workflow.workflow_pages.filter(page=Page.get_first_root_node()).exists()

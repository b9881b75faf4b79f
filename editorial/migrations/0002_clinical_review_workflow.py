"""The publishing workflow: "Clinical review" by the Clinical reviewers, then "Editorial sign-off"
by the Editors, which publishes.

It is assigned to the root page, so it covers every page, including sections and articles created
later (articles sit directly under the home page, so no section page could carry it for them).
Pages that are not health pages skip the clinical step (see ClinicalReviewTask.start).

It replaces the single-task "Clinical review" workflow that tx_portal.0003 made out of Wagtail's
default "Moderators approval" one. Clinical reviewers lose the right to publish directly: with it,
their "Publish" button would put a page live without editorial sign-off and without recording the
review on the page. Editors manage redirects (they rename pages and import old URLs).
"""

from django.db import migrations

WORKFLOW_NAME = "Clinical review → Editorial sign-off"
OLD_WORKFLOW_NAME = "Clinical review"
REDIRECT_RIGHTS = ["add_redirect", "change_redirect", "delete_redirect"]


def content_type(apps, app_label, model):
    ContentType = apps.get_model("contenttypes.ContentType")
    return ContentType.objects.get_or_create(app_label=app_label, model=model)[0]


def page_permission(apps, codename):
    Permission = apps.get_model("auth.Permission")
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def redirect_permissions(apps):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("wagtailredirects")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Permission = apps.get_model("auth.Permission")
    return Permission.objects.filter(
        content_type__app_label="wagtailredirects", codename__in=REDIRECT_RIGHTS
    )


def set_up_workflow(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    Task = apps.get_model("wagtailcore.Task")
    TaskState = apps.get_model("wagtailcore.TaskState")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    ClinicalReviewTask = apps.get_model("editorial.ClinicalReviewTask")

    editors = Group.objects.get(name="Editors")
    reviewers = Group.objects.get(name="Clinical reviewers")
    root_page = Page.objects.get(depth=1)

    clinical = ClinicalReviewTask.objects.create(
        name="Clinical review",
        content_type=content_type(apps, "editorial", "clinicalreviewtask"),
    )
    clinical.groups.set([reviewers])
    sign_off = GroupApprovalTask.objects.create(
        name="Editorial sign-off",
        content_type=content_type(apps, "wagtailcore", "groupapprovaltask"),
    )
    sign_off.groups.set([editors])
    workflow = Workflow.objects.create(name=WORKFLOW_NAME)
    WorkflowTask.objects.create(workflow=workflow, task=clinical, sort_order=0)
    WorkflowTask.objects.create(workflow=workflow, task=sign_off, sort_order=1)

    # Retire the old one-step workflow: deleted if never used, otherwise kept (inactive) for history.
    for old in Workflow.objects.filter(name=OLD_WORKFLOW_NAME):
        old_tasks = Task.objects.filter(workflow_tasks__workflow=old)
        if TaskState.objects.filter(task__in=old_tasks).exists():
            old.active = False
            old.save(update_fields=["active"])
            old_tasks.update(active=False)
            WorkflowPage.objects.filter(workflow=old).delete()
        else:
            old_task_ids = list(old_tasks.values_list("pk", flat=True))
            old.delete()
            Task.objects.filter(pk__in=old_task_ids, workflow_tasks__isnull=True).delete()
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})

    GroupPagePermission.objects.filter(
        group=reviewers, permission=page_permission(apps, "publish_page")
    ).delete()
    editors.permissions.add(*redirect_permissions(apps))


def remove_workflow(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    Task = apps.get_model("wagtailcore.Task")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")

    editors = Group.objects.get(name="Editors")
    reviewers = Group.objects.get(name="Clinical reviewers")
    root_page = Page.objects.get(depth=1)

    for workflow in Workflow.objects.filter(name=WORKFLOW_NAME):
        task_ids = list(
            Task.objects.filter(workflow_tasks__workflow=workflow).values_list("pk", flat=True)
        )
        workflow.delete()
        Task.objects.filter(pk__in=task_ids).update(active=False)

    old, _ = Workflow.objects.get_or_create(name=OLD_WORKFLOW_NAME)
    old.active = True
    old.save(update_fields=["active"])
    if not WorkflowTask.objects.filter(workflow=old).exists():
        task = GroupApprovalTask.objects.create(
            name="Clinical review",
            content_type=content_type(apps, "wagtailcore", "groupapprovaltask"),
        )
        task.groups.set([reviewers])
        WorkflowTask.objects.create(workflow=old, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": old})

    GroupPagePermission.objects.get_or_create(
        group=reviewers, page=root_page, permission=page_permission(apps, "publish_page")
    )
    editors.permissions.remove(*redirect_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_clinical_review_task"),
        ("tx_portal", "0003_staff_groups"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    operations = [migrations.RunPython(set_up_workflow, remove_workflow)]

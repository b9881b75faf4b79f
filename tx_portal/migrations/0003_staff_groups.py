"""The three staff groups and what each may do in the admin.

Wagtail's own first migration creates "Moderators" (page publishers) and "Editors", and a default
"Moderators approval" workflow. On this site Moderators moderate reader comments, not pages: their
page and media rights are removed, and page approval goes to the new "Clinical reviewers" group.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PAGE_RIGHTS = {
    "Editors": ["add_page", "change_page", "lock_page", "unlock_page"],
    "Clinical reviewers": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    "Moderators": [],
}
MODEL_RIGHTS = {
    "Editors": ["view_reviewer", "view_emergencyguidance"],
    "Clinical reviewers": [
        "add_reviewer",
        "change_reviewer",
        "view_reviewer",
        "change_emergencyguidance",
        "view_emergencyguidance",
        "change_safetysettings",
    ],
    "Moderators": [],
}
MEDIA_RIGHTS = {
    "Editors": ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"],
    "Clinical reviewers": ["add_image", "choose_image", "add_document", "choose_document"],
    "Moderators": [],
}


def set_up_groups(apps, schema_editor):
    # Permissions of this app's models are normally created after `migrate`; they are needed now.
    app_config = apps.get_app_config("tx_portal")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore.Workflow")

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")

    for name in PAGE_RIGHTS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(
            [access_admin]
            + list(
                Permission.objects.filter(
                    content_type__app_label="tx_portal", codename__in=MODEL_RIGHTS[name]
                )
            )
        )
        GroupPagePermission.objects.filter(group=group).delete()
        for codename in PAGE_RIGHTS[name]:
            GroupPagePermission.objects.create(
                group=group,
                page=root_page,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
        GroupCollectionPermission.objects.filter(group=group).delete()
        for codename in MEDIA_RIGHTS[name]:
            GroupCollectionPermission.objects.create(
                group=group,
                collection=root_collection,
                permission=Permission.objects.get(codename=codename),
            )

    reviewers = Group.objects.get(name="Clinical reviewers")
    moderators = Group.objects.get(name="Moderators")
    for task in GroupApprovalTask.objects.filter(groups=moderators):
        task.groups.remove(moderators)
        task.groups.add(reviewers)
        task.name = "Clinical review"
        task.save(update_fields=["name"])
    Workflow.objects.filter(name="Moderators approval").update(name="Clinical review")


class Migration(migrations.Migration):
    dependencies = [
        ("tx_portal", "0002_create_homepage"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(set_up_groups, migrations.RunPython.noop)]

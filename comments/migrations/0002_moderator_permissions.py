"""Moderators moderate reader comments and edit the comment rules; nobody else does.

Editors and Clinical reviewers get nothing here; superusers have every permission anyway.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATOR_RIGHTS = [
    ("comments", "view_portalcomment"),
    ("comments", "moderate_portalcomment"),
    ("comments", "change_commentsettings"),
]


def grant(apps, schema_editor):
    # Permissions of this app's models are normally created after `migrate`; they are needed now.
    app_config = apps.get_app_config("comments")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    for app_label, codename in MODERATOR_RIGHTS:
        moderators.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for group in Group.objects.filter(name="Moderators"):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="comments",
                codename__in=[codename for _, codename in MODERATOR_RIGHTS],
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0001_initial"),
        ("tx_portal", "0003_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

"""Editors see (and may clear) the questions readers asked that found no good answer; clinical
reviewers see them too."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_RIGHTS = {
    "Editors": ["view_unansweredquestion", "delete_unansweredquestion"],
    "Clinical reviewers": ["view_unansweredquestion"],
}


def give_rights(apps, schema_editor):
    app_config = apps.get_app_config("answers")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for name, codenames in GROUP_RIGHTS.items():
        group = Group.objects.filter(name=name).first()
        if group:
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label="answers", codename__in=codenames)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("answers", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("tx_portal", "0003_staff_groups"),
    ]

    operations = [migrations.RunPython(give_rights, migrations.RunPython.noop)]

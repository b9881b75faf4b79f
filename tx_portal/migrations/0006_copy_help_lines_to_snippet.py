"""Copies the help lines staff had set on the safety settings into a HelpLines snippet (see 0005), and
gives the staff groups the same rights on the snippet that they had on the settings."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

HELP_LINE_FIELDS = [
    "helpline_name",
    "helpline_number",
    "helpline_hours",
    "crisis_line_name",
    "crisis_line_number",
    "emergency_number",
    "treatment_locator_url",
]
GROUP_RIGHTS = {
    "Editors": ["view_helplines"],
    "Clinical reviewers": ["add_helplines", "change_helplines", "view_helplines"],
}


def move_help_lines_to_a_snippet(apps, schema_editor):
    SafetySettings = apps.get_model("tx_portal", "SafetySettings")
    HelpLines = apps.get_model("tx_portal", "HelpLines")
    settings = SafetySettings.objects.order_by("pk").first() or SafetySettings.objects.create()
    settings.help_lines = HelpLines.objects.create(
        **{name: getattr(settings, name) for name in HELP_LINE_FIELDS}
    )
    settings.save(update_fields=["help_lines"])

    app_config = apps.get_app_config("tx_portal")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for name, codenames in GROUP_RIGHTS.items():
        group = Group.objects.filter(name=name).first()
        if group:
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label="tx_portal", codename__in=codenames)
            )


class Migration(migrations.Migration):

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("tx_portal", "0005_help_lines_with_revisions"),
    ]

    operations = [
        migrations.RunPython(move_help_lines_to_a_snippet, migrations.RunPython.noop),
    ]

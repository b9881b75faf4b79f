from django.db import migrations, models


def flag_existing_demo_reviewers(apps, schema_editor):
    """Databases that loaded the demo content before the flag existed: its reviewers say in their
    role that they are fictional."""
    Reviewer = apps.get_model("tx_portal", "Reviewer")
    Reviewer.objects.filter(role__endswith="(fictional demo reviewer)").update(is_demo=True)


class Migration(migrations.Migration):
    dependencies = [
        ("tx_portal", "0007_remove_help_line_columns_from_settings"),
    ]

    operations = [
        migrations.AddField(
            model_name="reviewer",
            name="is_demo",
            field=models.BooleanField(
                default=False,
                editable=False,
                help_text="A fictional reviewer from the demo content, never shown in production.",
            ),
        ),
        migrations.RunPython(flag_existing_demo_reviewers, migrations.RunPython.noop),
    ]

"""Drops the help-line columns from the safety settings once 0006 has copied them to the HelpLines
snippet."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("tx_portal", "0006_copy_help_lines_to_snippet"),
    ]

    operations = [
        migrations.RemoveField(
            model_name='safetysettings',
            name='crisis_line_name',
        ),
        migrations.RemoveField(
            model_name='safetysettings',
            name='crisis_line_number',
        ),
        migrations.RemoveField(
            model_name='safetysettings',
            name='emergency_number',
        ),
        migrations.RemoveField(
            model_name='safetysettings',
            name='helpline_hours',
        ),
        migrations.RemoveField(
            model_name='safetysettings',
            name='helpline_name',
        ),
        migrations.RemoveField(
            model_name='safetysettings',
            name='helpline_number',
        ),
        migrations.RemoveField(
            model_name='safetysettings',
            name='treatment_locator_url',
        ),
    ]

"""Drops the help-line columns from the safety settings once 0005 has copied them to the HelpLines
snippet. A separate migration because PostgreSQL refuses to ALTER a table with pending deferred
foreign-key checks from the data copy in the same transaction."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("tx_portal", "0005_help_lines_with_revisions"),
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

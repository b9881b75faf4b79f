"""Give every help lines record without a revision its first one, holding the numbers it has now.

The record was made by a data migration (0006), not through the editor, so it had no revision:
after the first edit History had nothing to compare with and the original numbers could not be
restored. Records that already have revisions are left alone."""

from django.db import migrations
from django.utils import timezone
from modelcluster.models import get_serializable_data_for_fields


def add_initial_revisions(apps, schema_editor):
    HelpLines = apps.get_model("tx_portal", "HelpLines")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="tx_portal", model="helplines")
    for help_lines in HelpLines.objects.filter(latest_revision__isnull=True):
        already = Revision.objects.filter(
            base_content_type=content_type, object_id=str(help_lines.pk)
        ).exists()
        if already:
            continue
        revision = Revision.objects.create(
            content_type=content_type,
            base_content_type=content_type,
            object_id=str(help_lines.pk),
            created_at=timezone.now(),
            object_str=f"{help_lines.helpline_name} {help_lines.helpline_number}; "
            f"{help_lines.crisis_line_name}",
            content=get_serializable_data_for_fields(help_lines),
        )
        HelpLines.objects.filter(pk=help_lines.pk).update(latest_revision=revision)


class Migration(migrations.Migration):
    dependencies = [
        ("tx_portal", "0008_reviewer_is_demo"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(add_initial_revisions, migrations.RunPython.noop)]

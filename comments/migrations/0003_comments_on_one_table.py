"""Comments on one table.

Until now a comment was three rows (django_comments.Comment -> django_comments_xtd.XtdComment ->
comments.PortalComment). This builds the one-table comments.PortalComment under a temporary name,
copies every comment into it with the same id (so the audit log, whose entries name the comment
by content type and id, and readers' links #comment-<id> keep working), points reports at it,
turns the library's flags into what this site records (a reader's "removal suggestion" becomes a
report, a moderator's approval or deletion a history line), deletes the three old rows, and gives
the new table the old name. The content type and the permissions of "comments.portalcomment"
stay as they were: nothing that refers to a comment needs to change.

Staff replies: xtd threads by thread_id/parent_id/level; a reply (level 1) gets `parent` = its
thread's root, a reader's comment (level 0) none.
"""

import hashlib

import django.db.models.deletion
from django.conf import settings
from django.core.management.color import no_style
from django.db import migrations, models

import comments.models  # noqa: F401  (the settings model's validator lives there)

BATCH = 500
COPIED_FIELDS = [
    "content_type_id",
    "object_pk",
    "site_id",
    "user_id",
    "user_name",
    "user_email",
    "user_url",
    "comment",
    "submit_date",
    "ip_address",
    "is_public",
    "is_removed",
    "page_id",
    "status",
    "held_reason",
    "urgent",
    "is_staff_reply",
    "idempotency_key",
    "moderated_at",
]
FLAG_ACTIONS = {"moderator approval": "comments.approve", "moderator deletion": "comments.remove"}


def flag_reporter_key(user_id):
    return hashlib.sha256(f"comment-flag-user:{user_id}".encode()).hexdigest()


def run_pending_constraint_checks(schema_editor):
    """PostgreSQL refuses to ALTER or DROP a table while checks of deferred foreign keys, queued
    by this transaction's row changes, are still pending ("pending trigger events"): run them now,
    then defer again."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        schema_editor.execute("SET CONSTRAINTS ALL DEFERRED")


def copy_comments(apps, schema_editor):
    OldComment = apps.get_model("comments", "PortalComment")
    NewComment = apps.get_model("comments", "OneTableComment")
    CommentReport = apps.get_model("comments", "CommentReport")
    CommentFlag = apps.get_model("django_comments", "CommentFlag")
    ContentType = apps.get_model("contenttypes", "ContentType")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    db = schema_editor.connection.alias

    batch = []
    for old in OldComment.objects.using(db).order_by("pk").iterator(chunk_size=BATCH):
        new = NewComment(pk=old.pk, **{name: getattr(old, name) for name in COPIED_FIELDS})
        if old.level > 0 and old.thread_id and old.thread_id != old.pk:
            new.parent_id = old.thread_id
        batch.append(new)
        if len(batch) >= BATCH:
            write_batch(NewComment, batch, db)
            batch = []
    write_batch(NewComment, batch, db)
    with schema_editor.connection.cursor() as cursor:
        for sql in schema_editor.connection.ops.sequence_reset_sql(no_style(), [NewComment]):
            cursor.execute(sql)

    CommentReport.objects.using(db).update(new_comment_id=models.F("comment_id"))

    copied = NewComment.objects.using(db).values_list("pk", flat=True)
    comment_type, _ = ContentType.objects.using(db).get_or_create(
        app_label="comments", model="portalcomment"
    )
    for flag in CommentFlag.objects.using(db).filter(comment_id__in=copied).order_by("pk"):
        if flag.flag == "removal suggestion":
            report, _ = CommentReport.objects.using(db).get_or_create(
                comment_id=flag.comment_id,
                new_comment_id=flag.comment_id,
                reporter_key=flag_reporter_key(flag.user_id)
            )
            # The flag's own date (auto_now_add stamped the migration's time).
            CommentReport.objects.using(db).filter(pk=report.pk).update(created_at=flag.flag_date)
        else:
            comment = NewComment.objects.using(db).get(pk=flag.comment_id)
            ModelLogEntry.objects.using(db).create(
                content_type=comment_type,
                object_id=str(flag.comment_id),
                label=comment.comment[:60],
                action=FLAG_ACTIONS.get(flag.flag, "comments.flag"),
                data={"flag": flag.flag},
                timestamp=flag.flag_date,
                user_id=flag.user_id,
            )
    run_pending_constraint_checks(schema_editor)


def write_batch(model, batch, db):
    if batch:
        model.objects.using(db).bulk_create(batch)


def delete_old_rows(apps, schema_editor):
    """The copied comments' rows in the library tables (and their flags), so no second copy of a
    reader's text, email or address is left where the IP purge does not look."""
    NewComment = apps.get_model("comments", "OneTableComment")
    OldBase = apps.get_model("django_comments", "Comment")
    db = schema_editor.connection.alias
    copied = list(NewComment.objects.using(db).values_list("pk", flat=True))
    for start in range(0, len(copied), BATCH):
        OldBase.objects.using(db).filter(pk__in=copied[start : start + BATCH]).delete()
    run_pending_constraint_checks(schema_editor)


def refuse_to_reverse(apps, schema_editor):
    NewComment = apps.get_model("comments", "OneTableComment")
    if NewComment.objects.using(schema_editor.connection.alias).exists():
        raise RuntimeError(
            "Comments on one table cannot be split back into django-comments-xtd's three tables: "
            "restore a backup taken before this migration instead."
        )


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0002_moderator_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("django_comments", "0004_add_object_pk_is_removed_index"),
        ("django_comments_xtd", "0008_auto_20200920_2037"),
        ("sites", "0002_alter_domain_unique"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="OneTableComment",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("object_pk", models.CharField(db_index=True, max_length=64, verbose_name="object ID")),
                ("user_name", models.CharField(blank=True, max_length=50, verbose_name="user's name")),
                ("user_email", models.EmailField(blank=True, max_length=254, verbose_name="user's email address")),
                ("user_url", models.URLField(blank=True, verbose_name="user's URL")),
                ("comment", models.TextField(max_length=3000, verbose_name="comment")),
                ("submit_date", models.DateTimeField(db_index=True, default=None, verbose_name="date/time submitted")),
                ("ip_address", models.GenericIPAddressField(blank=True, null=True, unpack_ipv4=True, verbose_name="IP address")),
                ("is_public", models.BooleanField(default=True, help_text="Uncheck this box to make the comment effectively disappear from the site.", verbose_name="is public")),
                ("is_removed", models.BooleanField(db_index=True, default=False, help_text='Check this box if the comment is inappropriate. A "This comment has been removed" message will be displayed instead.', verbose_name="is removed")),
                ("status", models.CharField(choices=[("pending", "Awaiting moderation"), ("approved", "Approved"), ("rejected", "Rejected"), ("spam", "Spam"), ("removed", "Removed")], default="pending", max_length=10)),
                ("held_reason", models.CharField(blank=True, max_length=255)),
                ("urgent", models.BooleanField(default=False, help_text="Crisis language: the reader may need help now.")),
                ("is_staff_reply", models.BooleanField(default=False)),
                ("idempotency_key", models.UUIDField(blank=True, editable=False, null=True, unique=True)),
                ("moderated_at", models.DateTimeField(blank=True, null=True)),
                ("content_type", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="content_type_set_for_%(class)s", to="contenttypes.contenttype", verbose_name="content type")),
                ("page", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="reader_comments_one_table", to="wagtailcore.page")),
                ("parent", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name="replies", to="comments.onetablecomment")),
                ("site", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to="sites.site")),
                ("user", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="%(class)s_comments", to=settings.AUTH_USER_MODEL, verbose_name="user")),
            ],
            options={
                "verbose_name": "comment",
                "verbose_name_plural": "comments",
                "ordering": ["-urgent", "submit_date"],
                "permissions": [("moderate_portalcomment", "Can moderate reader comments")],
            },
        ),
        migrations.AddField(
            model_name="commentreport",
            name="new_comment",
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.CASCADE, related_name="+", to="comments.onetablecomment"),
        ),
        migrations.RunPython(copy_comments, refuse_to_reverse),
        migrations.RemoveConstraint(model_name="commentreport", name="comments_one_report_per_reader"),
        migrations.RemoveField(model_name="commentreport", name="comment"),
        migrations.RunPython(delete_old_rows, migrations.RunPython.noop),
        migrations.DeleteModel(name="PortalComment"),
        migrations.RenameModel(old_name="OneTableComment", new_name="PortalComment"),
        migrations.RenameField(model_name="commentreport", old_name="new_comment", new_name="comment"),
        migrations.AlterField(
            model_name="commentreport",
            name="comment",
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="reports", to="comments.portalcomment"),
        ),
        migrations.AlterField(
            model_name="portalcomment",
            name="page",
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="reader_comments", to="wagtailcore.page"),
        ),
        migrations.AddConstraint(
            model_name="commentreport",
            constraint=models.UniqueConstraint(fields=("comment", "reporter_key"), name="comments_one_report_per_reader"),
        ),
        migrations.AddIndex(
            model_name="portalcomment",
            index=models.Index(fields=["page", "status"], name="comments_page_status"),
        ),
    ]

"""Moving comments from django-comments-xtd's three tables to one loses nothing.

The database is taken back to the schema before the move, filled with comments of every status,
a staff reply, reports, history lines and the library's flags, and migrated forward again.
"""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = [("comments", "0002_moderator_permissions")]
AFTER = [("comments", "0003_comments_on_one_table")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return MigrationExecutor(connection).loader.project_state(targets).apps


@pytest.fixture
def old_apps():
    apps = migrate(BEFORE)
    yield apps
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def old_comment(apps, page, number, **fields):
    Comment = apps.get_model("comments", "PortalComment")
    ContentType = apps.get_model("contenttypes", "ContentType")
    page_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    values = {
        "content_type": page_type,
        "object_pk": str(page.pk),
        "site_id": 1,
        "user_name": f"Reader {number}",
        "user_email": f"reader{number}@reader.example",
        "comment": f"Comment number {number}",
        "submit_date": timezone.now() - datetime.timedelta(days=number),
        "ip_address": f"192.0.2.{number}",
        "page_id": page.pk,
        "thread_id": 0,
        "parent_id": 0,
        "level": 0,
        "order": 1,
        "idempotency_key": f"00000000-0000-4000-8000-{number:012d}",
        **fields,
    }
    comment = Comment.objects.create(**values)
    if not values["level"]:  # xtd's own threading: a reader's comment is its thread's root
        Comment.objects.filter(pk=comment.pk).update(thread_id=comment.pk, parent_id=comment.pk)
    return comment


def test_every_comment_reply_report_log_entry_and_flag_survives_the_move(
    old_apps, django_user_model
):
    apps = old_apps
    Page = apps.get_model("wagtailcore", "Page")
    User = apps.get_model(*django_user_model._meta.label.split("."))
    ContentType = apps.get_model("contenttypes", "ContentType")
    LogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    Report = apps.get_model("comments", "CommentReport")
    Flag = apps.get_model("django_comments", "CommentFlag")
    page = Page.objects.filter(depth=2).first()
    moderator = User.objects.create(username="mona", email="mona@staff.example")
    comment_type, _ = ContentType.objects.get_or_create(app_label="comments", model="portalcomment")

    statuses = ["pending", "approved", "rejected", "spam", "removed"]
    comments = {
        status: old_comment(
            apps,
            page,
            number,
            status=status,
            is_public=status == "approved",
            is_removed=status == "removed",
            held_reason=f"Rule for {status}",
            urgent=status == "pending",
            moderated_at=None if status == "pending" else timezone.now(),
        )
        for number, status in enumerate(statuses, start=1)
    }
    approved = comments["approved"]
    reply = old_comment(
        apps,
        page,
        9,
        status="approved",
        is_public=True,
        is_staff_reply=True,
        user_id=moderator.pk,
        thread_id=approved.pk,
        parent_id=approved.pk,
        level=1,
        order=2,
        ip_address=None,
    )
    Report.objects.create(comment_id=approved.pk, reporter_key="a" * 64)
    for comment in comments.values():
        LogEntry.objects.create(
            content_type=comment_type,
            object_id=str(comment.pk),
            label=comment.comment,
            action="comments.receive",
            data={"status": comment.status},
            timestamp=timezone.now(),
        )
    flagged_at = timezone.now() - datetime.timedelta(hours=5)
    Flag.objects.create(
        user=moderator, comment_id=approved.pk, flag="removal suggestion", flag_date=flagged_at
    )
    Flag.objects.create(
        user=moderator, comment_id=approved.pk, flag="moderator approval", flag_date=flagged_at
    )
    before = {
        row["pk"]: row
        for row in apps.get_model("comments", "PortalComment").objects.values(
            "pk",
            "comment",
            "status",
            "held_reason",
            "urgent",
            "is_staff_reply",
            "ip_address",
            "user_email",
            "user_name",
            "submit_date",
            "idempotency_key",
            "moderated_at",
            "is_public",
            "is_removed",
            "page_id",
            "user_id",
        )
    }

    apps = migrate(AFTER)
    Comment = apps.get_model("comments", "PortalComment")
    after = {row["pk"]: row for row in Comment.objects.values(*next(iter(before.values())))}
    assert after == before, "every comment keeps its id and every field"
    assert Comment.objects.get(pk=reply.pk).parent_id == approved.pk
    assert Comment.objects.filter(parent__isnull=False).count() == 1
    assert Comment.objects.filter(page_id=page.pk, status="approved", parent=None).count() == 1

    reports = apps.get_model("comments", "CommentReport").objects.filter(comment_id=approved.pk)
    assert reports.count() == 2, "the report, and the reader's flag turned into a report"
    assert flagged_at in set(reports.values_list("created_at", flat=True))
    log = apps.get_model("wagtailcore", "ModelLogEntry").objects.filter(
        content_type__app_label="comments", content_type__model="portalcomment"
    )
    assert log.filter(action="comments.receive").count() == len(statuses)
    assert log.filter(action="comments.approve", user_id=moderator.pk).count() == 1
    assert ContentType.objects.filter(app_label="comments", model="portalcomment").get().pk == (
        comment_type.pk
    ), "history lines still name the same content type"

    # The library's tables keep no second copy of readers' text, email or address.
    assert apps.get_model("django_comments", "Comment").objects.count() == 0
    assert apps.get_model("django_comments", "CommentFlag").objects.count() == 0
    # New comments get new ids after the copied ones.
    new = Comment.objects.create(
        content_type_id=approved.content_type_id,
        object_pk=str(page.pk),
        page_id=page.pk,
        site_id=1,
        comment="After the move",
        submit_date=timezone.now(),
    )
    assert new.pk > max(before)

"""IP addresses are removed after the retention period; demo content has comments."""

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from comments.models import CommentStatus, PortalComment
from demo.comments import add_demo_comments

from .conftest import make_comment

pytestmark = pytest.mark.django_db


def purge(*args):
    out = StringIO()
    call_command("purge_comment_ips", *args, stdout=out)
    return out.getvalue()


def aged(page, days, ip="10.0.0.1"):
    return make_comment(
        page,
        f"{days} days old",
        ip_address=ip,
        submit_date=timezone.now() - datetime.timedelta(days=days),
    )


def test_addresses_older_than_the_setting_are_removed(medication, rules):
    old, recent = aged(medication, 31), aged(medication, 29)
    assert "Removed the IP address from 1 comment(s) older than 30 days;" in purge()
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.ip_address, recent.ip_address) == (None, "10.0.0.1")
    assert old.comment == "31 days old", "the comment itself stays"


def test_retention_follows_the_setting_and_the_option(medication, rules):
    comment = aged(medication, 10)
    rules.ip_retention_days = 7
    rules.save()
    purge("--days", "14")
    comment.refresh_from_db()
    assert comment.ip_address == "10.0.0.1"
    purge()
    comment.refresh_from_db()
    assert comment.ip_address is None


@pytest.mark.parametrize(("value", "message"), [("soon", "whole number"), ("0", "1 or more")])
def test_bad_days_are_refused_politely(medication, value, message):
    comment = aged(medication, 100)
    with pytest.raises(CommandError, match=message):
        purge("--days", value)
    comment.refresh_from_db()
    assert comment.ip_address == "10.0.0.1"


def test_demo_comments_are_added_once(home):
    from demo.loader import load_demo_content

    load_demo_content()
    out = StringIO()
    assert add_demo_comments(stdout=out) == 6
    assert "Comments: 6 added." in out.getvalue()
    assert add_demo_comments() == 0
    assert PortalComment.objects.count() == 6

    buprenorphine = PortalComment.objects.filter(page__slug="buprenorphine")
    assert buprenorphine.filter(status=CommentStatus.APPROVED).count() == 3
    reply = buprenorphine.get(is_staff_reply=True)
    assert reply.level == 1 and reply.parent_id != reply.pk
    methadone = PortalComment.objects.filter(page__slug="methadone")
    assert methadone.filter(status=CommentStatus.PENDING).count() == 2
    assert methadone.filter(urgent=True).count() == 1


def test_demo_comments_need_the_demo_pages(home):
    out = StringIO()
    assert add_demo_comments(stdout=out) == 0
    assert "none added" in out.getvalue()


def test_load_demo_content_command_adds_the_comments(home, client):
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    call_command("load_demo_content", stdout=out)
    assert PortalComment.objects.count() == 6
    page = PortalComment.objects.filter(page__slug="buprenorphine").first().page
    html = client.get(page.url).content.decode()
    assert "Two years on the film now." in html
    assert "From the site’s team" in html


def test_old_reports_are_unlinked_from_their_readers_address_in_one_statement(
    medication, rules, django_assert_max_num_queries
):
    from comments.models import CommentReport

    comment = aged(medication, 40)
    old = [
        CommentReport.objects.create(
            comment=comment, reporter_key=f"reader-{n}", network_key=f"network-{n % 3}"
        )
        for n in range(30)
    ]
    CommentReport.objects.filter(pk__in=[report.pk for report in old]).update(
        created_at=timezone.now() - datetime.timedelta(days=31)
    )
    recent = CommentReport.objects.create(comment=comment, reporter_key="r", network_key="n")
    # Settings, the comments' addresses, the reports, the old rate-limit counts: not one per report.
    with django_assert_max_num_queries(6):
        output = purge()
    assert "unlinked 30 report(s)" in output
    keys = set(CommentReport.objects.exclude(pk=recent.pk).values_list("reporter_key", flat=True))
    assert len(keys) == 30 and all(key.startswith("purged:") for key in keys)
    recent.refresh_from_db()
    assert (recent.reporter_key, recent.network_key) == ("r", "n")
    assert comment.reports.filter(counted=True).count() == 31, "each still counts as one report"
    assert "unlinked 0 report(s)" in purge(), "a second run changes nothing"

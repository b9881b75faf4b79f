from django.core.management.base import BaseCommand
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from comments.models import CommentReport, CommentSettings, PortalComment, RateLimitCount
from comments.rate_limit import current_minute
from tx_portal.command_arguments import whole_days


class Command(BaseCommand):
    help = (
        "Remove the IP address from comments older than the retention period (the comment "
        "settings' 'IP retention days', 30 by default). Run it daily, for example from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=whole_days(minimum=1),
            help="Keep addresses this many days instead of the setting (a whole number, 1 or "
            "more).",
        )

    def handle(self, *args, days=None, **options):
        if days is None:
            days = CommentSettings.load().ip_retention_days
        cutoff = timezone.now() - timezone.timedelta(days=days)
        removed = PortalComment.objects.filter(
            submit_date__lt=cutoff, ip_address__isnull=False
        ).update(ip_address=None)
        # Reports name their reader by keyed hashes of the address: after the same period they
        # are unlinked from it, in one statement (each keeps a key of its own, "purged:<id>", so
        # it still counts as one reader's report).
        unlinked_key = Concat(Value("purged:"), Cast("pk", output_field=CharField()))
        unlinked = (
            CommentReport.objects.filter(created_at__lt=cutoff)
            .exclude(network_key__startswith="purged:")
            .update(reporter_key=unlinked_key, network_key=unlinked_key)
        )
        RateLimitCount.objects.filter(minute__lt=current_minute() - 1).delete()
        self.stdout.write(
            f"Removed the IP address from {removed} comment(s) older than {days} days; "
            f"unlinked {unlinked} report(s) from their reader's address."
        )

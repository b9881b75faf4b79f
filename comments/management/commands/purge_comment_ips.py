from django.core.management.base import BaseCommand
from django.utils import timezone

from comments.models import CommentSettings, PortalComment
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
        self.stdout.write(
            f"Removed the IP address from {removed} comment(s) older than {days} days."
        )

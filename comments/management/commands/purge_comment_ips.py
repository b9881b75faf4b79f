from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from comments.models import CommentSettings, PortalComment


class Command(BaseCommand):
    help = (
        "Remove the IP address from comments older than the retention period (the comment "
        "settings' 'IP retention days', 30 by default). Run it daily, for example from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            help="Keep addresses this many days instead of the setting (a whole number, 1 or "
            "more).",
        )

    def handle(self, *args, days=None, **options):
        if days is None:
            days = CommentSettings.load().ip_retention_days
        else:
            try:
                days = int(days)
            except ValueError:
                raise CommandError(
                    f"--days must be a whole number of days, not “{days}”."
                ) from None
            if days < 1:
                raise CommandError("--days must be 1 or more.")
        cutoff = timezone.now() - timezone.timedelta(days=days)
        removed = PortalComment.objects.filter(
            submit_date__lt=cutoff, ip_address__isnull=False
        ).update(ip_address=None)
        self.stdout.write(
            f"Removed the IP address from {removed} comment(s) older than {days} days."
        )

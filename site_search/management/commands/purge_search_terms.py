from django.core.management.base import BaseCommand

from site_search.search_terms import RETENTION_DAYS, purge


class Command(BaseCommand):
    help = f"Forget the daily counts of search terms older than {RETENTION_DAYS} days."

    def handle(self, *args, **options):
        removed = purge()
        self.stdout.write(
            f"{removed} days of search-term counts older than the retention period removed."
        )

from django.core.management.base import BaseCommand

from answers.unanswered import purge


class Command(BaseCommand):
    help = "Forget questions without a good answer last asked more than 90 days ago."

    def handle(self, *args, **options):
        removed = purge()
        self.stdout.write(f"{removed} questions older than the retention period removed.")

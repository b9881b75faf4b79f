from django.core.management.base import BaseCommand

from answers.passages import rebuild_all


class Command(BaseCommand):
    help = "Rebuild the Ask a question passages of every published health page."

    def handle(self, *args, **options):
        count = rebuild_all()
        self.stdout.write(f"{count} passages from the published health pages.")

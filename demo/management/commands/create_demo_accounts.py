from django.core.management.base import BaseCommand, CommandError

from demo.loader import DemoContentError
from demo.staff_accounts import admin_url, create_demo_accounts


class Command(BaseCommand):
    help = (
        "Development only: create or reset the demo staff accounts (admin, editor, moderator, "
        "reviewer) with fixed passwords, and print them. Refused unless "
        "settings.DEMO_ACCOUNTS_ALLOWED is True."
    )

    def handle(self, *args, **options):
        try:
            results = create_demo_accounts()
        except DemoContentError as error:
            raise CommandError(str(error)) from error
        rows = [("Role", "Username", "Password", "Account")]
        rows += [(a["role"], a["username"], a["password"], status) for a, status in results]
        rows.insert(1, tuple("-" * len(cell) for cell in rows[0]))
        widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
        for row in rows:
            cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
            self.stdout.write("  ".join(cells).rstrip())
        self.stdout.write(f"\nSign in at {admin_url()}")
        self.stdout.write(
            self.style.WARNING(
                "These passwords are public: never create these accounts on a server others "
                "can reach."
            )
        )

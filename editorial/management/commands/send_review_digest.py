"""Email the clinical reviewers the pages whose review is due. Meant for a weekly cron job."""

import logging

from django.core.management.base import BaseCommand, CommandError

from editorial.review_digest import digest_message, digest_recipients
from editorial.reviews_due import DUE_WITHIN_DAYS, reviews_due
from tx_portal.command_arguments import whole_days

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Email every active member of the Clinical reviewers group the published health pages "
        f"whose review is overdue or due within {DUE_WITHIN_DAYS} days (or --days)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=whole_days(minimum=0, maximum=366),
            default=DUE_WITHIN_DAYS,
            help=f"Pages due within this many days (0 to 366, {DUE_WITHIN_DAYS} by default).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Print the email instead of sending it."
        )

    def handle(self, *args, days, dry_run, **options):
        within_days = days
        reviews = reviews_due(within_days=within_days)
        if not reviews:
            self.stdout.write(f"No review is due within {within_days} days: no email sent.")
            return
        recipients = digest_recipients()
        if not recipients:
            raise CommandError(
                f"{len(reviews)} reviews are due but no active clinical reviewer has an email "
                "address: nobody was told. Add email addresses to their accounts."
            )
        failed = []
        for recipient in recipients:
            message = digest_message(reviews, within_days, recipient)
            if dry_run:
                self.stdout.write(f"To: {recipient}\nSubject: {message.subject}\n\n{message.body}")
                continue
            try:
                message.send()
            except Exception as error:  # Any mail failure (SMTP, DNS, refused): log, go on.
                logger.exception("Could not send the review digest to %s", recipient)
                failed.append(f"{recipient} ({error.__class__.__name__}: {error})")
        sent = len(recipients) - len(failed)
        if failed:
            raise CommandError(
                f"The review digest could not be sent to {len(failed)} of {len(recipients)} "
                f"reviewers: {'; '.join(failed)}. Check the mail settings (EMAIL_HOST, "
                "EMAIL_PORT) and run the command again; nothing else was changed."
            )
        verb = "Would send" if dry_run else "Sent"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} the review digest ({len(reviews)} pages) to {sent} reviewers."
            )
        )

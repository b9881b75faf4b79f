import logging
from contextlib import contextmanager

from django.core.management.base import BaseCommand, CommandError

from demo.comments import add_demo_comments
from demo.loader import DemoContentError, load_demo_content


class Command(BaseCommand):
    help = (
        "Load the demo content (sections, medications, therapies, withdrawal phases, articles, "
        "reviewers, emergency guidance and a few comments) under the home page. Safe to run "
        "again: existing pages and snippets are left alone unless --overwrite is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--overwrite",
            action="store_true",
            help="Update existing demo pages and snippets from the data (a new, published "
            "revision for each page that differs). Staff edits to them are lost.",
        )

    def handle(self, *args, overwrite=False, verbosity=1, **options):
        try:
            with quiet_wagtail_log(verbosity < 2):
                report = load_demo_content(overwrite=overwrite)
        except DemoContentError as error:
            raise CommandError(str(error)) from error
        for line in report.lines():
            self.stdout.write(line)
        add_demo_comments(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))


@contextmanager
def quiet_wagtail_log(quiet):
    """Wagtail logs every page created, edited and published; the report says it in 8 lines."""
    logger = logging.getLogger("wagtail")
    level = logger.level
    if quiet:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)

"""Time the search page, through the whole Django stack, for ordinary and hostile queries.

Prints figures; asserts nothing (speed targets live here, not in timed tests). Run it against a
database with content, for example after `load_demo_content`:

    manage.py benchmark_search --runs 5
"""

import statistics
import time

from django.core.management.base import BaseCommand, CommandError
from django.test import Client
from django.urls import reverse
from wagtail.models import Site

OPERATORS = "\" AND OR NOT NEAR( * - + ( ) : ^ live:false ' "

INPUTS = {
    "one word (methadone)": "methadone",
    "synonym in a phrase (bupe side effects)": "bupe side effects",
    "no results (xyzzy)": "xyzzy",
    "empty": "",
    "2,000 words": " ".join(f"word{n}" for n in range(2000)),
    "20 KB of quotes": '"' * 20_000,
    "20 KB of operators": (OPERATORS * (20_000 // len(OPERATORS) + 1))[:20_000],
}


class Command(BaseCommand):
    help = "Time the search page for ordinary and hostile queries (prints milliseconds)."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=5, help="Requests per query (at least 1).")

    def handle(self, *args, runs=5, **options):
        if runs < 1:
            raise CommandError("--runs must be 1 or more.")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default site: run `manage.py migrate` first.")
        client = Client(HTTP_HOST=site.hostname)
        url = reverse("search")
        client.get(url, {"q": "warm up"})
        self.stdout.write(f"{'query':<42} {'status':>6} {'median ms':>10} {'max ms':>8}")
        for name, query in INPUTS.items():
            timings, status = [], None
            for _ in range(runs):
                start = time.perf_counter()
                response = client.get(url, {"q": query})
                timings.append((time.perf_counter() - start) * 1000)
                status = response.status_code
            self.stdout.write(
                f"{name:<42} {status:>6} {statistics.median(timings):>10.1f} {max(timings):>8.1f}"
            )

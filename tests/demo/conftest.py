"""The demo content, loaded once per test module (it takes seconds) and rolled back after it."""

import html
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.utils.html import strip_tags
from wagtail.models import Page

OVERDOSE_CARD = "/overdose-card/"


def readable_text(markup):
    """What a reader sees of a page's HTML: tags removed, entities decoded, spaces collapsed."""
    return re.sub(r"\s+", " ", html.unescape(strip_tags(markup))).strip()


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """Load the demo content once for the module; every test runs inside the outer transaction
    (its own `db` transaction is a savepoint), and the module's end rolls it all back."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("load_demo_content", stdout=StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture(scope="module")
def rendered_pages(demo_site, django_db_blocker):
    """{url: (status, html)} of every live page and the overdose card, fetched as a reader."""
    client = Client()
    with django_db_blocker.unblock():
        urls = [page.url for page in Page.objects.live().filter(depth__gte=2).specific()]
        return {url: _fetch(client, url) for url in [*urls, OVERDOSE_CARD]}


def _fetch(client, url):
    response = client.get(url)
    return response.status_code, response.content.decode()


@pytest.fixture
def page_text(rendered_pages):
    """The readable text of one rendered page, by URL; fails plainly on a missing page."""

    def text(url):
        assert url in rendered_pages, f"no live page at {url}"
        status, markup = rendered_pages[url]
        assert status == 200, f"{url} answered {status}"
        return readable_text(markup)

    return text

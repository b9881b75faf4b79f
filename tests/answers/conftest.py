from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="package")
def demo_site(django_db_setup, django_db_blocker):
    """The demo content, loaded once for these tests (its pages publish, which builds their
    passages), inside a transaction rolled back when the last of them has run; each test's
    own changes are rolled back after it (the `db` fixture)."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", stdout=StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_site, db):
    return demo_site

import pytest
from django.db import transaction

from tx_portal.models import HomePage

from .stored_payloads import store_everything


@pytest.fixture(scope="module")
def stored_payloads(django_db_setup, django_db_blocker, django_user_model):
    """Every payload stored once for the whole module (through the admin and the comment form,
    about a hundred requests), inside a transaction rolled back when the module is done. Each
    test's own transaction nests inside it, so tests still cannot see each other's changes."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield store_everything(HomePage.objects.get(), django_user_model)
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture(scope="module")
def django_user_model():
    from django.contrib.auth import get_user_model

    return get_user_model()

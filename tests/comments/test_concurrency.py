"""The same form sent many times at once (double click, retry, two tabs) stores one comment."""

import threading

import pytest
from django.db import connection, connections
from django.test import Client

from comments.models import PortalComment

from .conftest import form_data, post_url

# Real commits (threads cannot see each other's uncommitted rows); serialized_rollback brings back
# the home page and groups that the migrations created, which the flush between tests removes.
pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs real concurrent transactions: run with DATABASE_URL=postgres://... "
        "(SQLite's test database serialises writers, so this race cannot happen there)",
    ),
]

SENDERS = 8


def test_simultaneous_identical_posts_store_one_comment(medication):
    data = form_data(medication, comment="Sent from a shaky double click")
    url = post_url(medication)
    start = threading.Barrier(SENDERS)
    statuses, errors = [], []

    def send():
        try:
            start.wait()
            statuses.append(Client().post(url, data).status_code)
        except Exception as error:  # reported below, with the thread's error
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=send) for _ in range(SENDERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert statuses == [302] * SENDERS
    assert PortalComment.objects.filter(comment="Sent from a shaky double click").count() == 1

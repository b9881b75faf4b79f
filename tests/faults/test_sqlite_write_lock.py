"""SQLite with another connection holding the write lock: comments wait for it and are all stored
once; held past the busy timeout, the reader gets a polite 503 that keeps their text, nothing is
half-saved, and sending it again stores it once.

SQLite only (the production database is PostgreSQL; SQLite is for small sites and development).
The app server uses a file copy of the test database, in WAL mode as the app leaves it.
"""

import re
import sqlite3
import time
from html import unescape

import pytest
import requests
from django.db import connection

from bench import comment_load
from tests.faults.conftest import comment_form, load_figures, post_timed, record_figures

pytestmark = [
    pytest.mark.faults,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

HELD_SECONDS = 5  # well under the app's 25 s busy timeout
LOAD_SECONDS = 10
READERS = 8


@pytest.fixture(autouse=True)
def _sqlite_only():
    if connection.vendor != "sqlite":
        pytest.skip("SQLite write-lock test: the test database is not SQLite")


class WriteLock:
    """Another process's writer: BEGIN IMMEDIATE on the same file, held until released."""

    def __init__(self, path):
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")
        self.taken = time.monotonic()
        return self

    def __exit__(self, *exc_info):
        self.db.execute("COMMIT")
        self.released = time.monotonic()
        self.db.close()


def test_comments_wait_for_a_held_write_lock_and_none_is_lost(start_app, medication):
    server, database = start_app(workers=2)
    held = {}

    def hold_the_lock():
        time.sleep(2)
        with WriteLock(database.sqlite_path) as lock:
            time.sleep(HELD_SECONDS)
        held.update(taken=lock.taken, released=lock.released)

    run_id, load = comment_load.run(
        server.url,
        medication.url,
        readers=READERS,
        seconds=LOAD_SECONDS,
        timeout=60,
        during=hold_the_lock,
    )
    stored = database.stored_markers(run_id)
    figures = load_figures(load, stored, held["taken"], held["released"])
    record_figures("sqlite_write_lock", {"lock held seconds": HELD_SECONDS, **figures})

    assert figures["comments acknowledged"] > 0
    assert figures["lost (acknowledged, not stored)"] == 0
    assert figures["duplicated (stored more than once)"] == 0
    assert figures["error responses by status"] == {}, "every request waited and succeeded"
    assert figures["acknowledged requests in flight during the fault"] > 0, (
        "some comments were sent while the lock was held (and waited for it)"
    )


TEXTAREA = re.compile(r'<textarea name="comment"[^>]*>(.*?)</textarea>', re.S)


def test_a_lock_held_past_the_busy_timeout_gets_a_polite_503_and_nothing_half_saved(
    start_app, medication
):
    server, database = start_app(workers=1, SQLITE_BUSY_TIMEOUT="1")
    reader = requests.Session()
    action, fields = comment_form(reader, server.url + medication.url)
    text = 'Does this "work" <b>for</b> me? bench-lock-retry'
    typed = {"name": "Sam", "email": "sam@example.org", "comment": text}
    before = database.table_counts()

    with WriteLock(database.sqlite_path):
        refused, refused_seconds = post_timed(reader, server.url + action, {**fields, **typed})
        during = database.table_counts()

    kept = TEXTAREA.search(refused.text)
    resend_action, resend_fields = comment_load.form_fields(refused.text)
    resent, resent_seconds = post_timed(
        reader,
        server.url + resend_action,
        {**resend_fields, **typed, "comment": unescape(kept.group(1))},
    )
    record_figures(
        "sqlite_lock_past_busy_timeout",
        {
            "busy timeout seconds": 1,
            "status while locked": refused.status_code,
            "Retry-After": refused.headers.get("Retry-After"),
            "seconds to answer while locked": refused_seconds,
            "rows added while locked (per table)": {
                table: during[table] - before[table] for table in before
            },
            "status of the resent comment": resent.status_code,
            "seconds to answer the resend": resent_seconds,
            "stored": sum(database.stored_markers("lock").values()),
        },
    )
    assert refused.status_code == 503
    assert refused.headers.get("Retry-After")
    assert "Please try again" in refused.text
    assert kept and unescape(kept.group(1)) == text, "the reader's text is kept on the 503 page"
    assert "<b>for</b>" not in refused.text, "the kept text is escaped"
    assert during == before, "nothing of the refused comment was saved"
    assert resent.status_code == 302, "the kept form sends the comment once the lock is gone"
    assert database.stored_markers("lock") == {"bench-lock-retry": 1}

"""A mail server that accepts connections and never answers: the comment is stored, the reader is
answered within the mail timeout plus a second (the email is sent after the response, by the
production task worker), and the failed email is logged."""

import time

import pytest
import requests

from tests.comments.broken_mail import SilentMailServer
from tests.faults.conftest import comment_form, post_timed, record_figures

pytestmark = [
    pytest.mark.faults,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

EMAIL_TIMEOUT = 2
COMMENTS = 2


def test_a_silent_mail_server_neither_loses_the_comment_nor_holds_the_reader(start_app, medication):
    with SilentMailServer() as mail_server:
        server, database = start_app(
            workers=1,
            task_worker=True,
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(mail_server.port),
            EMAIL_TIMEOUT=str(EMAIL_TIMEOUT),
        )
        statuses, seconds = [], []
        for number in range(COMMENTS):
            reader = requests.Session()
            action, fields = comment_form(reader, server.url + medication.url)
            response, elapsed = post_timed(
                reader,
                server.url + action,
                {
                    **fields,
                    "name": "Sam",
                    "email": "sam@example.org",
                    "comment": f"Thank you. bench-mail-{number}",
                },
            )
            statuses.append(response.status_code)
            seconds.append(elapsed)
        # The worker tries each email in turn, each for EMAIL_TIMEOUT.
        deadline = time.monotonic() + COMMENTS * (EMAIL_TIMEOUT + 1) + 10
        while time.monotonic() < deadline:
            if server.log().count("Could not email moderators") >= COMMENTS:
                break
            time.sleep(0.2)
        connections = len(mail_server.accepted)

    stored = database.stored_markers("mail")
    log = server.log()
    record_figures(
        "mail_black_hole",
        {
            "EMAIL_TIMEOUT seconds": EMAIL_TIMEOUT,
            "comments posted": COMMENTS,
            "statuses": statuses,
            "seconds per comment post": seconds,
            "limit seconds (timeout + 1)": EMAIL_TIMEOUT + 1,
            "mail connections accepted (and never answered)": connections,
            "comments stored": sum(stored.values()),
            "failed email logged": log.count("Could not email moderators"),
        },
    )
    assert statuses == [302] * COMMENTS, "the reader is sent back to the page, comment accepted"
    assert stored == {f"bench-mail-{number}": 1 for number in range(COMMENTS)}, stored
    assert connections >= COMMENTS, "the app tried to email the moderators through the black hole"
    assert max(seconds) <= EMAIL_TIMEOUT + 1, f"a reader waited {max(seconds)} s for the mail"
    assert log.count("Could not email moderators") == COMMENTS, "each failed email is logged"

"""Redis (cache, rate limits) stops answering, then disappears: readers still get
pages and can still comment, the outage is logged, and no request hangs on it.

The app uses a Redis of the test's own (the shared one is never touched): first it is frozen
(SIGSTOP: connections open but nothing answers, so every call waits for the socket timeout),
then killed (connections refused).
"""

import signal

import pytest
import requests

from tests.faults.conftest import comment_form, get_timed, post_timed, record_figures

pytestmark = [
    pytest.mark.faults,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PAGES = {
    "home": "/",
    "medication": "/medications/buprenorphine/",
    "search": "/search/?q=buprenorphine",
}
# "Does not hang": a request may wait for one 0.25 s socket timeout (the cache then skips Redis
# for a while), not for one per cache call (a dozen on a page: about 3 s).
HANGING_SECONDS = 2.5


def test_pages_and_comments_work_while_redis_is_frozen_and_then_gone(
    start_app, private_redis, medication
):
    server, database = start_app(workers=2, REDIS_URL=private_redis.url)
    for path in [*PAGES.values(), PAGES["medication"]]:
        assert requests.get(server.url + path, timeout=10).status_code == 200

    timings, statuses = {}, {}
    for phase, fault in (("frozen", signal.SIGSTOP), ("gone", signal.SIGKILL)):
        private_redis.send_signal(fault)
        if fault == signal.SIGKILL:
            private_redis.wait()
        reader = requests.Session()  # a new reader
        for name, path in PAGES.items():
            response, seconds = get_timed(reader, server.url + path)
            timings[f"{phase}: GET {name}"], statuses[f"{phase}: GET {name}"] = (
                seconds,
                (response.status_code),
            )
        action, fields = comment_form(reader, server.url + PAGES["medication"])
        marker = f"bench-redis-{phase}"
        response, seconds = post_timed(
            reader,
            server.url + action,
            {**fields, "name": "Sam", "email": "sam@example.org", "comment": f"Thanks. {marker}"},
        )
        timings[f"{phase}: POST comment"], statuses[f"{phase}: POST comment"] = (
            seconds,
            (response.status_code),
        )

    stored = database.stored_markers("redis")
    log = server.log()
    record_figures(
        "redis_down",
        {
            "status by request": statuses,
            "seconds by request": timings,
            "comments stored (of 2 sent)": sum(stored.values()),
            "cache outage logged": "cache unavailable" in log,
        },
    )
    failed = {request: status for request, status in statuses.items() if status not in (200, 302)}
    assert not failed, f"requests failed without Redis: {failed}"
    assert statuses["frozen: POST comment"] == statuses["gone: POST comment"] == 302
    assert stored == {"bench-redis-frozen": 1, "bench-redis-gone": 1}, stored
    slow = {request: seconds for request, seconds in timings.items() if seconds > HANGING_SECONDS}
    assert not slow, f"requests hung on the missing Redis: {slow}"
    assert "cache unavailable" in log, "the cache outage is logged"

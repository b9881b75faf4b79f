"""Comment submission under load: many readers post at once; every acknowledged comment must be
stored exactly once.

Each simulated reader is a separate HTTP session: it loads the page once (from the page cache, so
readers share the same rendered form) and then posts its comments with that form, each with a
random key of its own as the form's script would add in a browser (the same key for a double click
and for a retry): the stored key is scoped to that key and the text. This
measures the submission path, not page rendering. A 302 back to the page is an acknowledgement.
Every fifth comment is posted twice (a double click), which must store one comment.

The fault tests (tests/faults) run it for a fixed time while they break something, with readers
that send a comment again after an error, and read every attempt's status and timing.
"""

import html
import re
import threading
import time
import uuid
from dataclasses import dataclass, field

import requests

HIDDEN_INPUT = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')
FORM = re.compile(r'<form class="comment-form" method="post" action="([^"]+)"(.*?)</form>', re.S)


@dataclass
class Attempt:
    """One POST of a comment form, as the reader's browser saw it."""

    marker: str
    started: float  # time.monotonic() when it was sent
    seconds: float
    status: int | None  # None: no response at all (connection refused, reset, timed out)
    error: str = ""  # the exception's name when there was no response
    retry_after: str | None = None
    polite: bool = False  # a 503 "please try again" page rather than a bare error

    @property
    def acknowledged(self):
        return self.status == 302


@dataclass
class LoadResult:
    acknowledged: list = field(default_factory=list)  # the marker text of each acknowledged post
    refused: int = 0
    errors: int = 0
    seconds: float = 0.0
    attempts: list = field(default_factory=list)  # every POST (Attempt), faults tests read them

    @property
    def rate(self):
        return len(self.acknowledged) / self.seconds if self.seconds else 0.0


def form_fields(page_html):
    match = FORM.search(page_html)
    if not match:
        raise RuntimeError("no comment form on the page")
    action, body = match.groups()
    return html.unescape(action), {
        name: html.unescape(value) for name, value in HIDDEN_INPUT.findall(body)
    }


def load_form(session, url, timeout, stop):
    """The page's comment form; until `stop` is set (if given), a failed load is tried again."""
    while True:
        try:
            return form_fields(session.get(url, timeout=timeout).text)
        except (requests.RequestException, RuntimeError):
            if stop is None or stop.is_set():
                raise
            time.sleep(0.2)


def send(session, url, data, timeout, marker):
    started = time.monotonic()
    try:
        response = session.post(url, data=data, allow_redirects=False, timeout=timeout)
    except requests.RequestException as error:
        return Attempt(marker, started, time.monotonic() - started, None, type(error).__name__)
    return Attempt(
        marker,
        started,
        time.monotonic() - started,
        response.status_code,
        retry_after=response.headers.get("Retry-After"),
        polite=response.status_code == 503 and "try again" in response.text.lower(),
    )


def reader(
    base_url,
    page_path,
    posts,
    double_click_every,
    result,
    lock,
    run_id,
    reader_no,
    stop=None,
    timeout=10,
    retries=0,
    retry_pause=0.5,
):
    """Posts `posts` comments (or, with posts=None, comments until the event `stop` is set).

    A post that gets no acknowledgement is sent again with the same form up to `retries` times,
    as a reader would after a "please try again" page: the idempotency key must keep that from
    storing the comment twice."""
    session = requests.Session()
    try:
        action, form = load_form(session, base_url + page_path, timeout, stop)
    except (requests.RequestException, RuntimeError):
        with lock:
            result.errors += posts or 1
        return
    n = 0
    while (posts is None or n < posts) and not (stop and stop.is_set()):
        marker = f"bench-{run_id}-{reader_no}-{n}"
        data = {
            **form,
            "name": f"Reader {reader_no}",
            "email": f"reader{reader_no}@example.org",
            "comment": f"Thank you for this page. {marker}",
            "honeypot": "",
            "idempotency_key": str(uuid.uuid4()),
        }
        clicks = 2 if double_click_every and n % double_click_every == 0 else 1
        attempts = []
        for number in range(clicks + retries):
            if number >= clicks:
                if attempts[-1].acknowledged:
                    break
                time.sleep(retry_pause)
            attempts.append(send(session, base_url + action, data, timeout, marker))
        n += 1
        with lock:
            result.attempts.extend(attempts)
            if any(attempt.acknowledged for attempt in attempts):
                result.acknowledged.append(marker)
            elif attempts[-1].status is None:
                result.errors += 1
            else:
                result.refused += 1


def run(
    base_url,
    page_path,
    readers=16,
    posts_per_reader=20,
    double_click_every=5,
    seconds=None,
    timeout=10,
    retries=0,
    during=None,
):
    """Many readers posting at once, each `posts_per_reader` comments; or, with `seconds` or
    `during`, for a time instead. `during`, if given, is called in this thread once the readers
    have started (a fault to inject while they post): the readers stop when `seconds` have
    passed and `during` has returned, whichever is later."""
    result, lock = LoadResult(), threading.Lock()
    run_id = uuid.uuid4().hex[:8]
    timed = seconds is not None or during is not None
    stop = threading.Event() if timed else None
    started = time.perf_counter()
    threads = [
        threading.Thread(
            target=reader,
            args=(
                base_url,
                page_path,
                None if timed else posts_per_reader,
                double_click_every,
                result,
                lock,
            ),
            kwargs={
                "run_id": run_id,
                "reader_no": number,
                "stop": stop,
                "timeout": timeout,
                "retries": retries,
            },
        )
        for number in range(readers)
    ]
    for thread in threads:
        thread.start()
    try:
        if during:
            during()
        if seconds:
            time.sleep(max(0.0, seconds - (time.perf_counter() - started)))
    finally:
        if stop:
            stop.set()
        for thread in threads:
            thread.join()
    result.seconds = time.perf_counter() - started
    return run_id, result

"""Comment submission under load: many readers post at once; every acknowledged comment must be
stored exactly once.

Each simulated reader is a separate HTTP session: it loads the page once (from the page cache, so
readers share the same rendered form) and then posts its comments with that form: the stored key
is scoped to the reader and the text, so one form can carry several different comments. This
measures the submission path, not page rendering. A 302 back to the page is an acknowledgement.
Every fifth comment is posted twice (a double click), which must store one comment.
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
class LoadResult:
    acknowledged: list = field(default_factory=list)  # the marker text of each acknowledged post
    refused: int = 0
    errors: int = 0
    seconds: float = 0.0

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


def reader(base_url, page_path, posts, double_click_every, result, lock, run_id, reader_no):
    session = requests.Session()
    try:
        action, form = form_fields(session.get(base_url + page_path, timeout=10).text)
    except (requests.RequestException, RuntimeError):
        with lock:
            result.errors += posts
        return
    for n in range(posts):
        marker = f"bench-{run_id}-{reader_no}-{n}"
        data = {
            **form,
            "name": f"Reader {reader_no}",
            "email": f"reader{reader_no}@example.org",
            "comment": f"Thank you for this page. {marker}",
            "honeypot": "",
        }
        times = 2 if double_click_every and n % double_click_every == 0 else 1
        try:
            acknowledged = False
            for _ in range(times):
                response = session.post(
                    base_url + action, data=data, allow_redirects=False, timeout=10
                )
                acknowledged = acknowledged or response.status_code == 302
        except requests.RequestException:
            with lock:
                result.errors += 1
            continue
        with lock:
            if acknowledged:
                result.acknowledged.append(marker)
            else:
                result.refused += 1


def run(base_url, page_path, readers=16, posts_per_reader=20, double_click_every=5):
    result, lock = LoadResult(), threading.Lock()
    run_id = uuid.uuid4().hex[:8]
    threads = [
        threading.Thread(
            target=reader,
            args=(base_url, page_path, posts_per_reader, double_click_every, result, lock),
            kwargs={"run_id": run_id, "reader_no": number},
        )
        for number in range(readers)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.perf_counter() - started
    return run_id, result

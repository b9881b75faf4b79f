"""The site behind its shared cache (nginx -> Varnish -> gunicorn), as readers meet it."""

import socket
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path

import pytest
import requests

from comments.models import PortalComment

PAGE = "/medications/buprenorphine/"
pytestmark = pytest.mark.faults


class _Forms(HTMLParser):
    def __init__(self):
        super().__init__()
        self.forms, self._current = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("method") == "post":
            self._current = {"action": attrs.get("action"), "fields": {}}
            self.forms.append(self._current)
        elif tag == "input" and self._current is not None and attrs.get("name"):
            self._current["fields"][attrs["name"]] = attrs.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self._current = None


def comment_form(html):
    parser = _Forms()
    parser.feed(html)
    return next(form for form in parser.forms if "/comments/post/" in form["action"])


def stored_comments(stack):
    with sqlite3.connect(stack.database) as db:
        table = PortalComment._meta.db_table
        return [row[0] for row in db.execute(f"SELECT comment FROM {table}")]  # noqa: S608


def fetch(stack, path=PAGE, **kwargs):
    return requests.get(stack.front_url + path, timeout=10, **kwargs)


def post_comment(stack, text, headers, session=None):
    page = fetch(stack)
    form = comment_form(page.text)
    data = {**form["fields"], "name": "Sam", "email": "sam@example.org", "comment": text}
    data.pop("honeypot", None)
    time.sleep(float(data.get("min_fill_seconds", 0) or 0))
    return (session or requests).post(
        stack.front_url + form["action"],
        data=data,
        headers=headers,
        timeout=10,
        allow_redirects=False,
    )


SAME_SITE = {"Sec-Fetch-Site": "same-origin"}
CROSS_SITE = {"Sec-Fetch-Site": "cross-site", "Origin": "https://elsewhere.example"}


def test_a_page_from_the_cache_carries_nothing_of_the_reader_before(stack):
    anonymous = fetch(stack, cookies={"csrftoken": "x" * 32, "theme": "dark"})
    assert anonymous.status_code == 200
    assert "Set-Cookie" not in anonymous.headers, "a reader who never comments gets no cookie"
    assert anonymous.headers["Cache-Control"].startswith("public,")

    first = requests.Session()
    response = post_comment(stack, "My own pending words", SAME_SITE, session=first)
    assert response.status_code == 302
    own = first.get(stack.front_url + PAGE, timeout=10)
    assert "My own pending words" in own.text, "the commenter sees their comment waiting"
    assert own.headers["X-Cache"] == "miss", "a reader who sent a comment is never served the cache"
    assert "private" in own.headers["Cache-Control"]

    second = fetch(stack)
    assert second.headers["X-Cache"] == "hit"
    assert "My own pending words" not in second.text
    assert "Sam" not in second.text
    assert "Set-Cookie" not in second.headers
    assert first.cookies["comments_sent"] not in second.text


def test_a_cross_site_post_is_refused_and_a_same_site_one_from_a_cached_page_is_stored(stack):
    fetch(stack)
    assert fetch(stack).headers["X-Cache"] == "hit", "the form comes from the shared cache"
    refused = post_comment(stack, "Sent from another site", CROSS_SITE)
    assert refused.status_code == 403
    assert "Sent from another site" in refused.text, "the reader's text is given back"
    assert "Sent from another site" not in stored_comments(stack)

    sent = post_comment(stack, "Sent from this site", SAME_SITE)
    assert sent.status_code == 302, sent.text[:500]
    assert stored_comments(stack).count("Sent from this site") == 1


def test_readers_cannot_purge(stack):
    for base in (stack.front_url, stack.varnish_url):
        assert requests.request("PURGE", base + PAGE, timeout=5).status_code == 405
        assert requests.request("BAN", base + "/", timeout=5).status_code == 405


def test_an_uploaded_image_is_served(stack):
    image = Path(stack.media_root) / "original_images" / "uploaded.png"
    image.parent.mkdir(parents=True, exist_ok=True)
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    response = fetch(stack, "/media/original_images/uploaded.png")
    assert response.status_code == 200
    assert response.content == image.read_bytes()
    assert response.headers["Content-Type"] == "image/png"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert fetch(stack, "/media/original_images/").status_code in {403, 404}, "no listing"


def _slow_client(port, body):
    """Opens a connection and sends a request very slowly (headers, or a body that never ends)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    if body:
        sock.sendall(
            b"POST /comments/post/1/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\nx"
        )
    else:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    return sock


def test_a_handful_of_slow_clients_does_not_stall_the_site(stack):
    # Two sync gunicorn workers: reached directly, two such clients would hold both.
    slow = [_slow_client(stack.front_port, body=n % 2 == 0) for n in range(8)]
    try:
        time.sleep(1)

        def timed(path):
            started = time.monotonic()
            response = requests.get(stack.front_url + path, timeout=10)
            return response.status_code, time.monotonic() - started

        with ThreadPoolExecutor(4) as pool:
            # /readyz is never cached: each one reaches an app server.
            results = list(pool.map(timed, ["/readyz", "/healthz", "/search/?q=x"] * 4))
        assert all(status == 200 for status, _ in results), results
        assert max(seconds for _, seconds in results) < 2, results
        for sock in slow:
            sock.sendall(b"x")  # still trickling: they are held by nginx, not by the app
    finally:
        for sock in slow:
            sock.close()


def test_with_the_database_gone_the_last_good_pages_are_still_served(stack):
    good = fetch(stack)
    assert good.status_code == 200
    time.sleep(3)  # past the 2 s shared lifetime: the copy is stale
    database = Path(stack.database)
    moved = database.with_suffix(".away")
    database.rename(moved)
    database.mkdir()  # SQLite cannot open a directory: every query fails
    try:
        stale = fetch(stack)
        assert stale.status_code == 200
        assert "Buprenorphine" in stale.text
        assert int(stale.headers["Age"]) >= 2, "the stale copy, served while the site is down"
        never_cached = fetch(stack, "/medications/methadone/")
        assert never_cached.status_code == 503
        assert "try again" in never_cached.text.lower()
    finally:
        database.rmdir()
        moved.rename(database)
    assert fetch(stack, "/medications/methadone/").status_code == 200

"""The comment form is one HTML for every reader, served from a shared cache for hours: readers
who got the same HTML each get their own comment stored, an old cached form still works, and a
comment sent as soon as the page opened is refused politely with the text kept."""

import re
import uuid

import pytest
from django.conf import settings
from django.test import Client

from comments.models import PortalComment

from .conftest import post_url, signed_fields

pytestmark = pytest.mark.django_db

HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?')


def form_in(html):
    start = html.index('class="comment-form"')
    form = html[start : html.index("</form>", start)]
    return {name: value for name, value in HIDDEN.findall(form) if name != "csrfmiddlewaretoken"}


def typed(name, text, **extra):
    return {"name": name, "email": f"{name.lower()}@reader.example", "comment": text, **extra}


def test_the_form_carries_nothing_of_one_reader(client, medication):
    fields = form_in(client.get(medication.url).content.decode())
    assert fields["idempotency_key"] == "", "the browser's script fills the key in"
    assert 'src="/static/comments/comment-form.js"' in client.get(medication.url).content.decode()


@pytest.mark.parametrize("with_script", [True, False], ids=["script", "no-script"])
def test_two_readers_with_the_same_html_both_get_their_comment_stored(medication, with_script):
    shared = {**form_in(Client().get(medication.url).content.decode()), **signed_fields(medication)}
    for name in ("Ana", "Ben"):
        browser = (
            {"idempotency_key": str(uuid.uuid4()), "fill_seconds": "40"} if with_script else {}
        )
        response = Client().post(
            post_url(medication), {**shared, **browser, **typed(name, f"Thank you, from {name}")}
        )
        assert response.status_code == 302
    assert sorted(PortalComment.objects.values_list("user_name", flat=True)) == ["Ana", "Ben"]


def test_the_same_text_from_two_readers_without_script_is_two_comments(medication):
    shared = signed_fields(medication)
    for address in ("198.51.100.1", "198.51.100.2"):
        Client(REMOTE_ADDR=address).post(post_url(medication), {**shared, **typed("Al", "Thanks")})
    assert PortalComment.objects.count() == 2


def test_a_double_click_without_script_stores_one_comment(client, medication):
    data = {**signed_fields(medication), **typed("Al", "Thanks a lot")}
    assert [client.post(post_url(medication), data).status_code for _ in range(2)] == [302, 302]
    assert PortalComment.objects.count() == 1


def test_a_form_cached_for_the_frontend_cache_lifetime_still_works(client, medication):
    data = {
        **signed_fields(medication, seconds_ago=settings.COMMENT_FORM_MAX_AGE),
        **typed("Cy", "An old page, still fine"),
    }
    assert client.post(post_url(medication), data).status_code == 302
    assert PortalComment.objects.count() == 1


@pytest.mark.parametrize(
    "rendered_ago, fill_seconds",
    [(0, None), (0, "0"), (3 * 60 * 60, "0"), (3 * 60 * 60, "1")],
    ids=["fresh-no-script", "fresh", "cached-page-sent-at-once", "cached-page-after-1s"],
)
def test_a_comment_sent_as_soon_as_the_page_opened_is_refused_politely(
    client, medication, rendered_ago, fill_seconds
):
    browser = {"idempotency_key": str(uuid.uuid4())}
    if fill_seconds is not None:
        browser["fill_seconds"] = fill_seconds
    data = {
        **signed_fields(medication, seconds_ago=rendered_ago),
        **browser,
        **typed("Dee", "Sent in a hurry"),
    }
    response = client.post(post_url(medication), data)
    html = response.content.decode()
    assert response.status_code == 400
    assert "sent very quickly after the page opened" in html
    assert "Sent in a hurry" in html, "the text is kept"
    assert PortalComment.objects.count() == 0


def test_without_script_an_old_page_counts_from_when_it_was_made(client, medication):
    """The trade-off: with no script to measure, a page cached an hour ago passes."""
    data = {**signed_fields(medication, seconds_ago=3600), **typed("Eve", "No script here")}
    assert client.post(post_url(medication), data).status_code == 302


def test_the_form_says_how_long_the_browser_remembers_a_comment(client, medication):
    html = client.get(medication.url).content.decode()
    days = settings.COMMENT_READER_COOKIE_SECONDS // 86400
    assert f"this browser keeps a cookie for {days} days" in html


def test_the_reader_cookie_lasts_only_as_long_as_moderation_takes(client, medication):
    from .conftest import form_data

    response = client.post(post_url(medication), form_data(medication))
    cookie = response.cookies[settings.COMMENT_READER_COOKIE]
    assert int(cookie["max-age"]) == settings.COMMENT_READER_COOKIE_SECONDS <= 7 * 86400
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert settings.SESSION_COOKIE_NAME not in response.cookies, "no session for a reader"

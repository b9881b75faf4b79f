"""Bad input gets a clear message beside the field, keeps what the reader typed, never a 500."""

from html.parser import HTMLParser

import pytest
from django.conf import settings

from comments.forms import PortalCommentForm
from comments.models import PortalComment

from .conftest import expired_form_data, form_data, post_url

pytestmark = pytest.mark.django_db

TYPED = "Here is what I wrote with care."


def send(client, page, **fields):
    response = client.post(post_url(page), form_data(page, **fields))
    return response, response.content.decode()


def field_error(html, field):
    marker = f'id="id_{field}_error"'
    assert marker in html, f"no error shown beside {field}"
    start = html.index(marker)
    return html[start : html.index("</p>", start)]


@pytest.mark.parametrize(
    ("field", "fields", "message"),
    [
        ("comment", {"comment": ""}, "This field is required."),
        ("comment", {"comment": "x" * (settings.COMMENT_MAX_LENGTH + 1)}, "at most 3000"),
        ("email", {"email": "not-an-email", "comment": TYPED}, "Enter a valid email address."),
        ("name", {"name": "", "comment": TYPED}, "This field is required."),
    ],
)
def test_field_problems_are_shown_beside_the_field(client, medication, field, fields, message):
    response, html = send(client, medication, **fields)
    assert response.status_code == 400
    assert message in field_error(html, field)
    assert 'aria-invalid="true"' in html
    assert f'aria-describedby="id_{field}_helptext id_{field}_error"' in html or (
        f'aria-describedby="id_{field}_error"' in html
    )
    if fields.get("comment") == TYPED:
        assert TYPED in html
    assert PortalComment.objects.count() == 0


def test_over_long_comment_is_kept_for_the_reader_to_shorten(client, medication):
    text = "y" * (settings.COMMENT_MAX_LENGTH + 10)
    _, html = send(client, medication, comment=text)
    assert text in html


@pytest.mark.parametrize(
    "tamper",
    [
        {"security_hash": "0" * 40},
        "expired",
        {"object_pk": "1"},
        {"idempotency_key": "not-a-key"},
    ],
    ids=["hash", "expired", "other-page", "malformed-key"],
)
def test_tampered_or_expired_form_keeps_the_text_and_can_be_sent_again(
    client, medication, tamper, settings
):
    if tamper == "expired":
        data = expired_form_data(medication, comment=TYPED)
        response = client.post(post_url(medication), data)
        html = response.content.decode()
    else:
        response, html = send(client, medication, comment=TYPED, **tamper)
    assert response.status_code == 400
    assert "This form had expired or was changed" in html
    assert TYPED in html
    assert PortalComment.objects.count() == 0

    # The re-rendered form carries fresh signed fields: sending it as it is now works (once the
    # reader has read the message: the minimum fill time counts from the fresh fields).
    settings.COMMENT_MIN_FILL_SECONDS = 0
    resent = {
        name: value for name, value in _form_inputs(html).items() if name != "csrfmiddlewaretoken"
    }
    assert client.post(post_url(medication), resent).status_code == 302
    assert PortalComment.objects.get().comment == TYPED


def _form_inputs(html):
    """The values the browser would send from the re-rendered comment form."""
    form = html[html.index('class="comment-form"') :]
    form = form[: form.index("</form>")]
    parser = FormValues()
    parser.feed(form)
    return parser.values


class FormValues(HTMLParser):
    def __init__(self):
        super().__init__()
        self.values = {}
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input":
            self.values[attrs["name"]] = attrs.get("value") or ""
        elif tag == "textarea":
            self._textarea = attrs["name"]
            self.values[self._textarea] = ""

    def handle_data(self, data):
        if self._textarea:
            self.values[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.values[self._textarea] = self.values[self._textarea].lstrip("\n")
            self._textarea = None


def test_filled_honeypot_is_explained_and_nothing_is_stored(client, medication):
    response, html = send(client, medication, comment=TYPED, honeypot="http://spam.example")
    assert response.status_code == 400
    assert "meant to catch automated spam" in html
    assert "Please empty this field." in html
    assert TYPED in html
    assert PortalComment.objects.count() == 0


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"content_type": "nope", "object_pk": "x", "timestamp": "soon", "security_hash": "x"},
        {"comment": "\x00 binary", "timestamp": "9" * 30},
    ],
)
def test_garbage_posts_get_a_page_with_a_message_not_a_500(client, medication, data):
    response = client.post(post_url(medication), data)
    assert response.status_code == 400
    assert "Leave a comment" in response.content.decode()


def test_posting_to_a_missing_or_non_health_page_is_404(client, home):
    assert client.post("/comments/post/999999/", {}).status_code == 404
    assert client.post(f"/comments/post/{home.pk}/", {}).status_code == 404


def test_get_on_the_post_url_is_refused(client, medication):
    assert client.get(post_url(medication)).status_code == 405


def test_required_fields_are_marked_and_labelled(client, medication):
    html = client.get(medication.url).content.decode()
    form = html[html.index('class="comment-form"') :]
    assert form.count("(required)") == 3
    assert 'for="id_email"' in form and "Never shown on the site." in form
    assert 'autocomplete="email"' in form


def test_an_expired_form_is_refused_for_its_age_not_as_tampered(medication):
    form = PortalCommentForm(medication, data=expired_form_data(medication))
    assert not form.is_valid()
    assert "timestamp" in form.errors
    assert "security_hash" not in form.errors, "the expired form's signature is genuine"

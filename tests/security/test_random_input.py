"""Property-based: whatever a reader (or a bot) sends, the site never answers 500 and nothing it
sends becomes public.

Hypothesis generates form data for every public form (the comment form, with the real signed
fields mixed with random ones or replaced by them; the report button; the search and therapy
filter forms), random query strings for every public URL, random path segments under them, and
random bodies posted to URLs that only take GET. Before and after, the set of public comments is
the same: only a moderator publishes a comment.
"""

import os
from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page

from comments.forms import SECURITY_FIELDS, PortalCommentForm
from comments.models import CommentStatus, PortalComment
from tests.comments.conftest import post_url
from tests.factories import (
    ArticlePageFactory,
    DetoxGuidePageFactory,
    DetoxPhasePageFactory,
    MedicationIndexPageFactory,
    MedicationPageFactory,
    TherapyIndexPageFactory,
    TherapyPageFactory,
)
from tx_portal.models import HealthPage

pytestmark = pytest.mark.django_db

# Examples per property: with 6 properties this keeps the file near 20 s (raise it to hunt).
EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "40"))
RANDOM = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,  # no example database written to the working tree
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Any text a browser can send (not lone surrogates, which no encoding carries).
text = st.text(st.characters(exclude_categories=["Cs"]), max_size=300)
short_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
numbers_as_text = st.integers(min_value=-(2**70), max_value=2**70).map(str)
field_value = st.one_of(text, numbers_as_text, st.sampled_from(["", "0", "-1", "1e9", "null"]))
COMMENT_FIELDS = [
    "content_type",
    "object_pk",
    "timestamp",
    "security_hash",
    "idempotency_key",
    "name",
    "email",
    "comment",
    "honeypot",
    "csrfmiddlewaretoken",
    "next",
    "reply_to",
    "url",
    "followup",
]
field_name = st.one_of(st.sampled_from(COMMENT_FIELDS), short_text)
form_data = st.dictionaries(field_name, st.one_of(field_value, st.lists(field_value, max_size=3)))
query_params = st.dictionaries(
    st.one_of(st.sampled_from(["q", "page", "setting", "p", "status", "next"]), short_text),
    field_value,
    max_size=4,
)
path_segment = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=60)


@pytest.fixture
def site(home):
    """One page of each kind, with an approved comment to report."""
    medications = MedicationIndexPageFactory(parent=home, show_in_menus=True)
    medication = MedicationPageFactory(parent=medications, slug="buprenorphine")
    therapies = TherapyIndexPageFactory(parent=home, show_in_menus=True)
    TherapyPageFactory(parent=therapies, slug="cbt")
    guide = DetoxGuidePageFactory(parent=home, show_in_menus=True)
    DetoxPhasePageFactory(parent=guide, slug="early")
    ArticlePageFactory(parent=home, slug="overview")
    pages = list(Page.objects.live().filter(depth__gt=1).specific())
    approved = PortalComment(
        content_object=medication,
        comment="It helped.",
        user_name="Alex",
        user_email="alex@reader.example",
        site_id=1,
        status=CommentStatus.APPROVED,
    )
    approved.save()
    public_urls = [
        *(page.url for page in pages),  # the home page, each index and each page of every kind
        reverse("search"),
        reverse("sitemap"),
        reverse("robots_txt"),
        reverse("overdose_card"),
        *(reverse("comments:post", args=[page.pk]) for page in pages),
        reverse("comments:report", args=[approved.pk]),
        "/no-such-page/",
        "/medications/no-such-medication/",
    ]
    commentable = [page for page in pages if isinstance(page, HealthPage)]
    assert len(public_urls) == len(set(public_urls)) and len(commentable) == 4
    return {
        "medication": medication,
        "commentable": commentable,
        "approved": approved,
        "urls": public_urls,
    }


def public_comment_ids():
    return set(PortalComment.objects.filter(is_public=True).values_list("pk", flat=True))


def assert_not_a_server_error(response, what):
    assert response.status_code < 500, f"{what} answered {response.status_code}"


@pytest.fixture
def nothing_becomes_public(site):
    before = public_comment_ids()
    yield
    assert public_comment_ids() <= before, "a random request made a comment public"


def signed_fields(page):
    form = PortalCommentForm(page)
    return {name: str(form.initial.get(name, "")) for name in SECURITY_FIELDS}


def test_random_comment_posts_never_fail_and_publish_nothing(site, nothing_becomes_public):
    client = Client()

    @RANDOM
    @given(
        page=st.sampled_from(site["commentable"]),
        data=form_data,
        keep_signature=st.booleans(),
        address=st.ip_addresses().map(str),
    )
    def post(page, data, keep_signature, address):
        sent = {**signed_fields(page), **data} if keep_signature else data
        response = client.post(post_url(page), sent, REMOTE_ADDR=address)
        assert_not_a_server_error(response, f"posting {sent!r} to {page.url}")

    post()


def test_random_comments_on_a_valid_form_are_held_for_moderation(site, nothing_becomes_public):
    """Any text in a genuine form: refused with a message (400), or stored and held (302);
    never shown before a moderator approves it."""
    client = Client()
    stored, addresses = [], []

    @RANDOM
    @given(
        page=st.sampled_from(site["commentable"]),
        name=st.one_of(text, st.just("Sam")),
        email=st.one_of(text, st.emails()),
        comment=st.one_of(text, st.text(min_size=1, max_size=3000)),
        honeypot=st.sampled_from(["", "", "x"]),
    )
    def post(page, name, email, comment, honeypot):
        # Each example from its own address, so the rate limit does not refuse them all.
        address = f"10.77.{len(addresses) // 256}.{len(addresses) % 256}"
        addresses.append(address)
        data = {
            **signed_fields(page),
            "name": name,
            "email": email,
            "comment": comment,
            "honeypot": honeypot,
        }
        newest = PortalComment.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        response = client.post(post_url(page), data, REMOTE_ADDR=address)
        assert response.status_code in {302, 400}, f"posting {data!r} answered {response}"
        saved = list(PortalComment.objects.filter(pk__gt=newest))
        # None when refused, or when the same reader had already sent that text; else one.
        assert len(saved) <= (1 if response.status_code == 302 else 0), saved
        for held in saved:
            # Held (or, by the moderation rules, marked as spam): never approved by itself.
            assert not held.is_public and held.status != CommentStatus.APPROVED
            stored.append(held.pk)

    post()
    assert stored, "no example was a valid comment: the property checked nothing"


def test_random_reports_and_comment_urls_never_fail(site, nothing_becomes_public):
    client = Client()
    approved = site["approved"]

    @RANDOM
    @given(data=form_data, comment_id=st.integers(min_value=0, max_value=2**63 - 1))
    def report(data, comment_id):
        for pk in (approved.pk, comment_id):
            response = client.post(reverse("comments:report", args=[pk]), data)
            assert_not_a_server_error(response, f"reporting {pk} with {data!r}")
        response = client.post(reverse("comments:post", args=[comment_id]), data)
        assert_not_a_server_error(response, f"posting to page {comment_id}")

    report()


def test_random_query_strings_on_every_public_url_never_fail(site):
    client = Client()

    @RANDOM
    @given(url=st.sampled_from(site["urls"]), params=query_params)
    def get(url, params):
        response = client.get(url, params)
        assert_not_a_server_error(response, f"GET {url} with {params!r}")

    get()


def test_random_searches_never_fail(site):
    client = Client()

    @RANDOM
    @given(q=st.one_of(text, st.lists(text, max_size=3)), page=st.one_of(field_value, text))
    def search(q, page):
        response = client.get(reverse("search"), {"q": q, "page": page})
        assert_not_a_server_error(response, f"search q={q!r} page={page!r}")

    search()


def test_random_paths_and_posts_under_every_public_url_never_fail(site, nothing_becomes_public):
    client = Client()

    @RANDOM
    @given(url=st.sampled_from(site["urls"]), segment=path_segment, data=form_data)
    def request(url, segment, data):
        path = url.rstrip("/") + "/" + quote(segment, safe="") + "/"
        assert_not_a_server_error(client.get(path), f"GET {path}")
        assert_not_a_server_error(client.post(url, data), f"POST {url} with {data!r}")

    request()

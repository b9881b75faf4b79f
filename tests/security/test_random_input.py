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


def test_random_comments_on_a_valid_form_are_held_for_moderation(
    site, nothing_becomes_public, settings
):
    """Any text in a genuine form: refused with a message (400), or stored and held (302);
    never shown before a moderator approves it."""
    # The examples are sent the moment the form is read, as no reader could.
    settings.COMMENT_MIN_FILL_SECONDS = 0
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


# --- Staff screens: the admin login's `next`, image uploads, every export of every listing -----


@pytest.fixture
def staff_client(django_user_model):
    user = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    client = Client()
    client.force_login(user)
    return client


def test_random_next_values_on_the_admin_login_never_fail_or_leave_the_site(staff_client):
    from portal_security.redirects import is_plain_path

    anonymous = Client()

    @RANDOM
    @given(next_value=st.one_of(text, st.sampled_from(["//%09/x", "%0d%0a", "foo", "a:b"])))
    def login(next_value):
        response = staff_client.get(reverse("wagtailadmin_login"), {"next": next_value})
        assert response.status_code == 302, f"signed in, next={next_value!r}: {response}"
        assert is_plain_path(response["Location"]), response["Location"]
        response = anonymous.get(reverse("wagtailadmin_login"), {"next": next_value})
        assert_not_a_server_error(response, f"login form with next={next_value!r}")

    login()


def png_bytes(width, height, cut):
    import struct
    import zlib

    def chunk(kind, data):
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * (min(width, 4096) // 8 + 2) * 2)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
    data += chunk(b"IEND", b"")
    return data[:cut] if cut else data


def test_random_image_uploads_never_fail(staff_client):
    """Any dimensions a PNG header may claim (up to 2^31 - 1 a side), cut anywhere or not."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    @RANDOM
    @given(
        width=st.integers(min_value=0, max_value=2**31 - 1),
        height=st.integers(min_value=0, max_value=2**31 - 1),
        cut=st.one_of(st.just(0), st.integers(min_value=1, max_value=80)),
        noise=st.binary(max_size=64),
        multiple=st.booleans(),
    )
    def upload(width, height, cut, noise, multiple):
        data = png_bytes(width, height, cut) + noise
        file = SimpleUploadedFile("upload.png", data, content_type="image/png")
        if multiple:
            response = staff_client.post(reverse("wagtailimages:add_multiple"), {"files[]": file})
        else:
            response = staff_client.post(
                reverse("wagtailimages:add"), {"title": "An upload", "file": file}
            )
        assert_not_a_server_error(response, f"a {width}x{height} PNG cut at {cut}")

    upload()


def admin_listings_with_exports():
    """URL names of every admin listing that offers exports (found in the URL configuration)."""
    from django.urls import URLResolver, get_resolver
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    def walk(patterns, namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = pattern.namespace or ""
                yield from walk(
                    pattern.url_patterns, f"{namespace}:{inner}".strip(":") if inner else namespace
                )
                continue
            view = getattr(pattern.callback, "view_class", None)
            if view is None or not issubclass(view, SpreadsheetExportMixin):
                continue
            if pattern.pattern.regex.groups or pattern.name.endswith("results"):
                continue
            initkwargs = getattr(pattern.callback, "view_initkwargs", {})
            if not (initkwargs.get("list_export") or view.list_export):
                continue  # a listing that offers no export
            yield f"{namespace}:{pattern.name}" if namespace else pattern.name

    return sorted(set(walk(get_resolver().url_patterns)))


def test_random_text_in_every_export_format_of_every_admin_listing(staff_client, site):
    """Comments, names and titles of any text: every listing exports in CSV and XLSX, no CSV
    cell starts a formula, and every XLSX opens."""
    import csv
    import io

    from openpyxl import load_workbook
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    listings = admin_listings_with_exports()
    # The comment queue, the reviews due, redirects, search terms and Wagtail's five reports.
    assert "wagtailsnippets_comments_portalcomment:list" in listings and len(listings) >= 9
    medication = site["medication"]

    @settings(parent=RANDOM, max_examples=max(3, EXAMPLES // 12))
    @given(
        words=st.lists(
            st.one_of(text, st.sampled_from(["=1+1", "@x", "-2", "\x07"])), min_size=2, max_size=2
        )
    )
    def export(words):
        comment = PortalComment(
            content_object=medication,
            comment=words[0] or "x",
            user_name=words[1][:50] or "y",
            user_email="sam@reader.example",
            site_id=1,
        )
        comment.save()
        for name in listings:
            for export_format in SpreadsheetExportMixin.FORMATS:
                response = staff_client.get(reverse(name), {"export": export_format})
                what = f"{export_format} export of {name} after {words!r}"
                assert_not_a_server_error(response, what)
                assert response.get("Content-Disposition", "").startswith("attachment"), what
                body = b"".join(response.streaming_content)
                if export_format == "csv":
                    rows = csv.reader(io.StringIO(body.decode("utf-8"), newline=""))
                    cells = [cell for row in rows for cell in row]
                    assert not [c for c in cells if c[:1] in "=+-@\t\r" and c], what
                else:
                    load_workbook(io.BytesIO(body))
        comment.delete()

    export()

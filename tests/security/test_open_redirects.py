"""No URL of the site sends a visitor to another site because a parameter said so.

Every endpoint that redirects after reading a `next` or `return_url` is sent each of the
payloads below; wherever it redirects, the address must stay on this site as a browser reads it
(browsers treat a backslash as a slash and ignore leading spaces and control characters).
"""

from urllib.parse import quote, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from comments.models import CommentStatus, PortalComment
from tests.comments.conftest import form_data, make_comment, post_url
from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

EVIL = [
    "https://evil.example/",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    " //evil.example",
    "\t//evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "http:evil.example",
    "https:/evil.example",
    "https:\\\\evil.example",
    "https://testserver@evil.example/",
    "https://evil.example\\@testserver/",
    "%2F%2Fevil.example",
    "https%3A%2F%2Fevil.example",
    "/%2F%2Fevil.example",
    "/%5Cevil.example",
    "//evil%2Eexample",
    "\u3002evil.example",  # an ideographic full stop, read as a dot by some browsers
]
# A control: an address on the site is followed, so each endpoint really reads its parameter.
ON_SITE = "/search/?q=naloxone"
PAYLOADS = [*EVIL, ON_SITE]
PAYLOAD_IDS = [quote(payload, safe="") for payload in PAYLOADS]


def stays_on_site(location):
    """Whether a browser following this Location stays on http(s)://testserver."""
    address = location.lstrip("".join(chr(code) for code in range(33))).replace("\\", "/")
    parts = urlsplit(address)
    if parts.scheme not in ("", "http", "https"):
        return False
    if parts.scheme and not parts.netloc:  # "http:evil.example", "https:/evil.example"
        return False
    return parts.netloc in ("", "testserver")


def assert_stays_on_site(response, payload):
    if payload == ON_SITE:
        assert response["Location"] == ON_SITE, "the endpoint ignores its next/return_url"
    elif response.status_code in (301, 302, 303, 307, 308):
        location = response["Location"]
        assert stays_on_site(location), f"{payload!r} sent the visitor to {location!r}"
    else:
        assert response.status_code < 500, f"{payload!r}: {response.status_code}"


@pytest.mark.parametrize(
    "location",
    ["/", "/admin/", "https://testserver/x", "//testserver/x", "?next=//evil.example"],
)
def test_the_check_accepts_addresses_on_the_site(location):
    assert stays_on_site(location)


@pytest.mark.parametrize("location", ["//evil.example", "/\\evil.example", " //evil.example"])
def test_the_check_catches_addresses_elsewhere(location):
    assert not stays_on_site(location)


@pytest.fixture
def staff(db):
    user = get_user_model().objects.create_user("ed", "ed@example.org", "pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def moderator(db):
    user = get_user_model().objects.create_user("mo", "mo@example.org", "pw")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.mark.parametrize("payload", PAYLOADS, ids=PAYLOAD_IDS)
def test_admin_login_next(client, staff, payload):
    url = reverse("wagtailadmin_login")
    response = client.post(url, {"username": "ed", "password": "pw", "next": payload})
    assert response.status_code == 302  # signed in
    assert_stays_on_site(response, payload)
    # Already signed in, the login page sends the user on: still not elsewhere.
    assert_stays_on_site(client.get(url, {"next": payload}), payload)


@pytest.mark.parametrize("payload", PAYLOADS, ids=PAYLOAD_IDS)
def test_django_admin_login_next(client, payload):
    get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    url = reverse("admin:login")
    response = client.post(url, {"username": "root", "password": "pw", "next": payload})
    assert response.status_code == 302
    assert_stays_on_site(response, payload)


@pytest.mark.parametrize("payload", PAYLOADS, ids=PAYLOAD_IDS)
def test_private_page_login_next(client, staff, payload):
    url = reverse("wagtailcore_login")
    response = client.post(url, {"username": "ed", "password": "pw", "next": payload})
    assert response.status_code == 302
    assert_stays_on_site(response, payload)


@pytest.mark.parametrize("payload", PAYLOADS, ids=PAYLOAD_IDS)
def test_page_password_return_url(client, home, payload):
    page = ArticlePageFactory(parent=home, title="Staff notes", slug="staff-notes")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    response = client.post(url, {"password": "secret", "return_url": payload})
    assert response.status_code == 302
    assert_stays_on_site(response, payload)


@pytest.mark.parametrize("payload", PAYLOADS, ids=PAYLOAD_IDS)
def test_document_password_return_url(client, payload):
    collection = Collection.get_first_root_node().add_child(name="Private")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="pw1"
    )
    get_document_model().objects.create(title="Leaflet", collection=collection)
    url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    response = client.post(url, {"password": "pw1", "return_url": payload})
    assert response.status_code == 302
    assert_stays_on_site(response, payload)


@pytest.mark.parametrize("payload", PAYLOADS, ids=PAYLOAD_IDS)
def test_comment_form_next_is_ignored(client, home, payload):
    """The comment view always sends the reader back to the page (it reads no `next`)."""
    page = ArticlePageFactory(parent=home, title="Methadone", slug="methadone")
    response = client.post(post_url(page), form_data(page, next=payload))
    assert response.status_code == 302
    assert response["Location"].startswith(page.url)


@pytest.mark.parametrize("payload", EVIL[:6], ids=PAYLOAD_IDS[:6])
def test_comment_report_does_not_redirect(client, home, payload):
    page = ArticlePageFactory(parent=home, title="Methadone", slug="methadone")
    comment = make_comment(page)
    response = client.post(reverse("comments:report", args=[comment.pk]), {"next": payload})
    assert response.status_code == 200
    assert not response.has_header("Location")


@pytest.mark.parametrize("payload", PAYLOADS, ids=PAYLOAD_IDS)
def test_moderation_action_next(client, home, moderator, payload):
    page = ArticlePageFactory(parent=home, title="Methadone", slug="methadone")
    comment = make_comment(page, status=CommentStatus.PENDING)
    client.force_login(moderator)
    url = reverse("wagtailsnippets_comments_portalcomment:moderate", args=[comment.pk, "approve"])
    response = client.post(url + "?" + "next=" + quote(payload, safe=""))
    assert response.status_code == 302
    assert_stays_on_site(response, payload)
    assert PortalComment.objects.get(pk=comment.pk).status == CommentStatus.APPROVED


@pytest.mark.parametrize("payload", PAYLOADS, ids=PAYLOAD_IDS)
def test_bulk_moderation_next(client, home, moderator, payload):
    page = ArticlePageFactory(parent=home, title="Methadone", slug="methadone")
    comment = make_comment(page, status=CommentStatus.PENDING)
    client.force_login(moderator)
    url = (
        reverse("wagtail_bulk_action", args=["comments", "portalcomment", "comments-approve"])
        + f"?id={comment.pk}&next={quote(payload, safe='')}"
    )
    response = client.post(url)
    assert response.status_code == 302
    assert_stays_on_site(response, payload)


@pytest.mark.parametrize("payload", PAYLOADS, ids=PAYLOAD_IDS)
def test_admin_logout_next(client, staff, payload):
    client.force_login(staff)
    response = client.post(reverse("wagtailadmin_logout") + "?next=" + quote(payload, safe=""))
    assert response.status_code == 302
    assert_stays_on_site(response, payload)


@pytest.mark.parametrize(
    "path",
    [
        "//evil.example",
        "//evil.example/",
        "/\\evil.example",
        "/%2F%2Fevil.example",
        "///evil.example",
    ],
)
def test_paths_that_look_like_other_sites_are_not_redirected_there(client, home, path):
    """CommonMiddleware's APPEND_SLASH and Wagtail's page serving both redirect some paths."""
    response = client.get(path)
    assert_stays_on_site(response, path)

"""Every response carries the Content Security Policy and the Permissions-Policy: public pages,
pages served from the page cache, the admin, error pages and the probes."""

import re
from html.parser import HTMLParser

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse

from comments.models import CommentStatus, PortalComment
from portal_security.middleware import ContentSecurityPolicyMiddleware
from tests.admin_forms import health_page_data
from tests.factories import ArticlePageFactory, MedicationIndexPageFactory, MedicationPageFactory

pytestmark = pytest.mark.django_db

CSP = "Content-Security-Policy"


def directives(response):
    """The policy as {directive: [sources]}."""
    assert CSP in response, f"no {CSP} header on {response.status_code} response"
    policy = {}
    for part in response[CSP].split(";"):
        name, *sources = part.split()
        policy[name] = sources
    return policy


def assert_security_headers(response, admin=False):
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    if admin:
        # The one exception: <style> elements the admin's own scripts add (the rich text editor).
        assert policy["style-src"][0] == "'self'"
        assert len(policy["style-src"]) == 2
        assert re.fullmatch(r"'nonce-[A-Za-z0-9+/=]{16,}'", policy["style-src"][1])
    else:
        assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["connect-src"] == ["'self'"]
    permissions = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "interest-cohort", "browsing-topics"):
        assert f"{feature}=()" in permissions
    assert "Content-Security-Policy-Report-Only" not in response  # enforced, not reported
    return policy


@pytest.fixture
def medication(home):
    index = MedicationIndexPageFactory(parent=home)
    return MedicationPageFactory(parent=index, title="Methadone", slug="methadone")


def test_policy_never_allows_inline_or_evaluated_code(client, admin_client, home):
    for policy in (directives(client.get("/")), directives(admin_client.get("/admin/"))):
        assert_no_inline_or_evaluated_code(policy)
    policy = directives(client.get("/"))
    assert set(policy["img-src"]) == {"'self'", "data:", "blob:"}


def assert_no_inline_or_evaluated_code(policy):
    for directive in ("default-src", "script-src", "style-src", "img-src"):
        assert "'unsafe-inline'" not in policy.get(directive, [])
        assert "'unsafe-eval'" not in policy.get(directive, [])
    # Scripts never run by nonce or hash: only the site's own files.
    assert policy["script-src"] == ["'self'"]


def test_public_pages_carry_the_headers(client, home, medication):
    for url in ["/", medication.url, reverse("search") + "?q=methadone", "/overdose-card/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        policy = assert_security_headers(response)
        # Public pages are never framed, not even by the site itself.
        assert policy["frame-ancestors"] == ["'none'"]
        assert response["X-Frame-Options"] == "DENY"


def test_public_pages_carry_the_headers_and_are_the_same_for_every_reader(client, medication):
    first = client.get(medication.url)
    second = client.get(medication.url)
    assert first["Cache-Control"].startswith("public,")
    assert_security_headers(second)
    assert second[CSP] == first[CSP]


def test_admin_pages_carry_the_headers(client, admin_client, medication):
    for url in [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_pages:edit", args=[medication.pk]),
    ]:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert_security_headers(response, admin=True)
    assert_security_headers(client.get(reverse("wagtailadmin_login")), admin=True)
    # A redirect renders no admin page, so it hands out no nonce.
    redirect = client.get(reverse("wagtailadmin_home"))
    assert redirect.status_code == 302
    assert_security_headers(redirect)


def test_each_admin_response_has_its_own_style_nonce_and_hands_it_to_its_script(admin_client):
    nonces = []
    for _ in range(2):
        response = admin_client.get(reverse("wagtailadmin_home"))
        nonce = directives(response)["style-src"][1].removeprefix("'nonce-").removesuffix("'")
        assert f'nonce="{nonce}"' in response.content.decode()
        nonces.append(nonce)
    assert nonces[0] != nonces[1]


def test_not_found_and_probes_carry_the_headers(client, home):
    missing = client.get("/no-such-page/")
    assert missing.status_code == 404
    assert_security_headers(missing)
    for probe in ("/healthz", "/readyz"):
        assert_security_headers(client.get(probe))


def test_a_response_marked_sameorigin_may_be_framed_by_the_site_only():
    """Wagtail marks its preview views SAMEORIGIN, after the page went through the middleware
    once already (a dummy request, DENY): the policy is rebuilt to allow the editor's frame."""
    framed_once = HttpResponse()
    framed_once[CSP] = "default-src 'self'; frame-ancestors 'none'"
    framed_once["X-Frame-Options"] = "SAMEORIGIN"
    middleware = ContentSecurityPolicyMiddleware(lambda request: framed_once)
    response = middleware(RequestFactory().get("/admin/pages/1/edit/preview/"))
    policy = directives(response)
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]


def test_the_editor_preview_may_be_framed_by_the_editor(admin_client, home):
    page = ArticlePageFactory(parent=home, title="Naloxone", slug="naloxone")
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    stored = admin_client.post(url, health_page_data("Naloxone", "naloxone"))
    assert stored.json()["is_valid"] is True
    preview = admin_client.get(url)
    assert preview.status_code == 200
    assert "Naloxone" in preview.content.decode()
    assert directives(preview)["frame-ancestors"] == ["'self'"]
    assert preview["X-Frame-Options"] == "SAMEORIGIN"


class ScriptsAndInlineCode(HTMLParser):
    """Inline scripts (executable ones: JSON data blocks are not run), style attributes and
    event-handler attributes in a page."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        script_type = (attributes.get("type") or "text/javascript").lower()
        if tag == "script" and "src" not in attributes and "json" not in script_type:
            self.found.append(f"inline <script> ({self.getpos()})")
        for name, _value in attrs:
            if name == "style" or re.fullmatch(r"on[a-z]+", name):
                self.found.append(f"<{tag} {name}=...>")


def inline_code(response):
    parser = ScriptsAndInlineCode()
    parser.feed(response.content.decode())
    return parser.found


def test_admin_screens_with_choosers_and_date_pickers_have_no_inline_code(admin_client, medication):
    """The page editor (date fields), the settings (snippet choosers) and the comments queue
    (a date-range filter): Wagtail renders these widgets with inline scripts, the site's
    versions with data attributes (portal_security)."""
    comment = PortalComment(
        content_object=medication,
        comment="A question.",
        user_name="Dana",
        user_email="dana@reader.example",
        status=CommentStatus.PENDING,
        site_id=1,
    )
    comment.save()
    urls = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_pages:edit", args=[medication.pk]),
        "/admin/settings/tx_portal/safetysettings/",
        "/admin/snippets/comments/portalcomment/?status=pending",
        f"/admin/snippets/comments/portalcomment/inspect/{comment.pk}/",
        "/admin/searchpicks/add/",
    ]
    for url in urls:
        response = admin_client.get(url, follow=True)
        assert response.status_code == 200, url
        assert inline_code(response) == [], url
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[medication.pk]))
    assert 'data-portal-picker="date"' in editor.content.decode()


def test_public_pages_have_no_inline_code(client, medication):
    for url in ["/", medication.url, reverse("search") + "?q=methadone", "/no-such-page/"]:
        assert inline_code(client.get(url)) == [], url


def test_comment_honeypot_is_hidden_by_a_class(client, medication):
    html = client.get(medication.url).content.decode()
    trap = re.search(r'<div class="field comment-form__trap"[^>]*>', html)
    assert trap, "the honeypot field's wrapper is missing its hiding class"
    assert "style=" not in trap.group(0)

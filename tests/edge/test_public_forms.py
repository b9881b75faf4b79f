"""Public pages are the same for every reader; their forms are protected by the request's headers
(portal_security/cross_origin.py), signed-in users by Django's token."""

import pytest
from django.test import Client

from comments.models import PortalComment
from tests.comments.conftest import form_data, make_comment, post_url
from tests.factories import MedicationIndexPageFactory, MedicationPageFactory


@pytest.fixture
def medication(home):
    index = MedicationIndexPageFactory(parent=home)
    return MedicationPageFactory(parent=index, title="Buprenorphine", slug="buprenorphine")


def post(client, medication, text, **headers):
    return client.post(post_url(medication), form_data(medication, comment=text), headers=headers)


def test_a_public_page_is_public_cacheable_and_sets_no_cookie(client, medication):
    make_comment(medication, "Approved and shown")
    response = client.get(medication.url)
    assert response.status_code == 200
    assert response["Cache-Control"] == (
        "public, max-age=60, s-maxage=86400, stale-while-revalidate=60, stale-if-error=86400"
    )
    assert "Cookie" in response["Vary"]
    assert not response.cookies, "no csrftoken (or any) cookie for a reader who only reads"
    assert "csrfmiddlewaretoken" not in response.content.decode()


@pytest.mark.parametrize(
    "path", ["/search/?q=methadone", "/medications/buprenorphine/?utm_source=x", "/healthz"]
)
def test_search_junk_query_strings_and_probes_are_private(client, medication, path):
    cache_control = client.get(path)["Cache-Control"]
    assert "public" not in cache_control
    assert "private" in cache_control and "no-store" in cache_control


def test_signed_in_readers_get_private_pages(admin_client, medication):
    response = admin_client.get(medication.url)
    assert "public" not in response["Cache-Control"]
    assert "private" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "cross-site", "Origin": "https://elsewhere.example"},
        {"Sec-Fetch-Site": "same-site", "Origin": "https://sub.testserver"},
        {"Origin": "https://elsewhere.example"},  # an older browser, without Fetch Metadata
        {"Origin": "null"},
    ],
)
def test_a_cross_site_comment_is_refused_politely_with_the_text_kept(medication, headers):
    response = post(Client(), medication, "My words <b>here</b>", **headers)
    assert response.status_code == 403
    html = response.content.decode()
    assert "Your message was not sent" in html
    assert "My words &lt;b&gt;here&lt;/b&gt;" in html, "the reader's text, escaped"
    assert 'href="/medications/buprenorphine/#comments"' in html
    assert f'action="{post_url(medication)}"' not in html, "no button that sends it again"
    assert PortalComment.objects.count() == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "same-origin", "Origin": "http://testserver"},
        {"Sec-Fetch-Site": "none"},
        {"Origin": "http://testserver"},
        {},  # not a browser: nothing a cross-site page could make a victim's browser send
    ],
)
def test_a_same_site_comment_without_any_token_is_stored(medication, headers):
    response = post(Client(enforce_csrf_checks=True), medication, "From this site", **headers)
    assert response.status_code == 302
    assert PortalComment.objects.get().comment == "From this site"


def test_a_trusted_origin_is_accepted(medication, settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://www.partner.example"]
    headers = {"Sec-Fetch-Site": "cross-site", "Origin": "https://www.partner.example"}
    assert post(Client(), medication, "Trusted", **headers).status_code == 302


def test_a_cross_site_report_is_refused(medication):
    comment = make_comment(medication, "Reported?")
    response = Client().post(
        f"/comments/report/{comment.pk}/", headers={"Sec-Fetch-Site": "cross-site"}
    )
    assert response.status_code == 403
    comment.refresh_from_db()
    assert comment.status == "approved"


def test_signed_in_users_keep_the_token_check(medication, django_user_model):
    user = django_user_model.objects.create_user("staffer", "s@example.org", "pw")
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(user)
    same_site = {"Sec-Fetch-Site": "same-origin"}
    assert post(strict, medication, "No token", **same_site).status_code == 403
    page = strict.get(medication.url).content.decode()
    assert "csrfmiddlewaretoken" in page, "their (never cached) page carries their token"
    token = strict.cookies["csrftoken"].value
    data = {**form_data(medication, comment="With token"), "csrfmiddlewaretoken": token}
    assert strict.post(post_url(medication), data, headers=same_site).status_code == 302

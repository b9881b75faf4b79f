"""The full-page cache: fast for anonymous readers, never stale, never someone else's token."""

import pytest
from django.http import HttpResponse
from django.middleware.csrf import _unmask_cipher_token
from django.template import RequestContext, Template
from django.test import Client
from django.urls import path
from django.views.decorators.csrf import csrf_protect

from tests.admin_forms import count_queries
from tests.factories import (
    EmergencyGuidanceFactory,
    MedicationIndexPageFactory,
    MedicationPageFactory,
    TherapyIndexPageFactory,
)
from tx_portal import page_cache
from tx_portal.models import SafetySettings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings, db):
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def medication(home):
    index = MedicationIndexPageFactory(parent=home, show_in_menus=True)
    return MedicationPageFactory(parent=index, title="Naltrexone", how_often="Once a day")


def fetch(client, url, **params):
    response = client.get(url, params)
    return response, response.content.decode()


def test_second_anonymous_request_is_served_from_the_cache_without_the_database(client, medication):
    first, _ = fetch(client, medication.url)
    assert first["X-Page-Cache"] == "miss"
    queries = count_queries(lambda: client.get(medication.url))
    assert queries == 0
    assert client.get(medication.url)["X-Page-Cache"] == "hit"


def test_published_change_shows_on_the_next_request(client, medication):
    fetch(client, medication.url)
    medication.how_often = "Once a month"
    medication.save_revision().publish()
    response, html = fetch(client, medication.url)
    assert "Once a month" in html
    assert response["X-Page-Cache"] == "miss"


def test_draft_change_does_not_leak_and_does_not_empty_the_cache(client, medication):
    fetch(client, medication.url)
    medication.how_often = "Draft wording"
    medication.save_revision()
    response, html = fetch(client, medication.url)
    assert "Draft wording" not in html
    assert response["X-Page-Cache"] == "hit"


def test_unpublished_page_disappears_on_the_next_request(client, medication):
    fetch(client, medication.url)
    medication.unpublish()
    assert client.get(medication.url).status_code == 404


def test_moved_page_and_menus_follow_on_the_next_request(client, home, medication):
    old_url = medication.url
    index = medication.get_parent()
    fetch(client, old_url)
    assert ">Therapies</a>" not in fetch(client, "/")[1]
    other = TherapyIndexPageFactory(parent=home, show_in_menus=True, title="Therapies")
    index.move(other, pos="last-child")  # nonsense for editors, but a move all the same
    medication.refresh_from_db()
    assert client.get(old_url).url == medication.url, "the old address redirects to the new"
    assert client.get(medication.url).status_code == 200
    assert ">Therapies</a>" in fetch(client, "/")[1]


def test_deleted_page_is_gone_on_the_next_request(client, medication):
    url = medication.url
    fetch(client, url)
    medication.delete()
    assert client.get(url).status_code == 404


def test_edited_snippet_and_setting_show_on_the_next_request(client, medication):
    guidance = EmergencyGuidanceFactory(steps="Call 911")
    safety = SafetySettings.load()
    safety.emergency_guidance = guidance
    safety.save()
    medication.show_emergency_guidance = True
    medication.save_revision().publish()
    fetch(client, medication.url)

    guidance.steps = "Call 911\nGive naloxone now"
    guidance.save()
    assert "Give naloxone now" in fetch(client, medication.url)[1]

    safety.help_lines.helpline_number = "1-800-000-0000"
    safety.help_lines.save()
    assert "1-800-000-0000" in fetch(client, medication.url)[1]

    safety.quick_exit_url = "https://example.org/neutral"
    safety.save()
    assert "https://example.org/neutral" in fetch(client, medication.url)[1]


def test_staff_never_get_a_cached_page_and_never_fill_the_cache(client, admin_client, medication):
    staff_response, staff_html = fetch(admin_client, medication.url)
    assert "X-Page-Cache" not in staff_response
    assert "wagtail-userbar" in staff_html

    reader_response, reader_html = fetch(client, medication.url)
    assert reader_response["X-Page-Cache"] == "miss"
    assert "wagtail-userbar" not in reader_html

    assert "X-Page-Cache" not in admin_client.get(medication.url)


def test_only_known_query_parameters_are_cached(client, home):
    index = TherapyIndexPageFactory(parent=home)
    fetch(client, index.url, setting="inpatient")
    assert client.get(index.url, {"setting": "inpatient"})["X-Page-Cache"] == "hit"
    assert client.get(index.url, {"setting": "outpatient"})["X-Page-Cache"] == "miss"
    assert "X-Page-Cache" not in client.get(index.url, {"utm_source": "x"})


def test_missing_pages_are_not_cached(client, home):
    assert client.get("/nowhere/").status_code == 404
    assert "X-Page-Cache" not in client.get("/nowhere/")


@csrf_protect
def form_view(request):
    page_cache.mark_cacheable(request)
    template = Template('<form method="post">{% csrf_token %}</form>')
    return HttpResponse(template.render(RequestContext(request)))


@csrf_protect
def post_view(request):
    return HttpResponse("accepted")


urlpatterns = [path("form/", form_view), path("post/", post_view)]


def rendered_token(html):
    return html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]


@pytest.mark.urls(__name__)
def test_each_reader_gets_their_own_csrf_token_from_a_cached_page():
    first_reader, second_reader = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first, first_html = fetch(first_reader, "/form/")
    second, second_html = fetch(second_reader, "/form/")
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")

    first_token, second_token = rendered_token(first_html), rendered_token(second_html)
    first_secret = first_reader.cookies["csrftoken"].value
    second_secret = second_reader.cookies["csrftoken"].value
    assert first_secret != second_secret
    assert _unmask_cipher_token(first_token) == first_secret
    assert _unmask_cipher_token(second_token) == second_secret, "cached page kept another token"

    response = second_reader.post("/post/", {"csrfmiddlewaretoken": second_token})
    assert response.status_code == 200
    stolen = second_reader.post("/post/", {"csrfmiddlewaretoken": first_token})
    assert stolen.status_code == 403


def test_pages_render_when_the_cache_server_is_down(client, settings, medication):
    settings.CACHES = {
        "default": {
            "BACKEND": "tx_portal.cache_backends.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens here
            "OPTIONS": {"socket_connect_timeout": 0.1, "socket_timeout": 0.1},
        }
    }
    for url in ["/", medication.url, medication.get_parent().url]:
        response = client.get(url)
        assert response.status_code == 200, url
    medication.save_revision().publish()  # invalidation must not fail either


def test_approved_comment_shows_on_the_next_request_and_pending_ones_keep_the_cache(
    client, medication, django_user_model, django_capture_on_commit_callbacks
):
    from comments.actions import moderate
    from comments.models import CommentStatus
    from tests.comments.conftest import make_comment

    fetch(client, medication.url)
    with django_capture_on_commit_callbacks(execute=True):
        comment = make_comment(medication, "Waiting for a moderator", status=CommentStatus.PENDING)
    response, html = fetch(client, medication.url)
    assert response["X-Page-Cache"] == "hit", "a pending comment must not empty the cache"
    assert "Waiting for a moderator" not in html

    moderator = django_user_model.objects.create_user("mod", "mod@staff.example", "pw")
    with django_capture_on_commit_callbacks(execute=True):
        moderate(comment, "approve", moderator)
    assert "Waiting for a moderator" in fetch(client, medication.url)[1]

    with django_capture_on_commit_callbacks(execute=True):
        moderate(comment, "remove", moderator)
    assert "Waiting for a moderator" not in fetch(client, medication.url)[1]

"""`next` values that are not plain same-site paths are never echoed into a redirect, and never
make a sign-in screen answer 500 (portal_security.redirects, used by every sign-in view)."""

from urllib.parse import quote

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from portal_security.redirects import is_plain_path, safe_next_path

pytestmark = pytest.mark.django_db

# Values the outside probe sent (open-redirect corpus), and their neighbours.
REFUSED = [
    "<>javascript:alert(1);",
    "javascript:alert(1)",
    "//%09/example.com",
    "/%09/example.com",
    "/\t/example.com",
    "/admin/%0d%0aSet-Cookie:%20x=1",
    "/admin/%0D%0ALocation:%20https://example.com",
    "/admin/\r\nSet-Cookie: x=1",
    "/%2F%2Fexample.com",
    "/%5Cexample.com",
    "//example.com",
    "/\\example.com",
    "https://example.com/",
    "wagtailadmin_home",
    "admin:index",
    "foo",
    "",
    "/" + "a" * 3000,
    "/caf\u00e9",
]
ACCEPTED = ["/", "/admin/", "/admin/pages/3/?ordering=title#main", "/search/?q=naloxone"]


@pytest.mark.parametrize("value", REFUSED, ids=[quote(v[:40], safe="") for v in REFUSED])
def test_values_that_are_not_plain_paths_give_the_fallback(value):
    assert not is_plain_path(value)
    assert safe_next_path(value, "/admin/") == "/admin/"


@pytest.mark.parametrize("value", ACCEPTED)
def test_plain_paths_are_kept(value):
    assert safe_next_path(value, "/admin/") == value


def test_a_fallback_may_be_a_url_name_and_a_bad_one_gives_the_home_page():
    assert safe_next_path("//x", "wagtailadmin_home") == reverse("wagtailadmin_home")
    assert safe_next_path("//x", "no such view") == "/"


@pytest.fixture
def editor_client(django_user_model):
    user = django_user_model.objects.create_user("ed", "ed@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("value", REFUSED, ids=[quote(v[:40], safe="") for v in REFUSED])
def test_the_admin_login_sends_a_signed_in_user_home_for_a_bad_next(editor_client, value):
    response = editor_client.get(reverse("wagtailadmin_login"), {"next": value})
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_the_probes_payload_sent_raw_in_the_query_string(editor_client):
    """As the probe sent it: `%3C%3Ejavascript%3Aalert%281%29%3B` (was NoReverseMatch, a 500)."""
    url = reverse("wagtailadmin_login") + "?next=%3C%3Ejavascript%3Aalert%281%29%3B"
    response = editor_client.get(url)
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))


def test_a_good_next_is_followed_by_the_admin_login(editor_client):
    response = editor_client.get(reverse("wagtailadmin_login"), {"next": "/admin/pages/"})
    assert response["Location"] == "/admin/pages/"


@pytest.mark.parametrize("value", ["//%09/example.com", "/admin/%0d%0aSet-Cookie:%20x=1"])
def test_signing_in_and_out_never_echo_a_bad_next(django_user_model, value):
    user = django_user_model.objects.create_user("ed", "ed@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    response = client.post(
        reverse("wagtailadmin_login"), {"username": "ed", "password": "pw", "next": value}
    )
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    response = client.post(reverse("wagtailadmin_logout") + "?next=" + quote(value, safe=""))
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_login"))


def test_the_django_admin_login_never_echoes_a_bad_next(django_user_model):
    django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    response = Client().post(
        reverse("admin:login"),
        {"username": "root", "password": "pw", "next": "//%09/example.com"},
    )
    assert (response.status_code, response["Location"]) == (302, reverse("admin:index"))

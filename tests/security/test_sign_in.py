"""Staff sign-in resists guessing: lockouts, their message, who clears them; sign-out by POST only.

Figures (settings/base.py): the 5th failure (AXES_FAILURE_LIMIT) of one account from one address,
or of any accounts from one address, pauses signing in there for AXES_COOLOFF_TIME = 15 minutes;
the 5th wrong password is answered with the lockout page, and a 6th attempt is refused even with
the right password.
"""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"
WAGTAIL_LOGIN = "wagtailadmin_login"
DJANGO_LOGIN = "admin:login"


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def root(django_user_model):
    return django_user_model.objects.create_superuser("root", "root@example.org", PASSWORD)


def sign_in(client, username, password, login=WAGTAIL_LOGIN, address="203.0.113.7", **extra):
    return client.post(
        reverse(login), {"username": username, "password": password}, REMOTE_ADDR=address, **extra
    )


def signed_in(client):
    return "_auth_user_id" in client.session


def fail(client, username, times, **kwargs):
    """`times` wrong passwords: each answered with the form again, the one that reaches the
    limit with the lockout page."""
    for attempt in range(1, times + 1):
        response = sign_in(client, username, f"wrong-{attempt}", **kwargs)
        expected = 429 if attempt >= settings.AXES_FAILURE_LIMIT else 200
        assert response.status_code == expected, f"failure {attempt} answered {response}"
        assert not signed_in(client)


def test_four_failures_are_answered_normally_and_the_right_password_then_works(editor):
    client = Client()
    fail(client, "editor", settings.AXES_FAILURE_LIMIT - 1)
    response = sign_in(client, "editor", PASSWORD)
    assert response.status_code == 302 and signed_in(client)


def test_the_sixth_attempt_in_a_minute_is_refused_even_with_the_right_password(editor):
    client = Client()
    fail(client, "editor", settings.AXES_FAILURE_LIMIT)
    response = sign_in(client, "editor", PASSWORD)
    assert response.status_code == 429
    assert not signed_in(client)
    page = response.content.decode()
    assert "Sign-in paused" in page and "15 minutes" in page
    assert 'id="main"' in page, "the admin's own layout"


def test_the_lockout_page_is_the_same_for_an_account_that_does_not_exist(editor):
    known, unknown = Client(), Client()
    fail(known, "editor", settings.AXES_FAILURE_LIMIT)
    fail(unknown, "nobody-here", settings.AXES_FAILURE_LIMIT, address="203.0.113.8")
    locked_known = sign_in(known, "editor", PASSWORD)
    locked_unknown = sign_in(unknown, "nobody-here", PASSWORD, address="203.0.113.8")
    assert locked_known.status_code == locked_unknown.status_code == 429

    def main(response):
        page = response.content.decode()
        return page[page.index('id="main"') : page.index("</main>")]

    assert main(locked_known) == main(locked_unknown)


def test_another_address_is_not_locked_by_someone_elses_failures(editor):
    fail(Client(), "editor", settings.AXES_FAILURE_LIMIT + 2, address="198.51.100.66")
    client = Client()
    response = sign_in(client, "editor", PASSWORD, address="203.0.113.7")
    assert response.status_code == 302 and signed_in(client)


def test_an_address_trying_many_accounts_is_paused(editor):
    client = Client()
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, f"guess-{number}", "wrong")
    assert sign_in(client, "editor", PASSWORD).status_code == 429


def test_the_address_is_read_behind_the_trusted_proxies(editor, settings):
    """With one trusted proxy, readers differ by X-Forwarded-For, not by the proxy's address."""
    settings.TRUSTED_PROXY_HOPS = 1
    fail(Client(), "editor", settings.AXES_FAILURE_LIMIT, HTTP_X_FORWARDED_FOR="198.51.100.66")
    again = sign_in(Client(), "editor", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.66")
    assert again.status_code == 429
    client = Client()
    response = sign_in(client, "editor", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert response.status_code == 302 and signed_in(client)


def test_the_django_admin_sign_in_is_protected_too(root):
    client = Client()
    for attempt in range(1, settings.AXES_FAILURE_LIMIT):
        assert sign_in(client, "root", f"wrong-{attempt}", login=DJANGO_LOGIN).status_code == 200
    assert sign_in(client, "root", "wrong-again", login=DJANGO_LOGIN).status_code == 429
    assert sign_in(client, "root", PASSWORD, login=DJANGO_LOGIN).status_code == 429
    assert not signed_in(client)


def test_the_pause_lifts_after_the_lockout_time(editor):
    client = Client()
    fail(client, "editor", settings.AXES_FAILURE_LIMIT)
    assert sign_in(client, "editor", PASSWORD).status_code == 429
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(seconds=1)
    )
    assert sign_in(client, "editor", PASSWORD).status_code == 302


def test_an_administrator_sees_the_lockout_and_clears_it(editor, root):
    locked = Client()
    fail(locked, "editor", settings.AXES_FAILURE_LIMIT)
    admin = Client()
    admin.force_login(root)
    listing = admin.get(reverse("admin:axes_accessattempt_changelist"))
    assert listing.status_code == 200
    assert "editor" in listing.content.decode() and "203.0.113.7" in listing.content.decode()
    attempt = AccessAttempt.objects.get(username="editor")
    response = admin.post(
        reverse("admin:axes_accessattempt_delete", args=[attempt.pk]), {"post": "yes"}
    )
    assert response.status_code == 302
    assert sign_in(locked, "editor", PASSWORD).status_code == 302 and signed_in(locked)


def test_the_wagtail_settings_menu_links_administrators_to_the_lockouts(root):
    client = Client()
    client.force_login(root)
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("admin:axes_accessattempt_changelist") in page


# --- Signing out ----------------------------------------------------------------------------


def test_a_cross_site_get_of_the_logout_url_changes_nothing(editor):
    client = Client()
    client.force_login(editor)
    session_key = client.session.session_key
    response = client.get(reverse("wagtailadmin_logout"), HTTP_SEC_FETCH_SITE="cross-site")
    assert response.status_code == 405
    assert settings.SESSION_COOKIE_NAME not in response.cookies, "the session cookie was touched"
    assert Session.objects.filter(session_key=session_key).exists()
    assert client.get(reverse("wagtailadmin_home")).status_code == 200, "signed out by a GET"


def test_signing_out_deletes_the_session_row(editor):
    client = Client()
    client.force_login(editor)
    session_key = client.session.session_key
    response = client.post(reverse("wagtailadmin_logout"))
    assert response.status_code == 302
    assert not Session.objects.filter(session_key=session_key).exists()
    assert client.get(reverse("wagtailadmin_home")).status_code == 302  # to the sign-in page

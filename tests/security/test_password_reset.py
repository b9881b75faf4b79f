"""The staff password reset: the same answer for known and unknown addresses, throttled per client
address and per target email, and never sooner than PASSWORD_RESET_MIN_SECONDS."""

import time

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

URL = "wagtailadmin_password_reset"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("editor", "editor@example.org", "pw-2026-x")


def ask(client, email, address="203.0.113.7"):
    return client.post(reverse(URL), {"email": email}, REMOTE_ADDR=address)


def test_known_and_unknown_addresses_get_the_same_answer(editor):
    known = ask(Client(), "editor@example.org")
    unknown = ask(Client(), "nobody@example.org", address="203.0.113.8")
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"] == reverse("wagtailadmin_password_reset_done")
    assert [message.to for message in mail.outbox] == [["editor@example.org"]]
    assert "/admin/password_reset/confirm/" in mail.outbox[0].body


def test_one_address_may_ask_five_times_an_hour_then_is_asked_to_wait(editor, settings):
    client = Client()
    for number in range(settings.PASSWORD_RESET_PER_ADDRESS):
        assert ask(client, f"someone-{number}@example.org").status_code == 302
    response = ask(client, "editor@example.org")
    assert response.status_code == 429
    assert "Please wait before trying again" in response.content.decode()
    assert mail.outbox == [], "nothing is sent once the address is throttled"
    assert ask(Client(), "editor@example.org", address="198.51.100.2").status_code == 302


def test_one_person_gets_at_most_three_reset_emails_an_hour(editor, settings):
    for number in range(settings.PASSWORD_RESET_PER_EMAIL + 3):
        # From ever-new addresses, as a flood through many proxies would come.
        response = ask(Client(), "Editor@Example.org", address=f"198.51.100.{number + 1}")
        assert response.status_code == 302, "the answer never changes"
    assert len(mail.outbox) == settings.PASSWORD_RESET_PER_EMAIL


def test_the_answer_never_comes_sooner_than_the_minimum(editor, settings):
    settings.PASSWORD_RESET_MIN_SECONDS = 0.3
    for email, address in (
        ("editor@example.org", "192.0.2.1"),
        ("nobody@example.org", "192.0.2.2"),
    ):
        started = time.monotonic()
        assert ask(Client(), email, address=address).status_code == 302
        assert time.monotonic() - started >= 0.3, email


def test_a_bad_address_is_a_form_error_and_sends_nothing():
    response = ask(Client(), "not an address")
    assert response.status_code == 200
    assert "Enter a valid email address" in response.content.decode()
    assert mail.outbox == []

"""Junk in an admin URL's query string (a mistyped page number, a tampered sort order, a huge
search) gets a page or a polite 4xx, never a 500: every admin screen of the permission matrix,
as a superuser (who reaches them all)."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.security import test_permission_matrix as matrix
from tx_portal.models import Reviewer

pytestmark = pytest.mark.django_db

MATRIX, SUPERUSER = matrix.MATRIX, matrix.SUPERUSER
world = matrix.world  # the matrix's objects, made once for this module too

JUNK = [
    "p=abc",
    "p=99999",
    "ordering=nonsense",
    "id=abc",
    "q=dr",
    "q=" + "naloxone%20" * 200,
    "next=//evil.example",
]


def test_no_admin_screen_answers_junk_query_strings_with_a_server_error(world):
    client = Client(raise_request_exception=False)
    client.force_login(world.users[SUPERUSER])
    urls = sorted({row.url(world) for row in MATRIX if row.method == "get"})
    failures = []
    for url in urls:
        for junk in JUNK:
            answered = client.get(f"{url}{'&' if '?' in url else '?'}{junk}")
            if answered.status_code >= 500:
                failures.append(f"{url} ?{junk[:40]}: {answered.status_code}")
    assert len(urls) > 100
    assert failures == []


def test_the_reviewer_listing_searches_names_credentials_and_roles(world):
    Reviewer.objects.create(name="Dr Kim Osei", credentials="PharmD", role="Clinical pharmacist")
    client = Client()
    client.force_login(world.users[SUPERUSER])
    listing = reverse("wagtailsnippets_tx_portal_reviewer:list")
    for query in ("Osei", "pharmd", "pharmacist"):
        response = client.get(listing, {"q": query})
        assert response.status_code == 200, f"searching reviewers for {query!r}"
        html = response.content.decode()
        assert "Dr Kim Osei" in html, f"searching reviewers for {query!r}"
        assert "Dr Ada Clinician" not in html

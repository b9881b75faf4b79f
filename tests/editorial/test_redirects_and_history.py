"""Renamed pages keep their old URLs; revisions, compare and scheduled publishing work."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from tests.admin_forms import edit_page_url, health_page_data, publish
from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def test_changing_a_published_slug_redirects_the_old_url(
    home, client_for, superuser, client, django_capture_on_commit_callbacks
):
    page = ArticlePageFactory(parent=home, title="Naloxone", slug="naloxone")
    old_url = page.url
    data = publish(health_page_data("Naloxone", "naloxone-nasal-spray"))
    # Wagtail creates the redirect once the rename is committed.
    with django_capture_on_commit_callbacks(execute=True):
        assert client_for(superuser).post(edit_page_url(page), data).status_code == 302

    redirect = Redirect.objects.get(old_path=Redirect.normalise_path(old_url))
    assert redirect.is_permanent
    assert redirect.redirect_page_id == page.pk
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"].endswith("/naloxone-nasal-spray/")


def test_renamed_section_keeps_the_urls_of_its_pages(
    home, client_for, superuser, client, django_capture_on_commit_callbacks
):
    parent = ArticlePageFactory(parent=home, title="Guides", slug="guides")
    child = ArticlePageFactory(parent=parent, title="Fentanyl", slug="fentanyl")
    old_child_url = child.url
    data = publish(health_page_data("Guides", "help-guides"))
    with django_capture_on_commit_callbacks(execute=True):
        client_for(superuser).post(edit_page_url(parent), data)
    response = client.get(old_child_url)
    assert response.status_code == 301
    assert response["Location"].endswith("/help-guides/fentanyl/")


def test_revisions_can_be_compared(home, client_for, superuser):
    page = ArticlePageFactory(parent=home, title="Methadone", slug="methadone")
    as_superuser = client_for(superuser)
    as_superuser.post(edit_page_url(page), health_page_data("Methadone", "methadone"))
    as_superuser.post(
        edit_page_url(page), health_page_data("Methadone", "methadone", summary="Second draft.")
    )
    first, second = page.revisions.order_by("pk")
    url = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, first.pk, second.pk])
    response = as_superuser.get(url)
    assert response.status_code == 200
    assert "Second draft." in response.content.decode()


def test_scheduled_publishing_goes_live_when_publish_scheduled_runs(home, client_for, superuser):
    page = ArticlePageFactory(parent=home, title="Buprenorphine", slug="buprenorphine", live=False)
    go_live = timezone.localtime() + datetime.timedelta(hours=1)
    data = publish(
        health_page_data(
            "Buprenorphine", "buprenorphine", go_live_at=go_live.strftime("%Y-%m-%d %H:%M")
        )
    )
    client_for(superuser).post(edit_page_url(page), data)
    assert not Page.objects.get(pk=page.pk).live

    call_command("publish_scheduled", stdout=StringIO())
    assert not Page.objects.get(pk=page.pk).live

    later = timezone.now() + datetime.timedelta(hours=2)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: later)
        call_command("publish_scheduled", stdout=StringIO())
    assert Page.objects.get(pk=page.pk).live

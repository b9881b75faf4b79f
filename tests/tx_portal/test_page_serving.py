"""Pages are found by their URL in one query (tx_portal/page_serving.py), with what Wagtail's
tree walk guaranteed: drafts and unknown URLs are 404s (redirects still apply), private pages ask
for a login or password, aliases share their original's restrictions, each site serves its own
pages, and a page moved or renamed is never served at its old URL."""

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageViewRestriction, Site

from tests.admin_forms import count_queries
from tests.factories import MedicationIndexPageFactory, MedicationPageFactory
from tx_portal import page_serving
from tx_portal.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home):
    return MedicationIndexPageFactory(parent=home, show_in_menus=True)


def get_twice(client, url, **extra):
    """The second answer (the first one teaches the site where the URL's page is)."""
    client.get(url, **extra)
    return client.get(url, **extra)


def test_a_live_page_is_served_and_a_draft_is_not_found(client, index):
    live = MedicationPageFactory(parent=index, title="Methadone")
    draft = MedicationPageFactory(parent=index, title="Draft medicine", live=False)
    assert "Methadone" in get_twice(client, live.url).content.decode()
    assert get_twice(client, "/medications/" + draft.slug + "/").status_code == 404
    assert get_twice(client, "/medications/no-such-medicine/").status_code == 404


def test_a_live_page_under_an_unpublished_section_is_served_as_wagtail_does(client, index):
    page = MedicationPageFactory(parent=index, title="Methadone")
    index.unpublish()
    assert get_twice(client, "/medications/").status_code == 404
    assert get_twice(client, "/medications/" + page.slug + "/").status_code == 200


def test_unpublishing_takes_the_page_down_at_once(client, index):
    page = MedicationPageFactory(parent=index)
    url = page.url
    assert get_twice(client, url).status_code == 200
    page.unpublish()
    assert client.get(url).status_code == 404


def test_a_renamed_page_is_not_served_at_its_old_url(client, index):
    page = MedicationPageFactory(parent=index, title="Methadone", slug="methadone")
    assert get_twice(client, "/medications/methadone/").status_code == 200
    page.slug = "methadone-maintenance"
    page.save_revision().publish()
    # The URL remembered for the page no longer matches it: not served there any more.
    assert client.get("/medications/methadone/").status_code == 404
    assert client.get("/medications/methadone-maintenance/").status_code == 200


def test_a_deleted_page_is_not_found(client, index):
    page = MedicationPageFactory(parent=index)
    url = page.url
    assert get_twice(client, url).status_code == 200
    page.delete()
    assert client.get(url).status_code == 404


def test_editors_redirects_still_answer_unknown_urls(client, index):
    page = MedicationPageFactory(parent=index, title="Methadone")
    Redirect.objects.create(old_path="/methadone-info", redirect_page=page)
    response = client.get("/methadone-info/")
    assert response.status_code == 301
    assert response["Location"].endswith(page.url)


def test_a_redirect_added_after_its_url_was_a_404_answers_at_once(client, index):
    """A 404 whose path starts no redirect costs no query (tx_portal/redirects.py); an editor's
    new redirect, with a query string or an accented path, still answers on the next request."""
    page = MedicationPageFactory(parent=index, title="Methadone")
    assert client.get("/old-methadone/").status_code == 404
    assert count_queries(lambda: client.get("/old-methadone/")) == 0
    Redirect.objects.create(old_path="/old-methadone", redirect_page=page, is_permanent=False)
    Redirect.objects.create(old_path="/méthadone", redirect_page=page)
    response = client.get("/old-methadone/?utm_source=leaflet")
    assert response.status_code == 302 and response["Location"].endswith(page.url)
    assert client.get("/m%C3%A9thadone/").status_code == 301
    Redirect.objects.filter(old_path="/old-methadone").delete()
    assert client.get("/old-methadone/").status_code == 404


def test_a_private_section_asks_for_a_login_and_its_pages_too(client, index):
    page = MedicationPageFactory(parent=index, title="Methadone")
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    for url in (index.url, page.url):
        response = get_twice(client, url)
        assert response.status_code == 302, url
        assert "/_util/login/" in response["Location"]


def test_a_password_protected_page_shows_the_password_form(client, index):
    page = MedicationPageFactory(parent=index, title="Methadone")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    html = get_twice(client, page.url).content.decode()
    assert 'name="password"' in html
    assert "It works on the same receptors as heroin." not in html
    # Nor is it listed for readers on its section's page.
    assert "Methadone" not in get_twice(client, index.url).content.decode()


def test_an_alias_of_a_private_page_is_private_too(client, home, index):
    original = MedicationPageFactory(parent=index, title="Methadone")
    PageViewRestriction.objects.create(page=original, restriction_type=PageViewRestriction.LOGIN)
    other_index = MedicationIndexPageFactory(parent=home, title="More", slug="more")
    alias = original.create_alias(parent=other_index, update_slug="methadone-alias")
    response = get_twice(client, alias.url)
    assert response.status_code == 302
    assert "/_util/login/" in response["Location"]


def test_each_site_serves_its_own_pages(client, home, index, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "other.example"]
    page = MedicationPageFactory(parent=index, title="Methadone")
    root = Page.get_first_root_node()
    other_home = root.add_child(
        instance=HomePage(title="Other site", slug="other-home", introduction="Another site.")
    )
    Site.objects.create(hostname="other.example", port=80, root_page=other_home)
    other_index = MedicationIndexPageFactory(parent=other_home)
    other_page = MedicationPageFactory(parent=other_index, title="Buprenorphine", slug=page.slug)

    here = get_twice(client, "/medications/" + page.slug + "/").content.decode()
    there = get_twice(
        client, "/medications/" + page.slug + "/", HTTP_HOST="other.example"
    ).content.decode()
    assert "Methadone" in here and "Buprenorphine" not in here
    assert "Buprenorphine" in there and "Methadone" not in there
    assert other_page.live


def test_wagtails_serving_code_is_the_one_mirrored():
    """An upgrade of Wagtail that changes its serve view, route() or view restrictions fails
    `manage.py check` until tx_portal/page_serving.py is compared with it."""
    assert page_serving.check_wagtail_serving() == []
    assert page_serving.routing_is_plain()

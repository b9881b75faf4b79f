"""The home page, navigation, breadcrumbs and error pages."""

import re

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import RequestFactory

from tests.admin_forms import count_queries
from tests.factories import (
    ArticlePageFactory,
    DetoxGuidePageFactory,
    MedicationIndexPageFactory,
    MedicationPageFactory,
    TherapyIndexPageFactory,
)
from tx_portal import shared_fragments
from tx_portal.views import server_error

# These run among the transactional tests in a full run (after the browser tests, whose flush
# empties the tables): a serialized rollback puts back what the migrations made (the home page,
# the staff groups, the workflow) before each test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def sections(home):
    return [
        MedicationIndexPageFactory(parent=home, show_in_menus=True),
        TherapyIndexPageFactory(parent=home, show_in_menus=True),
        DetoxGuidePageFactory(parent=home, show_in_menus=True),
        ArticlePageFactory(parent=home, title="Hidden from menus", show_in_menus=False),
    ]


def test_home_page_presents_the_sections(client, home, sections):
    html = client.get("/").content.decode()
    for section in sections[:3]:
        assert f'<a href="{section.url}">{section.title}</a>' in html
        assert section.introduction in html


def test_navigation_comes_from_the_page_tree_and_marks_the_current_section(client, sections):
    medications = sections[0]
    page = MedicationPageFactory(parent=medications)
    html = client.get(page.url).content.decode()
    menu = html[html.index('<nav class="main-menu"') : html.index("</nav>")]
    assert f'<a href="{medications.url}" aria-current="true">Medications</a>' in menu
    assert "Therapies" in menu
    assert "Hidden from menus" not in menu

    html = client.get(medications.url).content.decode()
    assert f'<a href="{medications.url}" aria-current="page">Medications</a>' in html


def test_breadcrumbs_lead_back_home(client, sections):
    page = MedicationPageFactory(parent=sections[0], title="Naloxone")
    html = client.get(page.url).content.decode()
    crumbs = html[html.index('aria-label="Breadcrumb"') :]
    assert '<li><a href="/">Home</a></li>' in crumbs
    assert '<span aria-current="page">Naloxone</span>' in crumbs


def test_every_page_starts_with_a_skip_link_and_the_help_lines(client, home):
    html = client.get("/").content.decode()
    body = html[html.index("<body") :]
    assert body.index('class="skip-link" href="#main-content"') < body.index("crisis-banner")
    assert '<a href="tel:911">911</a>' in html
    assert '<a href="tel:18006624357">1-800-662-4357</a>' in html
    assert 'id="main-content"' in html


def test_pages_carry_no_inline_script_or_style(client, home, sections):
    """A strict CSP (script-src 'self') will be enforced: scripts come from files; the only
    inline <script> elements allowed are JSON-LD data blocks, which browsers never execute."""
    for url in ["/", sections[0].url, sections[1].url, sections[2].url, "/no-such-page/"]:
        html = client.get(url).content.decode()
        for attributes, content in re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S):
            if 'type="application/ld+json"' in attributes:
                continue
            assert re.search(r'\bsrc="/static/', attributes), f"{url}: inline script"
            assert not content.strip(), f"{url}: a script with src and a body"
        assert "style=" not in html, url
        assert "<style" not in html, url


def test_home_page_query_count(client, home, sections):
    client.get("/")
    # Between edits the home page, its section cards, settings and menu are shared fragments.
    assert count_queries(lambda: client.get("/")) == 0
    shared_fragments.invalidate()
    # After an edit: site, live URLs, page, section cards (one UNION), settings, menu.
    assert count_queries(lambda: client.get("/")) == 6


def test_missing_page_gets_the_friendly_404(client, home):
    response = client.get("/medications/no-such-medicine/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "We could not find that page" in html
    assert '<meta name="robots" content="noindex">' in html
    assert "tel:18006624357" in html


def test_500_page_needs_no_database(django_assert_num_queries):
    request = RequestFactory().get("/")
    with django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()
    assert "tel:911" in response.content.decode()


@pytest.mark.parametrize("query", ["?page=abc", "?page=-1", "?setting=%00", "?q=" + "x" * 3000])
def test_junk_query_strings_never_break_a_page(client, home, sections, query):
    for page in sections:
        assert client.get(page.url + query).status_code == 200


def test_every_page_declares_an_icon_that_exists(client, home):
    """Without one, browsers ask for /favicon.ico on every first visit: a 404 rendered each time."""
    for html in (client.get("/").content.decode(), client.get("/no-such-page/").content.decode()):
        icon = re.search(r'<link rel="icon" href="([^"]+)"', html)
        assert icon, "no icon declared"
        assert finders.find(icon.group(1).removeprefix(settings.STATIC_URL)), icon.group(1)

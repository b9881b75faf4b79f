"""Help for a reader in crisis: the banner's quick exit, the emergency guidance where it matters,
and the printable overdose card."""

import re

import pytest
from django.urls import reverse

from demo.loader import load_demo_content
from tests.factories import EmergencyGuidanceFactory
from tx_portal.models import SafetySettings

pytestmark = pytest.mark.django_db


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.fixture
def demo(home):
    load_demo_content()


def test_every_page_has_a_quick_exit_to_the_neutral_site_staff_chose(client, home):
    safety = SafetySettings.load()
    safety.quick_exit_url = "https://www.example.org/weather"
    safety.save()
    for url in ["/", "/search/", "/overdose-card/", "/no-such-page/"]:
        html = client.get(url).content.decode()
        link = re.search(r'<a class="quick-exit"[^>]*>Quick exit</a>', html)
        assert link, url
        assert 'href="https://www.example.org/weather"' in link.group(0)
        assert 'rel="noreferrer noopener"' in link.group(0), "the neutral site must not see us"


def test_quick_exit_defaults_to_a_neutral_site(home):
    assert SafetySettings.load().quick_exit_url == "https://www.weather.gov/"


def test_staff_edit_the_quick_exit_in_the_safety_settings(admin_client, home):
    url = reverse("wagtailsettings:edit", args=["tx_portal", "safetysettings"])
    html = admin_client.get(url, follow=True).content.decode()
    assert 'name="quick_exit_url"' in html


def guidance_position(html):
    match = re.search(r'<section class="emergency-guidance"', html)
    return match.start() if match else None


def test_naloxone_and_detox_pages_show_the_emergency_guidance_before_the_facts(client, demo):
    for url in [
        "/medications/naloxone/",
        "/detox/early-withdrawal/",
        "/detox/peak-withdrawal/",
        "/detox/subsiding-withdrawal/",
        "/detox/post-acute-withdrawal/",
    ]:
        html = html_of(client, url)
        position = guidance_position(html)
        assert position is not None, f"{url}: no emergency guidance"
        assert position < html.index('id="key-facts-heading"'), f"{url}: guidance comes first"
        assert 'Call <a href="tel:911">911</a> now.' in html, url
        assert "Give naloxone (Narcan) if you have it" in html, url

    assert guidance_position(html_of(client, "/medications/methadone/")) is None
    assert guidance_position(html_of(client, "/detox/")) is not None, "the guide ends with it"


def test_overdose_card_has_the_guidance_and_every_help_line(client, demo):
    html = html_of(client, "/overdose-card/")
    main = html[html.index("<main") : html.index("</main>")]
    assert '<h1 id="overdose-card-heading">If you think someone has overdosed</h1>' in main
    assert "Very small (pinpoint) pupils" in main
    assert re.search(r"<ol><li>Give naloxone \(Narcan\) if you have it\.", main), "naloxone first"
    assert "every 2 to 3 minutes" in main
    assert "Good Samaritan" in main
    for number in ["tel:911", "tel:18006624357", "tel:988"]:
        assert number in main
    assert "findtreatment.gov" in main
    assert '<button type="button" class="print-button" data-print hidden>' in main


def test_overdose_card_without_guidance_still_gives_the_numbers(client, home):
    html = html_of(client, "/overdose-card/")
    assert "If you think someone has overdosed" in html
    assert 'href="tel:911"' in html


def test_the_guidance_links_to_the_card(client, home):
    safety = SafetySettings.load()
    safety.emergency_guidance = EmergencyGuidanceFactory()
    safety.save()
    html = html_of(client, "/")
    assert '<a href="/overdose-card/">Print this as a one-page overdose card</a>' in html


def test_overdose_card_only_answers_reading(client, home):
    assert client.post("/overdose-card/").status_code == 405

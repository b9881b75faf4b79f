"""The parts every page shows (menu, help lines, emergency guidance, breadcrumbs, section cards)
cost no query between edits and are right on the next request after one, in this process or in
another (which announces its edits through the shared cache)."""

import pytest
from django.core.cache import cache

from tests.factories import (
    EmergencyGuidanceFactory,
    MedicationIndexPageFactory,
    MedicationPageFactory,
    TherapyIndexPageFactory,
)
from tx_portal import shared_fragments
from tx_portal.models import HelpLines, SafetySettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home):
    safety = SafetySettings.load()
    safety.help_lines = HelpLines.objects.create()
    safety.emergency_guidance = EmergencyGuidanceFactory()
    safety.save()
    index = MedicationIndexPageFactory(parent=home, show_in_menus=True)
    return MedicationPageFactory(parent=index, title="Methadone", show_emergency_guidance=True)


def html_of(client, url):
    return client.get(url).content.decode()


def test_a_new_helpline_number_shows_on_the_next_request(client, page):
    assert "1-800-662-4357" in html_of(client, page.url)
    lines = SafetySettings.load().help_lines
    lines.helpline_number = "1-800-555-0199"
    lines.save()
    html = html_of(client, page.url)
    assert "1-800-555-0199" in html
    assert "1-800-662-4357" not in html


def test_a_new_section_shows_in_the_menu_and_on_the_home_page_once_published(client, home, page):
    assert "Therapies" not in html_of(client, page.url)
    TherapyIndexPageFactory(parent=home, show_in_menus=True, title="Therapies")
    assert 'href="/therapies/">Therapies</a>' in html_of(client, page.url)
    assert "Therapies" in html_of(client, "/")


def test_a_renamed_section_shows_in_the_breadcrumbs(client, page):
    index = page.get_parent().specific
    html_of(client, page.url)
    index.title = "Medicines"
    index.save_revision().publish()
    assert 'href="/medications/">Medicines</a></li>' in html_of(client, page.url)


def test_changed_guidance_shows_on_the_next_request(client, page):
    assert "Slow or stopped breathing" in html_of(client, page.url)
    guidance = SafetySettings.load().emergency_guidance
    guidance.signs = "Blue lips"
    guidance.save()
    html = html_of(client, page.url)
    assert "Blue lips" in html and "Slow or stopped breathing" not in html


def test_an_edit_made_in_another_process_shows_on_the_next_request(client, page):
    """Another app process saves the help lines: its signal increments the generation in the
    shared cache. Here the row is changed without signals, as only that process sent them."""
    assert "1-800-662-4357" in html_of(client, page.url)
    HelpLines.objects.update(helpline_number="1-800-555-0123")
    # Kept between edits: this process was told of no edit yet.
    assert "1-800-662-4357" in html_of(client, page.url)
    cache.incr(shared_fragments.GENERATION_KEY)  # what the other process's signal does
    assert "1-800-555-0123" in html_of(client, page.url)


def test_a_lost_generation_never_revives_old_values(client, page):
    """Redis restarted or the key was evicted: a fresh, unique generation starts."""
    assert "1-800-662-4357" in html_of(client, page.url)
    HelpLines.objects.update(helpline_number="1-800-555-0145")
    cache.delete(shared_fragments.GENERATION_KEY)
    assert "1-800-555-0145" in html_of(client, page.url)


def test_without_a_shared_cache_nothing_is_kept(client, page, settings):
    settings.SHARED_FRAGMENTS = False
    assert "1-800-662-4357" in html_of(client, page.url)
    HelpLines.objects.update(helpline_number="1-800-555-0167")
    assert "1-800-555-0167" in html_of(client, page.url)


def test_a_reader_who_changes_a_kept_value_changes_it_for_nobody_else(rf, page):
    """Each use gets its own copy: a view that modified the settings object (the admin's form
    does) cannot change what the next reader sees."""
    first = SafetySettings.load(request_or_site=rf.get("/"))
    first.help_lines.helpline_number = "tampered"
    second = SafetySettings.load(request_or_site=rf.get("/"))
    assert second.helpline_number == "1-800-662-4357"

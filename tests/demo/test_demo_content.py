import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Revision

from articles.models import ArticlePage
from demo.data import home as home_data
from demo.data import reviewers, support, therapies
from detox.models import DetoxGuidePage, DetoxPhasePage
from medications.models import MedicationIndexPage, MedicationPage
from therapies.models import TherapyIndexPage, TherapyPage
from tx_portal.models import EmergencyGuidance, HomePage, Reviewer, SafetySettings

pytestmark = pytest.mark.django_db

HEALTH_PAGE_TYPES = [ArticlePage, MedicationPage, TherapyPage, DetoxPhasePage]


def load(*args):
    out = StringIO()
    call_command("load_demo_content", *args, stdout=out)
    return out.getvalue()


def medication(slug):
    return MedicationPage.objects.get(slug=slug)


def state():
    """Everything a run of the loader could add to."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "live revisions": list(Page.objects.order_by("pk").values_list("live_revision", flat=True)),
        "page log entries": PageLogEntry.objects.count(),
        "reviewers": Reviewer.objects.count(),
        "emergency guidance": EmergencyGuidance.objects.count(),
    }


@pytest.fixture
def loaded(home):
    return load()


def test_builds_the_sections_under_the_home_page(loaded, home):
    home.refresh_from_db()
    sections = [page.specific for page in home.get_children()]
    assert [type(page) for page in sections] == [
        ArticlePage,
        MedicationIndexPage,
        TherapyIndexPage,
        DetoxGuidePage,
        ArticlePage,
    ]
    assert [page.slug for page in sections[1:]] == ["medications", "therapies", "detox", "support"]
    assert sections[0].title == "Treatments for opioid addiction: an overview"
    assert all(page.show_in_menus and page.live for page in sections)


def test_creates_the_expected_pages_all_live_with_a_revision(loaded):
    assert MedicationPage.objects.count() == 6
    assert TherapyPage.objects.count() >= 5
    assert DetoxPhasePage.objects.count() == 4
    assert ArticlePage.objects.count() == 1 + 1 + len(support.SUPPORT_PAGES)
    for model in (MedicationIndexPage, TherapyIndexPage, DetoxGuidePage):
        assert model.objects.count() == 1
    pages = Page.objects.filter(depth__gt=2)
    assert pages.count() == 6 + len(therapies.THERAPIES) + 4 + 1 + 3 + 1 + len(
        support.SUPPORT_PAGES
    )
    assert not pages.filter(live=False).exists()
    assert not pages.filter(live_revision=None).exists()
    assert not pages.filter(has_unpublished_changes=True).exists()
    assert set(MedicationPage.objects.values_list("slug", flat=True)) == {
        "methadone",
        "buprenorphine",
        "naltrexone",
        "naloxone",
        "nalmefene",
        "lofexidine",
    }


def test_replaces_the_default_home_introduction(loaded, home):
    home.refresh_from_db()
    assert home.introduction == home_data.HOME["introduction"]
    assert home.live_revision is not None


def test_leaves_an_edited_home_introduction_alone(home):
    home.introduction = "Written by staff."
    home.save_revision().publish()
    output = load()
    home.refresh_from_db()
    assert home.introduction == "Written by staff."
    assert "Home page: left alone" in output


def test_every_medication_fact_is_filled(loaded):
    today = timezone.localdate()
    for page in MedicationPage.objects.all():
        for field in [
            "summary",
            "generic_name",
            "brand_names",
            "medication_class",
            "uses",
            "routes",
            "how_often",
            "how_it_works",
            "where_given",
            "who_can_prescribe",
            "dependence_potential",
            "common_side_effects",
            "serious_warnings",
            "pregnancy_and_breastfeeding",
            "cost_and_coverage",
            "body",
            "references",
        ]:
            assert getattr(page, field), f"{page.slug} has no {field}"
        assert 2 <= len(page.references) <= 3
        assert len(page.common_side_effects.splitlines()) >= 3
        assert len(page.serious_warnings.splitlines()) >= 3
        assert page.last_reviewed.year == 2026
        assert page.last_reviewed <= today
        assert page.next_review_due > page.last_reviewed
        assert page.reviewed_by is not None


def test_medication_classes_and_uses_follow_the_facts(loaded):
    classes = dict(MedicationPage.objects.values_list("slug", "medication_class"))
    assert classes == {
        "methadone": "full_agonist",
        "buprenorphine": "partial_agonist",
        "naltrexone": "antagonist",
        "naloxone": "antagonist",
        "nalmefene": "antagonist",
        "lofexidine": "non_opioid",
    }
    assert medication("lofexidine").uses == ["withdrawal"]
    assert medication("naloxone").uses == ["overdose_reversal"]
    assert medication("nalmefene").uses == ["overdose_reversal"]
    assert medication("naltrexone").dependence_potential == "none"
    shows_guidance = MedicationPage.objects.filter(show_emergency_guidance=True)
    assert set(shows_guidance.values_list("slug", flat=True)) == {"naloxone", "nalmefene"}


def test_the_withdrawal_phases_follow_the_timeline(loaded):
    phases = list(DetoxPhasePage.objects.order_by("starts_after_hours"))
    windows = [(phase.starts_after_hours, phase.ends_after_hours) for phase in phases]
    assert windows == [(6, 24), (24, 72), (72, 168), (168, None)]
    assert "Methadone: starts about 30 hours" in phases[0].timing_note
    assert "10 days" in phases[2].timing_note
    for phase in phases:
        assert len(phase.typical_signs.splitlines()) >= 3
        assert phase.care and phase.when_to_get_help
        assert phase.medications.exists()
    early_body = str(phases[0].body)
    assert "Clinical Opiate Withdrawal Scale" in early_body and "COWS" in early_body


def test_therapies_pair_with_medications(loaded):
    for therapy in TherapyPage.objects.all():
        assert therapy.approach and therapy.evidence_summary and therapy.typical_duration
        assert therapy.care_settings and therapy.formats
        slugs = set(therapy.medications.values_list("slug", flat=True))
        assert {"methadone", "buprenorphine"} <= slugs
    assert medication("buprenorphine").paired_therapies.count() == TherapyPage.objects.count()


def test_bodies_and_references_are_valid_stream_content(loaded):
    """What the admin form would accept: block validation (choices, lengths, URLs) passes."""
    block_types_used = set()
    for model in HEALTH_PAGE_TYPES:
        for page in model.objects.all():
            for name in ("body", "references"):
                field = page._meta.get_field(name)
                field.stream_block.clean(getattr(page, name))
            block_types = [block.block_type for block in page.body]
            assert "heading" in block_types, page.slug
            block_types_used.update(block_types)
            for ref in page.references:
                assert ref.value["title"] and ref.value["publisher"] and ref.value["url"]
    assert {"heading", "paragraph", "callout", "question_answer"} <= block_types_used


def test_reviewers_and_emergency_guidance_are_set_up(loaded):
    assert Reviewer.objects.count() == len(reviewers.REVIEWERS)
    guidance = EmergencyGuidance.objects.get()
    assert "Good Samaritan" in guidance.note
    assert "911" in guidance.steps
    assert SafetySettings.load().emergency_guidance == guidance


def test_the_safety_settings_keep_their_other_values(home):
    safety = SafetySettings.load()
    safety.help_lines.helpline_hours = "Changed by staff"
    safety.help_lines.save()
    safety.quick_exit_url = "https://example.org/"
    safety.save()
    load()
    safety = SafetySettings.load()
    assert safety.helpline_hours == "Changed by staff"
    assert safety.quick_exit_url == "https://example.org/"
    assert safety.emergency_guidance is not None


def test_every_page_renders(loaded, client):
    for page in Page.objects.filter(depth__gte=2).specific():
        assert client.get(page.url).status_code == 200, page.url


def test_facts_are_shown_on_the_medication_page(loaded, client):
    response = client.get(medication("buprenorphine").url)
    assert response.status_code == 200
    html = response.content.decode()
    for fact in ["Partial agonist", "Sublocade", "Yes, lower than full agonists", "X-waiver"]:
        assert fact in html, fact
    assert "dental problems associated with buprenorphine" in html  # a reference
    assert "Alex Sample" in html  # the reviewer


def test_the_naloxone_page_shows_the_emergency_guidance(loaded, client):
    html = client.get(medication("naloxone").url).content.decode()
    assert "If you think someone has overdosed" in html
    assert "Good Samaritan" in html


def test_the_search_index_finds_the_medications(loaded):
    assert medication("buprenorphine") in MedicationPage.objects.live().search("buprenorphine")
    assert medication("naloxone") in MedicationPage.objects.live().search("Narcan")
    assert "Search index: 27 pages indexed." in loaded


def test_reports_each_section(loaded):
    assert "Medications: 6 created." in loaded
    assert f"Therapies: {len(therapies.THERAPIES)} created." in loaded
    assert "Detox phases: 4 created." in loaded
    assert "Home sections: 5 created." in loaded
    assert "Reviewers: 3 created." in loaded
    assert f"Support articles: {len(support.SUPPORT_PAGES)} created." in loaded


def test_running_twice_changes_nothing(loaded):
    before = state()
    output = load()
    assert state() == before
    assert "Medications: 6 skipped." in output
    assert "Search index: nothing to do." in output


def test_overwrite_of_unchanged_content_changes_nothing(loaded):
    before = state()
    output = load("--overwrite")
    assert state() == before
    assert "Medications: 6 unchanged." in output


def test_staff_edits_are_kept_unless_overwrite_is_given(loaded):
    page = medication("methadone")
    page.title = "Methadone (edited by staff)"
    page.save_revision().publish()
    page.refresh_from_db()
    edited_revision = page.live_revision_id

    load()
    page.refresh_from_db()
    assert page.title == "Methadone (edited by staff)"
    assert page.live_revision_id == edited_revision

    output = load("--overwrite")
    page.refresh_from_db()
    assert page.title == "Methadone"
    assert page.live and not page.has_unpublished_changes
    assert page.live_revision_id != edited_revision
    assert page.live_revision.content["title"] == "Methadone"
    assert "Medications: 1 updated, 5 unchanged." in output
    assert "Search index: 1 page indexed." in output
    assert medication("methadone") in MedicationPage.objects.live().search("methadone")
    assert MedicationPage.objects.count() == 6


def test_overwrite_restores_relations_and_snippets(loaded):
    therapy = TherapyPage.objects.get(slug="family-therapy")
    therapy.medications.set([])
    therapy.save_revision().publish()
    Reviewer.objects.filter(name="Alex Sample").update(role="Changed")

    output = load("--overwrite")
    therapy = TherapyPage.objects.get(slug="family-therapy")
    assert therapy.medications.count() == 3
    assert Reviewer.objects.get(name="Alex Sample").role.startswith("Addiction medicine")
    assert "Reviewers: 1 updated, 2 unchanged." in output
    assert "Therapies: 1 updated" in output


def test_an_existing_section_under_another_slug_is_reused(home):
    index = MedicationIndexPage(title="Medicines", slug="medicines", introduction="Ours.")
    home.add_child(instance=index)
    load()
    assert MedicationIndexPage.objects.get().pk == index.pk
    assert MedicationPage.objects.child_of(index).count() == 6


def test_a_page_of_another_type_in_the_way_is_an_error_and_nothing_is_built(home):
    home.add_child(instance=ArticlePage(title="Our medicines", slug="medications", summary="x"))
    with pytest.raises(CommandError, match="not a MedicationIndexPage"):
        load()
    assert not MedicationPage.objects.exists()
    assert not Reviewer.objects.exists()
    assert ArticlePage.objects.count() == 1


def test_without_a_home_page_it_is_an_error(home):
    HomePage.objects.all().delete()
    with pytest.raises(CommandError, match="migrate"):
        load()


def test_an_unknown_option_is_a_command_error(home):
    with pytest.raises(CommandError, match="unrecognized arguments"):
        load("--bogus")
    assert not MedicationPage.objects.exists()


def test_review_dates_are_in_2026_and_not_in_the_future(loaded):
    for model in HEALTH_PAGE_TYPES:
        for page in model.objects.all():
            assert datetime.date(2026, 1, 1) <= page.last_reviewed <= timezone.localdate()

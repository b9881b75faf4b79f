"""What a reader relies on in the demo content's medical facts, read from the rendered pages
(the sources are listed in docs/content.md)."""

import re

import pytest

from detox.models import DetoxPhasePage
from medications.models import MedicationPage

from .conftest import readable_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


def overdose_steps(rendered_pages):
    status, markup = rendered_pages["/medications/naloxone/"]
    assert status == 200
    section = markup[markup.index('<section class="emergency-guidance"') :]
    steps = re.search(r"<ol>(.*?)</ol>", section, re.S).group(1)
    return [readable_text(step) for step in re.findall(r"<li>(.*?)</li>", steps, re.S)]


# --- Overdose -------------------------------------------------------------------------------------


def test_the_overdose_steps_start_with_naloxone_then_the_911_call(rendered_pages):
    steps = overdose_steps(rendered_pages)
    assert steps[0].startswith("Give naloxone"), steps[0]
    assert "911" in steps[1], steps[1]
    assert "one of you calls while the other gives naloxone" in steps[1]


def test_the_overdose_steps_say_to_keep_giving_doses_every_2_to_3_minutes(rendered_pages):
    steps = " ".join(overdose_steps(rendered_pages))
    assert "after 2 to 3 minutes, give another dose with a new device in the other nostril" in steps
    assert "Keep giving a dose every 2 to 3 minutes until help arrives" in steps
    for later_step in ["rescue breaths", "recovery position", "Stay with them"]:
        assert later_step in steps, later_step


def test_the_overdose_guidance_covers_xylazine_and_test_strips(page_text):
    for url in ["/overdose-card/", "/medications/naloxone/"]:
        text = page_text(url)
        assert "xylazine (“tranq”)" in text, url
        assert "may breathe again but not wake up: still give naloxone and call 911" in text
        assert "Fentanyl and xylazine test strips" in text, url


# --- Naltrexone -----------------------------------------------------------------------------------


def test_no_page_says_naltrexone_makes_opioids_have_no_effect(rendered_pages):
    for url, (_status, markup) in rendered_pages.items():
        text = readable_text(markup)
        assert not re.search(r"(?<!little or )\bno effect", text), url
        assert "removes your tolerance" not in text, url


def test_the_naltrexone_page_warns_about_overcoming_the_block_and_lost_tolerance(page_text):
    text = page_text("/medications/naltrexone/")
    assert "usual amounts have little or no effect" in text
    assert "large amounts of opioids can cause a fatal overdose" in text
    assert "After you stop naltrexone or miss a dose, you are far more sensitive" in text
    assert "up to about 2 weeks after methadone or buprenorphine" in text


def test_the_naltrexone_page_lists_the_label_warnings(page_text):
    text = page_text("/medications/naltrexone/")
    assert "reactions where it was given, some of them severe" in text
    assert "depressed or have thoughts of harming yourself" in text
    assert "It can affect the liver" in text


# --- Methadone ------------------------------------------------------------------------------------


def test_the_methadone_page_follows_the_2024_treatment_program_rule(page_text):
    text = page_text("/medications/methadone/")
    assert "take doses home early in treatment" in text
    assert "Your first exam can be done by video" in text
    assert "Counseling is offered, but you can get medication even if you do not take part" in text
    assert "Medications for the Treatment of Opioid Use Disorder (42 CFR Part 8" in text


def test_the_methadone_page_warns_about_the_first_two_weeks(page_text):
    text = page_text("/medications/methadone/")
    assert "The first two weeks carry the highest risk of overdose" in text
    assert "call 911 and give naloxone" in text


def test_no_page_says_take_home_doses_are_earned(rendered_pages):
    for url, (_status, markup) in rendered_pages.items():
        text = readable_text(markup).lower()
        for sentence in re.split(r"(?<=[.!?])\s", text):
            if "take-home" in sentence:
                assert not re.search(r"\bearn", sentence), f"{url}: {sentence}"


# --- Buprenorphine --------------------------------------------------------------------------------


def test_buprenorphine_warns_about_fentanyl_and_says_what_to_do(rendered_pages):
    status, markup = rendered_pages["/medications/buprenorphine/"]
    warnings = re.findall(r'<aside class="callout callout--warning[^"]*".*?</aside>', markup, re.S)
    fentanyl = [readable_text(w) for w in warnings if "fentanyl" in w.lower()]
    assert fentanyl, "the fentanyl note is a warning"
    assert "low-dose start" in fentanyl[0]
    assert "contact your prescriber: more buprenorphine often helps" in fentanyl[0]


def test_buprenorphine_covers_telehealth_dental_care_and_how_to_take_it(page_text):
    text = page_text("/medications/buprenorphine/")
    assert "telehealth" in text
    assert "tooth decay and other dental problems (FDA, 2022)" in text
    assert "Tablets go under the tongue. Films go under the tongue or inside the cheek." in text
    assert "There is no single maximum that fits everyone" in text
    assert "The Subutex brand is no longer sold in the US" in text


def test_subutex_is_not_listed_as_a_brand_on_sale():
    assert "Subutex" not in MedicationPage.objects.get(slug="buprenorphine").brand_names


# --- Naloxone, nalmefene, lofexidine --------------------------------------------------------------


def test_the_naloxone_brands_are_current():
    brands = MedicationPage.objects.get(slug="naloxone").brand_names
    assert brands.split(", ") == ["Narcan", "RiVive", "Kloxxado", "Zimhi"]


def test_nalmefene_has_its_own_page_with_the_same_facts(page_text):
    page = MedicationPage.objects.get(slug="nalmefene")
    assert (page.medication_class, page.uses) == ("antagonist", ["overdose_reversal"])
    assert page.show_emergency_guidance
    text = page_text("/medications/nalmefene/")
    assert "Opvee" in text and "2023" in text
    assert "Zurnai" in text and "2024" in text
    assert "Nalmefene" in page_text("/medications/")


def test_lofexidine_cost_mentions_the_2024_generic(page_text):
    assert "A generic version of lofexidine was approved in 2024" in page_text(
        "/medications/lofexidine/"
    )


# --- Detox ----------------------------------------------------------------------------------------


def test_the_detox_phases_join_without_gaps():
    phases = list(DetoxPhasePage.objects.live().order_by("starts_after_hours"))
    for before, after in zip(phases, phases[1:], strict=False):
        assert before.ends_after_hours == after.starts_after_hours, (before.slug, after.slug)
    assert phases[-1].ends_after_hours is None


def test_the_detox_timeline_shows_methadone_and_fentanyl_timing(page_text):
    text = page_text("/detox/")
    assert "Methadone: starts about 30 hours after" in text
    assert "Fentanyl: less predictable" in text
    assert "Methadone: withdrawal can last 2 weeks or more" in text


def test_early_and_peak_withdrawal_name_naloxone_and_988(page_text):
    for url in ["/detox/early-withdrawal/", "/detox/peak-withdrawal/"]:
        text = page_text(url)
        assert "keep naloxone" in text.lower(), url
        assert "call or text 988" in text, url


def test_peak_withdrawal_names_overdose_as_the_main_danger(page_text):
    text = page_text("/detox/peak-withdrawal/")
    assert "The biggest danger is an overdose if you use again" in text
    assert "main danger is losing too much fluid" not in text


def test_pregnant_readers_are_told_medication_is_preferred_to_withdrawal(page_text):
    text = page_text("/detox/early-withdrawal/")
    assert (
        "In pregnancy, doctors recommend methadone or buprenorphine rather than withdrawal" in text
    )


def test_the_subsiding_phase_summary_matches_its_window(page_text):
    phase = DetoxPhasePage.objects.get(slug="subsiding-withdrawal")
    assert phase.window == "3 to 7 days"
    assert phase.summary.startswith("After about 3 days")


# --- Smaller corrections --------------------------------------------------------------------------


def test_medication_lowers_the_risk_of_hiv_and_hepatitis_c_rather_than_avoiding_it(
    rendered_pages, page_text
):
    assert "They lower the risk of HIV and hepatitis C" in page_text("/treatments-overview/")
    for url, (_status, markup) in rendered_pages.items():
        assert "avoid HIV" not in readable_text(markup), url


def test_the_2023_prescribing_change_cites_the_dea():
    page = MedicationPage.objects.get(slug="buprenorphine")
    publishers = [ref.value["publisher"] for ref in page.references]
    assert "U.S. Drug Enforcement Administration (DEA)" in publishers

"""Demo content for the treatment portal: plain Python data, and the small builders that load it.

The data (reviewers, emergency guidance, the section pages, medications, therapies and withdrawal
phases) is written for readers at a grade 6 to 8 reading level, from the facts gathered in
/work/shared/domain/facts.md. Staff edit all of it in the admin afterwards.

`load_demo_content()` builds the page tree under the home page, `create_demo_accounts()` the demo
staff accounts. Both are idempotent and run in one transaction; the management commands of the
same names call them. Existing pages are found by slug under their parent, snippets by name or
heading, and are never changed unless `overwrite=True` (staff may have edited them).
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.fields import StreamField
from wagtail.log_actions import log
from wagtail.search import index

from articles.models import ArticlePage
from detox.models import DetoxGuidePage, DetoxPhasePage
from medications.models import MedicationIndexPage, MedicationPage
from site_search.models import SearchSynonym
from therapies.models import TherapyIndexPage, TherapyPage

from .models import EmergencyGuidance, HomePage, Reviewer, SafetySettings
from .review_dates import one_year_after


class DemoContentError(Exception):
    """The demo content cannot be loaded as asked; the message says why and what to do."""


# --- Helpers that keep the data below readable ---------------------------------------------------


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def paragraph(html):
    return ("paragraph", html)


def callout(kind, title, html):
    return ("callout", {"kind": kind, "title": title, "text": html})


def question(text, answer_html):
    return ("question_answer", {"question": text, "answer": answer_html})


def reference(title, publisher, year=None, url=""):
    return ("reference", {"title": title, "publisher": publisher, "year": year, "url": url})


def lines(*items):
    """A "one per line" text field."""
    return "\n".join(items)


def with_defaults(pages, **defaults):
    """The pages' data with the values they share filled in where a page does not set its own."""
    return [{**defaults, **page} for page in pages]


# --- Sources --------------------------------------------------------------------------------------

TIP_63 = reference(
    "Medications for Opioid Use Disorder (Treatment Improvement Protocol 63)",
    "Substance Abuse and Mental Health Services Administration (SAMHSA)",
    2021,
    "https://library.samhsa.gov/product/tip-63-medications-opioid-use-disorder/pep21-02-01-002",
)
NIDA_MEDICATIONS = reference(
    "Medications to Treat Opioid Use Disorder (Research Report)",
    "National Institute on Drug Abuse (NIDA)",
    2021,
    "https://nida.nih.gov/publications/research-reports/medications-to-treat-opioid-addiction/overview",
)
NIDA_PRINCIPLES = reference(
    "Principles of Drug Addiction Treatment: A Research-Based Guide (Third Edition)",
    "National Institute on Drug Abuse (NIDA)",
    2018,
    "https://nida.nih.gov/publications/principles-drug-addiction-treatment-research-based-guide-third-edition",
)
FDA_NALOXONE_OTC = reference(
    "FDA Approves First Over-the-Counter Naloxone Nasal Spray",
    "U.S. Food and Drug Administration (FDA)",
    2023,
    "https://www.fda.gov/news-events/press-announcements/fda-approves-first-over-counter-naloxone-nasal-spray",
)
FDA_LOFEXIDINE = reference(
    "FDA approves the first non-opioid treatment for management of opioid withdrawal symptoms "
    "in adults",
    "U.S. Food and Drug Administration (FDA)",
    2018,
    "https://www.fda.gov/news-events/press-announcements/"
    "fda-approves-first-non-opioid-treatment-management-opioid-withdrawal-symptoms-adults",
)
ACOG_PREGNANCY = reference(
    "Opioid Use and Opioid Use Disorder in Pregnancy (Committee Opinion 711)",
    "American College of Obstetricians and Gynecologists (ACOG)",
    2017,
    "https://www.acog.org/clinical/clinical-guidance/committee-opinion/articles/2017/08/"
    "opioid-use-and-opioid-use-disorder-in-pregnancy",
)
MEDLINEPLUS_WITHDRAWAL = reference(
    "Opiate and opioid withdrawal",
    "MedlinePlus, U.S. National Library of Medicine",
    None,
    "https://medlineplus.gov/ency/article/000949.htm",
)
SAMHSA_OTP_RULE_2024 = reference(
    "Medications for the Treatment of Opioid Use Disorder (42 CFR Part 8 final rule)",
    "Substance Abuse and Mental Health Services Administration (SAMHSA), Federal Register",
    2024,
    "https://www.federalregister.gov/documents/2024/02/02/2024-01693/"
    "medications-for-the-treatment-of-opioid-use-disorder",
)
DEA_X_WAIVER = reference(
    "Dear Registrant letter: elimination of the DATA-Waiver (X-waiver) requirement",
    "U.S. Drug Enforcement Administration (DEA)",
    2023,
    "https://www.deadiversion.usdoj.gov/pubs/docs/A-23-0020-Dear-Registrant-Letter-Signed.pdf",
)
FDA_BUPRENORPHINE_DENTAL = reference(
    "FDA warns about risks of dental problems associated with buprenorphine medicines "
    "dissolved in the mouth",
    "U.S. Food and Drug Administration (FDA)",
    2022,
    "https://www.fda.gov/drugs/drug-safety-and-availability/"
    "fda-warns-about-risks-dental-problems-associated-buprenorphine-medicines-dissolved-mouth-treat",
)
SAMHSA_NALTREXONE = reference(
    "Naltrexone",
    "Substance Abuse and Mental Health Services Administration (SAMHSA)",
    2024,
    "https://www.samhsa.gov/substance-use/treatment/options/naltrexone",
)
FDA_NALMEFENE = reference(
    "FDA approves prescription nasal spray to reverse opioid overdose",
    "U.S. Food and Drug Administration (FDA)",
    2023,
    "https://www.fda.gov/news-events/press-announcements/"
    "fda-approves-prescription-nasal-spray-reverse-opioid-overdose",
)
CDC_XYLAZINE = reference(
    "What you should know about xylazine",
    "Centers for Disease Control and Prevention (CDC)",
    2024,
    "https://www.cdc.gov/overdose-prevention/about/what-you-should-know-about-xylazine.html",
)
COWS_PAPER = reference(
    "The Clinical Opiate Withdrawal Scale (COWS)",
    "Journal of Psychoactive Drugs",
    2003,
    "https://doi.org/10.1080/02791072.2003.10400007",
)

# --- People and site-wide snippets ----------------------------------------------------------------

# Fictional clinicians for the demo: their surnames say so.
REVIEWERS = [
    {
        "name": "Alex Sample",
        "credentials": "MD, FASAM",
        "role": "Addiction medicine physician (fictional demo reviewer)",
    },
    {
        "name": "Jamie Fictive",
        "credentials": "PharmD, BCPP",
        "role": "Clinical pharmacist (fictional demo reviewer)",
    },
    {
        "name": "Riley Example",
        "credentials": "LCSW, LCADC",
        "role": "Addiction counselor and social worker (fictional demo reviewer)",
    },
]
PHYSICIAN, PHARMACIST, COUNSELOR = (reviewer["name"] for reviewer in REVIEWERS)

EMERGENCY_GUIDANCE = {
    "heading": "If you think someone has overdosed",
    "signs": lines(
        "You cannot wake them up, even if you shout or rub their chest hard",
        "Slow, shallow or stopped breathing",
        "Very small (pinpoint) pupils",
        "Blue or gray lips and fingernails",
        "Gurgling, snoring or choking sounds",
        "A limp body",
    ),
    "steps": lines(
        "Give naloxone (Narcan) if you have it. Spray it into one nostril.",
        "Call 911 (US). If someone else is there, one of you calls while the other gives naloxone.",
        "If their breathing is not back to normal after 2 to 3 minutes, give another dose with "
        "a new device in the other nostril. Keep giving a dose every 2 to 3 minutes until help "
        "arrives.",
        "Support their breathing. Give rescue breaths if you know how.",
        "Lay them on their side in the recovery position so they do not choke.",
        "Stay with them until help arrives.",
    ),
    "note": "Naloxone wears off in 30 to 90 minutes, so the overdose can come back: the person "
    "still needs medical care, even if they wake up. If the drugs had xylazine (\u201ctranq\u201d) "
    "or sedatives in them, a person may breathe again but not wake up: still give naloxone and "
    "call 911. Fentanyl and xylazine test strips can show what is in a drug before it is used. "
    "Most US states have Good Samaritan laws that protect people who call for help during an "
    "overdose.",
}

# --- The home page and its sections ---------------------------------------------------------------

# What migration tx_portal 0002 puts on the home page: only then does the loader replace it.
DEFAULT_HOME_INTRODUCTION = "Plain-language information about treatment that works."

HOME = {
    "title": "Treatment for heroin and opioid addiction",
    "introduction": "Opioid addiction is a medical condition, and treatment works. Here you can "
    "learn about the medications that help people stop using heroin and other opioids, the "
    "therapies that support recovery, and what to expect during withdrawal. The information is "
    "free, private and written in plain language.",
}

OVERVIEW = {
    "slug": "treatments-overview",
    "title": "Treatments for opioid addiction: an overview",
    "show_in_menus": True,
    "summary": "Opioid addiction can be treated. The most effective treatment is medication, "
    "such as methadone or buprenorphine, often combined with counseling and support. Detox on "
    "its own is only a first step. This page explains your options and how they fit together.",
    "body": [
        heading("Opioid addiction is a medical condition"),
        paragraph(
            "<p>Heroin, fentanyl and opioid pain pills all act on the same parts of the brain, "
            "called opioid receptors. Over time, the brain changes. People feel sick without the "
            "drug and have strong cravings. Doctors call this <b>opioid use disorder</b> (OUD). "
            "It is not a moral failing. Like diabetes, it can be treated.</p>"
        ),
        heading("Medication is the core of treatment"),
        paragraph(
            "<p>Three medications treat opioid addiction itself:</p>"
            "<ul><li><b>Methadone</b> fully switches on the opioid receptors, slowly and "
            "steadily.</li>"
            "<li><b>Buprenorphine</b> switches them on partly, with a built-in limit.</li>"
            "<li><b>Naltrexone</b> blocks them, so usual amounts of opioids have little or no "
            "effect.</li></ul>"
            "<p>These medications help people use less or stop and stay in treatment longer. "
            "They lower the risk of HIV and hepatitis C and reduce crime. Methadone and "
            "buprenorphine cut the risk of dying about in half. Doctors sometimes call this "
            "MOUD (medications for opioid use disorder). You may also see the older name, "
            "MAT.</p>"
        ),
        question(
            "Isn't taking medication just swapping one drug for another?",
            "<p>No. A steady, prescribed dose does not cause the highs and lows of heroin. It "
            "lets the brain heal and frees people to work, care for family and take part in "
            "therapy. Staying on medication for a long time is safe and is often the best "
            "choice.</p>",
        ),
        heading("Therapy and support"),
        paragraph(
            "<p>Counseling, therapy and peer support help people change habits, handle stress "
            "and rebuild their lives. They work best together with medication, not instead of "
            "it.</p>"
        ),
        heading("Detox is a first step, not a cure"),
        paragraph(
            "<p>Detox means getting through withdrawal with medical help. On its own, it rarely "
            "leads to lasting recovery. It should lead straight into ongoing treatment with "
            "medication, therapy or both.</p>"
        ),
        callout(
            "warning",
            "Overdose risk is highest after a break",
            "<p>After detox, a hospital stay or time in jail, the body loses its tolerance. A "
            "dose that used to be normal can now kill. Carry naloxone and never use alone.</p>",
        ),
        heading("Finding treatment"),
        paragraph(
            '<p>In the US, you can search for treatment near you at <a href="'
            'https://findtreatment.gov/">findtreatment.gov</a>, or call the free, confidential '
            "SAMHSA National Helpline at 1-800-662-4357, any time, in English or Spanish.</p>"
        ),
    ],
    "references": [TIP_63, NIDA_MEDICATIONS, NIDA_PRINCIPLES],
    "last_reviewed": datetime.date(2026, 11, 2),
    "reviewed_by": PHYSICIAN,
}

MEDICATION_INDEX = {
    "slug": "medications",
    "title": "Medications",
    "show_in_menus": True,
    "introduction": "Medication is the most effective treatment for opioid addiction. Compare "
    "the medicines that treat the addiction itself (methadone, buprenorphine and naltrexone), "
    "the one that reverses an overdose (naloxone) and one that eases withdrawal (lofexidine).",
}

THERAPY_INDEX = {
    "slug": "therapies",
    "title": "Therapies and support",
    "show_in_menus": True,
    "introduction": "Talking therapies, rewards for progress, family work and peer support help "
    "people change habits and rebuild their lives. They work best when combined with "
    "medication. Find out what each one involves and where it is offered.",
}

DETOX_GUIDE = {
    "slug": "detox",
    "title": "Detox and withdrawal",
    "show_in_menus": True,
    "introduction": "Withdrawal from heroin follows a fairly predictable pattern. It is very "
    "uncomfortable but rarely dangerous in itself when you get fluids and care. See what "
    "usually happens in each phase, what helps, and when to get emergency help.",
}

# --- Medications ----------------------------------------------------------------------------------

MEDICATIONS_REVIEWED = datetime.date(2026, 10, 12)

MEDICATIONS = [
    {
        "slug": "methadone",
        "title": "Methadone",
        "summary": "Methadone is a long-acting opioid taken once a day by mouth. It stops "
        "withdrawal and eases cravings without the highs and lows of heroin. In the US it is "
        "given at certified opioid treatment programs. It is one of the most effective "
        "treatments for opioid addiction.",
        "generic_name": "Methadone",
        "brand_names": "Dolophine, Methadose",
        "medication_class": "full_agonist",
        "uses": ["withdrawal", "maintenance"],
        "routes": ["oral_liquid", "tablet"],
        "how_often": "Once a day",
        "how_it_works": "Methadone attaches to the same parts of the brain (opioid receptors) "
        "as heroin and fully switches them on. But it works slowly and lasts about a day, so "
        "there is no rush and no crash. A steady daily dose stops withdrawal and cravings.",
        "where_given": "In the US, methadone for addiction is given only at certified opioid "
        "treatment programs (OTPs), sometimes called methadone clinics. At first you take each "
        "dose at the clinic. Under the federal rule updated in 2024, your clinician can let "
        "you take doses home early in treatment, based on how you are doing. There is no set "
        "waiting time. Your first exam can be done by video. Counseling is offered, but you can "
        "get medication even if you do not take part.",
        "who_can_prescribe": "Clinicians working at a certified opioid treatment program (US).",
        "dependence_potential": "yes",
        "common_side_effects": lines(
            "Constipation",
            "Sweating",
            "Sleepiness, mostly while the dose is being adjusted",
            "Nausea",
            "Lower sex drive",
        ),
        "serious_warnings": lines(
            "The first two weeks carry the highest risk of overdose, because methadone builds up "
            "in the body over several days. Doctors start with a low dose and raise it slowly. "
            "If you are very sleepy or breathing slowly, someone should call 911 and give "
            "naloxone. Do not take other opioids or sedatives.",
            "Breathing can slow down or stop if you also take benzodiazepines, alcohol or "
            "other sedatives.",
            "It can change the heart's rhythm (a longer QT interval). Your clinic may check "
            "with a heart test (ECG).",
            "Keep take-home doses locked away: a single dose can kill a child or someone who "
            "does not use opioids.",
            "Do not stop suddenly. Your body depends on it, so lower the dose slowly with "
            "your care team.",
        ),
        "pregnancy_and_breastfeeding": "Methadone is a recommended option during pregnancy. "
        "Staying on it is safer for you and your baby than stopping or going back to heroin. "
        "Some babies have withdrawal signs after birth, and hospitals know how to treat them. "
        "Talk to your care team about breastfeeding.",
        "cost_and_coverage": "In the US, Medicaid, Medicare and many private insurance plans "
        "cover treatment at opioid treatment programs. Many clinics offer lower fees for "
        "people without insurance.",
        "body": [
            heading("Starting methadone"),
            paragraph(
                "<p>On your first day, the clinic gives you a low dose and watches how you feel. "
                "The dose goes up bit by bit over the first weeks until withdrawal and cravings "
                "stop. Feeling sleepy or \u201chigh\u201d means the dose is too strong: tell "
                "the staff.</p>"
            ),
            callout(
                "warning",
                "The first two weeks are the riskiest",
                "<p>Methadone builds up slowly, so a dose that feels fine on day 1 can be too "
                "strong by day 4. If you are very sleepy, hard to wake or breathing slowly, "
                "the people with you should call 911 and give naloxone. Do not take other "
                "opioids or sedatives while your dose is being set.</p>",
            ),
            question(
                "When can I take doses home?",
                "<p>Since 2024, the federal rule lets your clinician decide when take-home "
                "doses are safe for you, even early in treatment. There is no set waiting "
                "time. Keep them locked away from children and others.</p>",
            ),
            callout(
                "warning",
                "Do not mix with sedatives or alcohol",
                "<p>Methadone together with benzodiazepines (such as Xanax or Valium), alcohol "
                "or sleeping pills can stop your breathing. Tell your clinic about every "
                "medicine you take.</p>",
            ),
            question(
                "How long will I need to take methadone?",
                "<p>There is no set time limit. Many people do best staying on it for years. "
                "If you want to stop, your care team will lower the dose slowly.</p>",
            ),
        ],
        "references": [SAMHSA_OTP_RULE_2024, NIDA_MEDICATIONS, ACOG_PREGNANCY],
        "reviewed_by": PHYSICIAN,
    },
    {
        "slug": "buprenorphine",
        "title": "Buprenorphine",
        "summary": "Buprenorphine is an opioid medicine with a built-in limit. It eases "
        "withdrawal and cravings, but its effect stops growing above a certain dose. You take "
        "it as a film or tablet that melts in your mouth, or as a shot once a week or once a "
        "month. In the US many doctors and nurses can prescribe it.",
        "generic_name": "Buprenorphine",
        "brand_names": "Generic tablets, Suboxone, Zubsolv, Sublocade, Brixadi",
        "medication_class": "partial_agonist",
        "uses": ["withdrawal", "maintenance"],
        "routes": ["sublingual_buccal", "extended_release_injection"],
        "how_often": "Once a day: tablets under the tongue, films under the tongue or in the "
        "cheek. Or a weekly or monthly injection",
        "how_it_works": "Buprenorphine attaches tightly to the opioid receptors but only "
        "partly switches them on. This is enough to stop withdrawal and cravings. Above a "
        "certain dose its effect stops growing (a \u201cceiling\u201d), which makes it safer. "
        "In Suboxone and Zubsolv it is mixed with naloxone to discourage injecting it.",
        "where_given": "At a doctor's office, health center or clinic, or by telehealth (a "
        "video or phone visit), including the first prescription. Films and tablets are "
        "picked up at a pharmacy. The weekly and monthly injections are given by a "
        "clinician.",
        "who_can_prescribe": "In the US, since the start of 2023 any clinician with a DEA "
        "registration for "
        "schedule III drugs can prescribe it. The special \u201cX-waiver\u201d is no longer "
        "needed.",
        "dependence_potential": "lower",
        "common_side_effects": lines(
            "Constipation",
            "Headache",
            "Nausea",
            "Trouble sleeping",
            "Sweating",
            "Pain, redness or a lump where the shot was given (injections)",
        ),
        "serious_warnings": lines(
            "Taken too soon after heroin or fentanyl, it can cause sudden, strong withdrawal "
            "(precipitated withdrawal). Wait until withdrawal has clearly started, usually 12 "
            "hours or more after heroin and longer after fentanyl. If it happens, contact your "
            "prescriber: more buprenorphine often helps.",
            "The ceiling lowers the risk of overdose but does not remove it, especially with "
            "benzodiazepines, alcohol or other sedatives.",
            "Medicines that dissolve in the mouth can cause tooth decay and other dental "
            "problems (FDA, 2022). After it dissolves, rinse with water, wait an hour before "
            "brushing, and tell your dentist you take it.",
            "Keep it away from children: it can be deadly for a child.",
            "Do not stop suddenly. Lower the dose slowly with your care team.",
        ),
        "pregnancy_and_breastfeeding": "Buprenorphine is a recommended option during "
        "pregnancy. Staying on treatment protects you and your baby. Some babies have "
        "withdrawal signs after birth, which can be treated. Talk to your care team about "
        "breastfeeding.",
        "cost_and_coverage": "Generic films and tablets cost less than brand names. The Subutex "
        "brand is no longer sold in the US: plain buprenorphine tablets are generic. In the US, "
        "Medicaid and most insurance plans cover buprenorphine, though some need approval "
        "first.",
        "body": [
            heading("Starting buprenorphine"),
            paragraph(
                "<p>You take your first dose when you already feel withdrawal, such as "
                "sweating, aches and yawning. Starting this way is called "
                "\u201cinduction\u201d. It can be done at home or in the clinic. Your "
                "clinician will tell you how long to wait after your last use.</p>"
            ),
            callout(
                "warning",
                "After fentanyl, starting too soon can make you very sick",
                "<p>Fentanyl stays in the body longer than heroin. If buprenorphine is taken "
                "too soon, it can set off sudden, severe withdrawal. Wait longer than you "
                "would after heroin, or ask about a low-dose start, where you begin with very "
                "small doses while still using. If sudden withdrawal happens, contact your "
                "prescriber: more buprenorphine often helps.</p>",
            ),
            question(
                "How much buprenorphine can I take in a day?",
                "<p>There is no single maximum that fits everyone. Your prescriber sets the "
                "dose that stops your withdrawal and cravings, and changes it if needed.</p>",
            ),
            question(
                "Can my regular doctor prescribe it?",
                "<p>In the US, probably yes. Since 2023 any clinician who can prescribe "
                "schedule III medicines may prescribe buprenorphine for addiction. Many "
                "people also start and continue it by telehealth.</p>",
            ),
            question(
                "Is buprenorphine also used for pain?",
                "<p>Yes. Other forms of buprenorphine, such as skin patches, are used to treat "
                "pain. The forms for opioid use disorder are different products with their "
                "own doses.</p>",
            ),
            question(
                "Why do I have to keep it under my tongue?",
                "<p>Tablets and films work only if they dissolve in the mouth. Tablets go "
                "under the tongue. Films go under the tongue or inside the cheek. Swallowing "
                "them wastes most of the dose.</p>",
            ),
        ],
        "references": [DEA_X_WAIVER, FDA_BUPRENORPHINE_DENTAL, ACOG_PREGNANCY],
        "reviewed_by": PHYSICIAN,
    },
    {
        "slug": "naltrexone",
        "title": "Naltrexone",
        "summary": "Naltrexone blocks opioids, so usual amounts have little or no effect. It "
        "is not an opioid and is not addictive. It helps prevent a return to use after detox. "
        "It comes as a daily tablet or a monthly shot. You must be free of opioids for 7 to 10 "
        "days before you start.",
        "generic_name": "Naltrexone",
        "brand_names": "Revia, Vivitrol",
        "medication_class": "antagonist",
        "uses": ["relapse_prevention"],
        "routes": ["tablet", "extended_release_injection"],
        "how_often": "A tablet once a day, or an injection into a muscle once a month",
        "how_it_works": "Naltrexone sits on the opioid receptors and blocks them without "
        "switching them on. If you use heroin or other opioids, you feel little or no "
        "effect. Many people also notice fewer cravings.",
        "where_given": "Any doctor's office or clinic. Tablets come from a pharmacy. The "
        "monthly injection is given by a nurse or doctor.",
        "who_can_prescribe": "Any clinician who can prescribe medicines. It is not a "
        "controlled substance.",
        "dependence_potential": "none",
        "common_side_effects": lines(
            "Nausea",
            "Headache",
            "Dizziness",
            "Tiredness",
            "Pain, swelling or a lump where the shot was given",
        ),
        "serious_warnings": lines(
            "You must be free of all opioids for 7 to 10 days first, and up to about 2 weeks "
            "after methadone or buprenorphine. Otherwise it causes sudden, severe withdrawal.",
            "Trying to get past the block by using large amounts of opioids can cause a fatal "
            "overdose.",
            "After you stop naltrexone or miss a dose, you are far more sensitive to opioids "
            "than before. An amount you once used can kill you.",
            "The shot can cause reactions where it was given, some of them severe. Tell your "
            "clinician about pain, swelling, hard lumps, blisters or an open wound there.",
            "Tell your clinician or call 988 if you feel depressed or have thoughts of harming "
            "yourself.",
            "It can affect the liver. Tell your clinician about stomach pain that lasts, dark "
            "urine or yellow skin or eyes.",
            "It also blocks opioid pain medicines. Tell every doctor and dentist that you take it.",
        ),
        "pregnancy_and_breastfeeding": "There is only limited information about naltrexone in "
        "pregnancy. If you are pregnant or planning a pregnancy, talk to your care team about "
        "the best option for you.",
        "cost_and_coverage": "Tablets are low-cost generics. The monthly injection costs much "
        "more, but in the US Medicaid and many insurance plans cover it.",
        "body": [
            heading("Getting ready to start"),
            paragraph(
                "<p>Because naltrexone pushes opioids off the receptors, you need to finish "
                "withdrawal first. Many people start it at the end of detox. After methadone "
                "or buprenorphine, the wait can be longer, up to about 2 weeks. Your clinician "
                "may do a urine test or give a small test dose first.</p>"
            ),
            callout(
                "warning",
                "Lower tolerance, higher risk",
                "<p>Detox takes away your tolerance, and naltrexone does not bring it back. "
                "While the block lasts, usual amounts of opioids do little. But using a lot to "
                "push past the block can kill. After you stop naltrexone or miss a dose or "
                "shot, even a small amount can cause a deadly overdose. Keep naloxone "
                "nearby.</p>",
            ),
            question(
                "Is naltrexone a good fit for me?",
                "<p>It can suit people who have already stopped opioids and want extra "
                "protection, or who cannot take methadone or buprenorphine. Talk through the "
                "options with your care team.</p>",
            ),
        ],
        "references": [SAMHSA_NALTREXONE, TIP_63, NIDA_MEDICATIONS],
        "reviewed_by": PHARMACIST,
    },
    {
        "slug": "naloxone",
        "title": "Naloxone",
        "summary": "Naloxone reverses an opioid overdose within minutes. Anyone can give it. "
        "In the US, the nasal spray has been sold over the counter since 2023. It wears off "
        "in 30 to 90 minutes, so always call 911 as well.",
        "show_emergency_guidance": True,
        "generic_name": "Naloxone",
        "brand_names": "Narcan, RiVive, Kloxxado, Zimhi",
        "medication_class": "antagonist",
        "uses": ["overdose_reversal"],
        "routes": ["nasal_spray", "injection"],
        "how_often": "In an emergency. If breathing is not back to normal after 2 to 3 "
        "minutes, give another dose (a new device, in the other nostril), and keep going every "
        "2 to 3 minutes until help arrives.",
        "how_it_works": "Naloxone pushes opioids off the receptors in the brain and blocks "
        "them for a short time. This can restart breathing within minutes. It does nothing "
        "if the person has not taken opioids, so it is safe to give if you are not sure.",
        "where_given": "Anywhere an overdose happens. In the US you can buy the nasal spray at "
        "pharmacies and stores without a prescription. Many health departments and community "
        "programs give it out free.",
        "who_can_prescribe": "No prescription is needed for the standard nasal spray in the "
        "US. Injections and higher-dose sprays may need a prescription.",
        "dependence_potential": "none",
        "common_side_effects": lines(
            "Sudden withdrawal in people who use opioids: aches, sweating, runny nose, nausea "
            "or vomiting",
            "Fast heartbeat",
            "Feeling upset or agitated on waking",
            "Dry or stuffy nose (nasal spray)",
        ),
        "serious_warnings": lines(
            "It wears off in 30 to 90 minutes, but many opioids last longer. The overdose can "
            "come back: always call 911 and stay with the person.",
            "Fentanyl and other strong opioids may need several doses.",
            "Naloxone does not reverse xylazine (\u201ctranq\u201d) or sedatives. A person may "
            "breathe again but not wake up: still give naloxone, because the drugs are usually "
            "mixed with fentanyl, and call 911.",
            "The person may wake up in withdrawal. Stay calm and keep them from using more "
            "opioids.",
        ),
        "pregnancy_and_breastfeeding": "Naloxone is safe to give to a pregnant person in an "
        "emergency. Saving the parent's life also protects the baby.",
        "cost_and_coverage": "In the US, the nasal spray is sold over the counter. Many "
        "insurance plans cover it, and many health departments and community groups give it "
        "out for free.",
        "body": [
            heading("Be ready to save a life"),
            paragraph(
                "<p>Keep naloxone with you if you, a friend or a family member uses opioids. "
                "Tell people where it is. Check the expiry date on the box.</p>"
            ),
            callout(
                "emergency",
                "Give naloxone and call 911",
                "<p>If someone will not wake up or is barely breathing, give naloxone and call "
                "911 (US). If two of you are there, one calls while the other gives it. If "
                "breathing is not back to normal after 2 to 3 minutes, give another dose in "
                "the other nostril. Stay with them until help arrives.</p>",
            ),
            question(
                "Which naloxone should I buy?",
                "<p>Narcan and RiVive nasal sprays are sold without a prescription. Kloxxado "
                "is a stronger 8 mg nasal spray, and Zimhi and generic naloxone are given as "
                "a shot. Any of them can save a life. A second overdose medicine, nalmefene, "
                "lasts longer.</p>",
            ),
            question(
                "Can I get in trouble for calling 911?",
                "<p>Most US states have Good Samaritan laws. They protect people who call for "
                "help during an overdose from some drug charges.</p>",
            ),
        ],
        "references": [FDA_NALOXONE_OTC, TIP_63, NIDA_MEDICATIONS],
        "reviewed_by": PHARMACIST,
    },
    {
        "slug": "nalmefene",
        "title": "Nalmefene",
        "summary": "Nalmefene reverses an opioid overdose, like naloxone, but it lasts longer. "
        "In the US it comes as a nasal spray called Opvee (approved in 2023) and a shot called "
        "Zurnai (approved in 2024). It needs a prescription. Always call 911 as well.",
        "show_emergency_guidance": True,
        "generic_name": "Nalmefene",
        "brand_names": "Opvee, Zurnai",
        "medication_class": "antagonist",
        "uses": ["overdose_reversal"],
        "routes": ["nasal_spray", "injection"],
        "how_often": "In an emergency: one spray into the nose, or one shot from the pen. "
        "Give another dose if breathing is not back to normal after 2 to 3 minutes.",
        "how_it_works": "Nalmefene pushes opioids off the receptors in the brain and blocks "
        "them, so breathing can start again. It stays in the body longer than naloxone does.",
        "where_given": "Anywhere an overdose happens. Opvee nasal spray is for people aged 12 "
        "and older. Zurnai is an auto-injector: a pen that gives the shot for you.",
        "who_can_prescribe": "Any clinician who can prescribe medicines. In the US, nalmefene "
        "needs a prescription. Naloxone nasal spray does not.",
        "dependence_potential": "none",
        "common_side_effects": lines(
            "Sudden withdrawal in people who use opioids, which can last longer than after "
            "naloxone",
            "Headache",
            "Nausea or vomiting",
            "Dizziness",
            "Stuffy or sore nose (nasal spray)",
        ),
        "serious_warnings": lines(
            "Always call 911: the person needs medical care even if they wake up.",
            "Withdrawal after nalmefene can be strong and last longer than after naloxone. Stay "
            "with the person and keep them from using more opioids.",
            "It does not reverse xylazine (\u201ctranq\u201d) or sedatives: give it anyway and "
            "call 911.",
        ),
        "pregnancy_and_breastfeeding": "In an emergency, reversing an overdose in a pregnant "
        "person comes first: saving the parent's life also protects the baby.",
        "cost_and_coverage": "Nalmefene is a prescription medicine. Check with your insurance "
        "plan. Naloxone nasal spray costs less and is sold without a prescription.",
        "body": [
            heading("Nalmefene or naloxone?"),
            paragraph(
                "<p>Both reverse an overdose. Naloxone wears off in 30 to 90 minutes. "
                "Nalmefene lasts longer, which can help after strong opioids such as fentanyl. "
                "But the withdrawal it causes can also last longer. Naloxone is sold without "
                "a prescription, so it is the easiest to get.</p>"
            ),
            callout(
                "emergency",
                "Give it and call 911",
                "<p>If someone will not wake up or is barely breathing, give the spray or the "
                "shot and call 911. If breathing is not back to normal after 2 to 3 minutes, "
                "give another dose. Stay with them until help arrives.</p>",
            ),
            question(
                "Who can use Opvee and Zurnai?",
                "<p>Opvee nasal spray is approved for people aged 12 and older. Zurnai is an "
                "auto-injector, a pen that gives the shot for you. Ask a pharmacist which one "
                "fits your needs.</p>",
            ),
        ],
        "references": [FDA_NALMEFENE, FDA_NALOXONE_OTC, TIP_63],
        "reviewed_by": PHARMACIST,
    },
    {
        "slug": "lofexidine",
        "title": "Lofexidine",
        "summary": "Lofexidine is not an opioid. It eases withdrawal symptoms such as "
        "sweating, chills, aches and anxiety. It was approved in the US in 2018 for use for "
        "up to 14 days. It helps you get through withdrawal but does not treat the addiction "
        "itself.",
        "generic_name": "Lofexidine",
        "brand_names": "Lucemyra",
        "medication_class": "non_opioid",
        "uses": ["withdrawal"],
        "routes": ["tablet"],
        "how_often": "Tablets four times a day, for up to 14 days",
        "how_it_works": "During withdrawal, the body's alarm system goes into overdrive. "
        "Lofexidine calms it down. This eases sweating, chills, aches, runny nose and "
        "anxiety. It does not act on the opioid receptors.",
        "where_given": "At home with a prescription, or in a detox program or hospital.",
        "who_can_prescribe": "Any clinician who can prescribe medicines. It is not a "
        "controlled substance. Clonidine, an older blood pressure medicine, is sometimes used "
        "off-label in the same way.",
        "dependence_potential": "none",
        "common_side_effects": lines(
            "Dizziness or feeling faint",
            "Sleepiness",
            "Dry mouth",
            "Low blood pressure",
            "Slow heartbeat",
        ),
        "serious_warnings": lines(
            "It can lower your blood pressure and make you faint. Stand up slowly and drink "
            "enough fluids.",
            "It can slow the heart and change its rhythm (a longer QT interval).",
            "Alcohol and sedatives make the sleepiness worse.",
            "Do not stop suddenly: your blood pressure can jump. Lower the dose over 2 to 4 days.",
            "After withdrawal your tolerance is gone. Using opioids again can cause an overdose.",
        ),
        "pregnancy_and_breastfeeding": "There is only limited information about lofexidine in "
        "pregnancy and breastfeeding. Talk to your care team first.",
        "cost_and_coverage": "A generic version of lofexidine was approved in 2024, so it may "
        "cost less than the Lucemyra brand. Check with your insurance plan. Clonidine is a "
        "low-cost option your clinician may suggest.",
        "body": [
            heading("Part of a bigger plan"),
            paragraph(
                "<p>Lofexidine makes withdrawal easier, but it does not stop cravings for long. "
                "Use it as a step into ongoing treatment, such as naltrexone, buprenorphine or "
                "methadone, plus therapy.</p>"
            ),
            callout(
                "note",
                "Other help for withdrawal",
                "<p>Your clinician may also suggest medicine for nausea, loperamide for "
                "diarrhea, pain relievers and something to help you sleep.</p>",
            ),
            question(
                "Will lofexidine stop all my symptoms?",
                "<p>Probably not. It makes them milder, but some discomfort is normal. Tell "
                "your clinician if you cannot keep fluids down.</p>",
            ),
        ],
        "references": [FDA_LOFEXIDINE, TIP_63],
        "reviewed_by": PHARMACIST,
    },
]

# --- Therapies ------------------------------------------------------------------------------------

THERAPIES_REVIEWED = datetime.date(2026, 9, 28)
PAIRS_WITH = ["methadone", "buprenorphine", "naltrexone"]
THERAPY_BODY_CLOSING = callout(
    "note",
    "Best with medication",
    "<p>Therapy works best together with medication such as methadone, buprenorphine or "
    "naltrexone. You do not have to choose one or the other.</p>",
)

THERAPIES = [
    {
        "slug": "cognitive-behavioral-therapy",
        "title": "Cognitive-behavioral therapy (CBT)",
        "summary": "CBT helps you spot the thoughts, feelings and situations that lead to "
        "opioid use, and learn new ways to cope. It is a short course of weekly sessions, "
        "alone or in a group.",
        "approach": "You and a therapist look at what happens before you use: where you are, "
        "who you are with, what you think and feel. You practice skills to handle cravings, "
        "say no, solve problems and plan for risky moments. Between sessions you try the "
        "skills in daily life.",
        "care_settings": ["outpatient", "intensive_outpatient", "short_term_residential"],
        "formats": ["individual", "group"],
        "typical_duration": "Weekly sessions for about 12 to 16 weeks",
        "evidence_summary": "Many studies show CBT helps people use less and avoid relapse. "
        "The skills tend to last after therapy ends. It works best alongside medication.",
        "body": [
            heading("What a session is like"),
            paragraph(
                "<p>Sessions usually last about an hour. You talk about the past week, learn "
                "or practice one skill, and plan what to try next.</p>"
            ),
            question(
                "Do I have to talk about my childhood?",
                "<p>Not usually. CBT focuses on the here and now and on practical skills.</p>",
            ),
            THERAPY_BODY_CLOSING,
        ],
        "references": [NIDA_PRINCIPLES, TIP_63],
    },
    {
        "slug": "contingency-management",
        "title": "Contingency management",
        "summary": "Contingency management gives you small rewards, such as vouchers or "
        "prizes, when you reach goals. Goals can be a negative drug test or showing up to "
        "treatment. It is one of the best-tested ways to help people cut down.",
        "approach": "You agree on clear goals with your program, such as a negative urine test "
        "or coming to every session. Each time you meet a goal, you earn a reward, like a "
        "voucher for food or a chance to win a prize. Rewards often grow the longer you keep "
        "going.",
        "care_settings": ["outpatient", "intensive_outpatient"],
        "formats": ["individual", "group"],
        "typical_duration": "Usually 12 weeks or more, with testing once or twice a week",
        "evidence_summary": "Strong evidence shows that rewards help people stay off drugs and "
        "keep coming to treatment while the program runs. Combining it with medication gives "
        "the best results.",
        "body": [
            heading("Why rewards help"),
            paragraph(
                "<p>Drugs give a quick reward, and recovery pays off slowly. Contingency "
                "management adds a quick, real reward for healthy choices, so they are easier "
                "to keep making.</p>"
            ),
            question(
                "What happens if I test positive?",
                "<p>You do not earn that reward, but you are not thrown out. The next "
                "negative test earns a reward again.</p>",
            ),
            THERAPY_BODY_CLOSING,
        ],
        "references": [NIDA_PRINCIPLES, TIP_63],
    },
    {
        "slug": "motivational-interviewing",
        "title": "Motivational interviewing",
        "summary": "Motivational interviewing is a friendly, respectful talk with a "
        "counselor. It helps you sort out mixed feelings about change. You find your own "
        "reasons to start or stay in treatment.",
        "approach": "A counselor listens without judging and asks open questions. Together "
        "you look at what you want, what worries you, and how opioid use fits with your "
        "goals. You decide what to change and when.",
        "care_settings": ["outpatient", "intensive_outpatient", "inpatient"],
        "formats": ["individual"],
        "typical_duration": "Often 1 to 4 sessions, sometimes as part of other treatment",
        "evidence_summary": "Motivational interviewing helps people start treatment and stay "
        "in it. On its own it has a smaller effect on opioid use, so it is usually combined "
        "with medication and other therapy.",
        "body": [
            heading("It starts where you are"),
            paragraph(
                "<p>You do not need to be sure you want to stop. The counselor helps you "
                "think it through at your own pace.</p>"
            ),
            THERAPY_BODY_CLOSING,
        ],
        "references": [NIDA_PRINCIPLES, TIP_63],
    },
    {
        "slug": "family-therapy",
        "title": "Family therapy",
        "summary": "Family therapy brings you and the people close to you together with a "
        "therapist. It helps families talk, rebuild trust and support recovery. It is "
        "especially helpful for teens and young adults.",
        "approach": "The therapist meets with you and your family, partner or other close "
        "people. You work on communication, setting limits, solving problems together and "
        "handling conflict. Family members also learn how to look after themselves.",
        "care_settings": ["outpatient", "intensive_outpatient", "long_term_residential"],
        "formats": ["family"],
        "typical_duration": "Weekly sessions for about 3 to 6 months",
        "evidence_summary": "Research shows family therapy helps people, especially young "
        "people, stay in treatment and use less. It also improves family life.",
        "body": [
            heading("Who can take part"),
            paragraph(
                "<p>Anyone who plays an important role in your life: parents, partners, "
                "children, or close friends.</p>"
            ),
            question(
                "What if my family will not come?",
                "<p>Family members can also get help on their own, and you can still get "
                "treatment. Ask your program about family support groups.</p>",
            ),
            THERAPY_BODY_CLOSING,
        ],
        "references": [NIDA_PRINCIPLES, TIP_63],
    },
    {
        "slug": "peer-support-and-12-step-facilitation",
        "title": "Peer support and 12-step facilitation",
        "summary": "Peer support connects you with people who have "
        "been through it themselves. Groups such as Narcotics Anonymous and SMART Recovery "
        "meet in person and online. A counselor can help you get started.",
        "approach": "In 12-step facilitation, a counselor helps you understand and join a "
        "12-step group such as Narcotics Anonymous. Other groups, such as SMART Recovery, "
        "use practical skills instead of 12 steps. Peer recovery coaches, who have lived "
        "experience, can also help you find services and stay on track.",
        "care_settings": [
            "outpatient",
            "intensive_outpatient",
            "short_term_residential",
            "long_term_residential",
        ],
        "formats": ["individual", "group"],
        "typical_duration": "About 12 weekly counseling sessions; groups can continue as long "
        "as you like",
        "evidence_summary": "People who take part in mutual-help groups tend to stay in "
        "recovery longer. Groups add to treatment with medication; they do not replace it.",
        "body": [
            heading("Finding the right group"),
            paragraph(
                "<p>Try a few meetings before you decide. Groups differ a lot in size, style "
                "and views.</p>"
            ),
            callout(
                "note",
                "Medication is treatment, not relapse",
                "<p>Some group members may not approve of medication. Taking methadone, "
                "buprenorphine or naltrexone as prescribed is part of recovery. Look for a "
                "group that supports your plan.</p>",
            ),
        ],
        "references": [NIDA_PRINCIPLES, TIP_63],
    },
    {
        "slug": "community-reinforcement-approach",
        "title": "Community reinforcement approach",
        "summary": "This approach helps you build a life you enjoy without "
        "drugs. You work on jobs, friends, family, hobbies and daily habits. When life feels "
        "good, it is easier to stay away from opioids.",
        "approach": "A counselor helps you find what you enjoy and value, then build more of "
        "it into your life. You may work on job skills, relationships, leisure activities and "
        "handling cravings. It is often combined with vouchers for negative drug tests.",
        "care_settings": ["outpatient", "intensive_outpatient"],
        "formats": ["individual", "family"],
        "typical_duration": "Weekly sessions for about 6 months",
        "evidence_summary": "Studies show it helps people stay in treatment and use fewer "
        "drugs, especially when combined with rewards and with medication.",
        "body": [
            heading("Making recovery worth it"),
            paragraph(
                "<p>The idea is simple: when life without drugs feels good, it is easier to "
                "stay with it.</p>"
            ),
            THERAPY_BODY_CLOSING,
        ],
        "references": [NIDA_PRINCIPLES, TIP_63],
    },
]
THERAPIES = with_defaults(
    THERAPIES, medications=PAIRS_WITH, reviewed_by=COUNSELOR, last_reviewed=THERAPIES_REVIEWED
)
MEDICATIONS = with_defaults(MEDICATIONS, last_reviewed=MEDICATIONS_REVIEWED)

# --- Withdrawal phases ----------------------------------------------------------------------------

DETOX_REVIEWED = datetime.date(2026, 10, 5)
GET_HELP_ALWAYS = (
    "Call 911 (US) if you cannot keep fluids down for a day, feel faint or confused, have chest "
    "pain or a seizure. If you have thoughts of harming yourself, call or text 988."
)
OVERDOSE_RISK_HELP = (
    "If you use opioids again, your tolerance is already dropping, so an amount you used "
    "before can cause an overdose: do not use alone, and keep naloxone where others can find "
    "it. "
)
PREGNANCY_CALLOUT = callout(
    "note",
    "If you are pregnant",
    "<p>Do not go through withdrawal on your own. In pregnancy, doctors recommend methadone or "
    "buprenorphine rather than withdrawal: it is safer for you and your baby. Pregnant people "
    "get priority at opioid treatment programs.</p>",
)

DETOX_PHASES = [
    {
        "slug": "early-withdrawal",
        "title": "Early withdrawal",
        "summary": "Early withdrawal starts 6 to 12 hours after the last dose of heroin and "
        "lasts until about a day after it. After methadone it starts later, at about 30 hours. "
        "It feels like a bad flu coming on, with anxiety, aches and trouble sleeping.",
        "starts_after_hours": 6,
        "ends_after_hours": 24,
        "timing_note": "Heroin: starts 6 to 12 hours after the last dose. Methadone: starts "
        "about 30 hours after. Fentanyl: less predictable.",
        "typical_signs": lines(
            "Anxiety and restlessness",
            "Yawning",
            "Sweating",
            "Runny nose and tearing eyes",
            "Muscle aches",
            "Trouble sleeping",
        ),
        "care": lines(
            "Drink plenty of fluids and rest",
            "Buprenorphine can start once withdrawal is clearly under way",
            "Lofexidine or other medicines can ease symptoms",
            "Keep naloxone nearby, and tell someone where it is",
        ),
        "medications": ["buprenorphine", "lofexidine", "naloxone"],
        "when_to_get_help": OVERDOSE_RISK_HELP + GET_HELP_ALWAYS,
        "body": [
            heading("How clinicians measure withdrawal"),
            question(
                "What is the COWS score?",
                "<p>Clinicians often use the Clinical Opiate Withdrawal Scale (COWS). They "
                "check 11 signs, such as pulse, sweating, pupil size and yawning, and add up a "
                "score. A score of 5 to 12 means mild withdrawal, 13 to 24 moderate, 25 to 36 "
                "moderately severe, and over 36 severe. The score helps decide when to start "
                "buprenorphine.</p>",
            ),
            callout(
                "note",
                "Do not go it alone",
                "<p>Withdrawal is easier and safer with medical help. A clinic can start "
                "treatment that stops the symptoms.</p>",
            ),
            heading("Heroin, methadone and fentanyl"),
            question(
                "When does withdrawal start?",
                "<p>After heroin, withdrawal usually starts 6 to 12 hours after the last "
                "dose. After methadone, which lasts longer in the body, it starts at about "
                "30 hours. After fentanyl, the timing is harder to predict, so ask a "
                "clinician before starting buprenorphine.</p>",
            ),
            PREGNANCY_CALLOUT,
        ],
        "references": [MEDLINEPLUS_WITHDRAWAL, COWS_PAPER, TIP_63],
    },
    {
        "slug": "peak-withdrawal",
        "title": "Peak withdrawal",
        "summary": "Withdrawal is usually at its worst on days 1 to 3. Stomach symptoms, "
        "chills and strong cravings are common. The biggest danger is an overdose if you use "
        "again, because your body has lost its tolerance.",
        "starts_after_hours": 24,
        "ends_after_hours": 72,
        "timing_note": "Heroin: days 1 to 3. Methadone: the worst days come later and last "
        "longer. Fentanyl: less predictable.",
        "typical_signs": lines(
            "Nausea and vomiting",
            "Diarrhea and stomach cramps",
            "Goose bumps and chills",
            "Large (dilated) pupils",
            "Fast heartbeat",
            "Strong cravings",
        ),
        "care": lines(
            "Medicine for symptoms, or a buprenorphine or methadone taper",
            "Sip water, sports drinks or broth often to avoid dehydration",
            "Rest in a safe, calm place with someone who can check on you",
            "Keep naloxone nearby: cravings are strong and tolerance is falling",
        ),
        "medications": ["buprenorphine", "methadone", "lofexidine", "naloxone"],
        "when_to_get_help": OVERDOSE_RISK_HELP + GET_HELP_ALWAYS,
        "body": [
            heading("Getting through the worst days"),
            paragraph(
                "<p>These days are hard, but they pass. Cravings are strongest now, so keep "
                "away from places and people linked to using.</p>"
            ),
            callout(
                "warning",
                "Using again now can kill",
                "<p>After a few days without opioids, your body loses its tolerance. If you "
                "use the amount you used before, you can overdose. Do not use alone, and make "
                "sure someone nearby has naloxone and knows to call 911.</p>",
            ),
            callout(
                "note",
                "Watch for dehydration",
                "<p>Vomiting and diarrhea can dry out the body fast. Signs include a very dry "
                "mouth, dark or little urine, and dizziness when standing up.</p>",
            ),
        ],
        "references": [MEDLINEPLUS_WITHDRAWAL, TIP_63],
    },
    {
        "slug": "subsiding-withdrawal",
        "title": "Subsiding withdrawal",
        "summary": "After about 3 days, symptoms slowly ease, and most are gone by days 7 to "
        "10. Tiredness, low appetite and cravings can linger. This is the time to plan and "
        "start ongoing treatment.",
        "starts_after_hours": 72,
        "ends_after_hours": 168,
        "timing_note": "Heroin: can last up to 10 days. Methadone: withdrawal can last 2 weeks "
        "or more.",
        "typical_signs": lines(
            "Symptoms slowly ease",
            "Tiredness",
            "Low appetite",
            "Cravings",
        ),
        "care": lines(
            "Plan the next step: maintenance medication, naltrexone or therapy",
            "Start eating small, regular meals again",
            "Carry naloxone: your tolerance is dropping",
        ),
        "medications": ["naltrexone", "buprenorphine", "methadone"],
        "when_to_get_help": GET_HELP_ALWAYS,
        "body": [
            heading("Plan what comes next"),
            paragraph(
                "<p>Detox is a first step, not the end of treatment. Without ongoing care, "
                "most people use again. Talk with your care team about medication and "
                "therapy before detox ends.</p>"
            ),
            callout(
                "warning",
                "Your tolerance is falling",
                "<p>After a few days without opioids, a dose you used to take can kill you. "
                "Keep naloxone close.</p>",
            ),
        ],
        "references": [MEDLINEPLUS_WITHDRAWAL, TIP_63],
    },
    {
        "slug": "post-acute-withdrawal",
        "title": "Post-acute withdrawal",
        "summary": "For weeks or months after detox, many people have low mood, worry, poor "
        "sleep and cravings. Ongoing treatment and support make this time safer and easier.",
        "starts_after_hours": 168,
        "ends_after_hours": None,
        "timing_note": "Weeks to months",
        "typical_signs": lines(
            "Low mood",
            "Anxiety",
            "Poor sleep",
            "Tiredness",
            "Cravings",
        ),
        "care": lines(
            "Ongoing treatment with medication and therapy",
            "Peer support and recovery groups",
            "Skills to prevent relapse and manage stress",
        ),
        "medications": ["buprenorphine", "methadone", "naltrexone"],
        "when_to_get_help": "If you use opioids again, your risk of overdose is very high: do "
        "not use alone and keep naloxone nearby. " + GET_HELP_ALWAYS,
        "body": [
            heading("Feeling better takes time"),
            paragraph(
                "<p>The brain needs time to heal. Sleep, mood and energy usually improve week "
                "by week. Medication can ease cravings during this time.</p>"
            ),
            question(
                "Is it a failure if I use again?",
                "<p>No. Relapse is common in recovery. Reach out to your care team quickly, "
                "and restart treatment. Be very careful: your tolerance is low.</p>",
            ),
        ],
        "references": [TIP_63, NIDA_PRINCIPLES],
    },
]
DETOX_PHASES = with_defaults(DETOX_PHASES, last_reviewed=DETOX_REVIEWED, reviewed_by=PHYSICIAN)

# --- Search: synonyms and promoted results (the site_search app) ----------------------------------

# Words readers type that the pages do not use (or use less), and the words the pages use.
SEARCH_SYNONYMS = [
    {"word": "bupe", "means": "buprenorphine"},
    {"word": "subs", "means": "buprenorphine"},
    {"word": "suboxone", "means": "buprenorphine"},
    {"word": "narcan", "means": "naloxone"},
    {"word": "detox", "means": "withdrawal"},
    {"word": "withdrawl", "means": "withdrawal"},
    {"word": "oud", "means": "opioid use disorder"},
]

# Pages shown first for a whole query: (query, the page (the detox guide or a medication's slug),
# description).
SEARCH_PROMOTIONS = [
    (
        "withdrawal",
        "detox guide",
        "What happens in each phase of withdrawal, what helps, and when to get emergency help.",
    ),
    (
        "bupe",
        "buprenorphine",
        "Buprenorphine (Suboxone, Subutex, Sublocade and others) treats opioid addiction.",
    ),
    (
        "suboxone",
        "buprenorphine",
        "Suboxone is buprenorphine combined with naloxone.",
    ),
    (
        "narcan",
        "naloxone",
        "Narcan is a brand of naloxone nasal spray, which reverses an opioid overdose.",
    ),
    (
        "overdose",
        "naloxone",
        "Naloxone reverses an opioid overdose. If someone cannot be woken, call 911 now.",
    ),
]

# --- Demo staff accounts (development only) -------------------------------------------------------

DEMO_ACCOUNTS = [
    {
        "role": "Administrator",
        "username": "admin",
        "password": "admin-demo-2026",
        "first_name": "Demo",
        "last_name": "Administrator",
        "superuser": True,
        "group": None,
    },
    {
        "role": "Editor",
        "username": "editor",
        "password": "editor-demo-2026",
        "first_name": "Demo",
        "last_name": "Editor",
        "group": "Editors",
    },
    {
        "role": "Moderator",
        "username": "moderator",
        "password": "moderator-demo-2026",
        "first_name": "Demo",
        "last_name": "Moderator",
        "group": "Moderators",
    },
    {
        "role": "Clinical reviewer",
        "username": "reviewer",
        "password": "reviewer-demo-2026",
        "first_name": "Alex",
        "last_name": "Sample",
        "group": "Clinical reviewers",
        "reviewer": PHYSICIAN,
    },
]


# ==================================================================================================
# The builders
# ==================================================================================================

STATUS_ORDER = ["created", "updated", "unchanged", "skipped"]


@dataclass
class Report:
    """What the loader did, one line per section."""

    sections: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    notes: dict = field(default_factory=dict)

    def count(self, section, status):
        self._add(section)
        self.counts[section][status] += 1

    def note(self, section, text):
        self._add(section)
        self.notes[section].append(text)

    def _add(self, section):
        if section not in self.sections:
            self.sections.append(section)
            self.counts[section] = Counter()
            self.notes[section] = []

    def lines(self):
        out = []
        for section in self.sections:
            counts = self.counts[section]
            counted = ", ".join(
                f"{counts[status]} {status}" for status in STATUS_ORDER if counts[status]
            )
            parts = [counted] if counted else []
            out.append(f"{section}: {'; '.join(parts + self.notes[section])}.")
        return out


def load_demo_content(overwrite=False):
    """Build the demo site under the home page. Returns a `Report`."""
    with transaction.atomic():
        return _Loader(overwrite).run()


class _Loader:
    def __init__(self, overwrite):
        self.overwrite = overwrite
        self.report = Report()
        self.changed_pages = []

    def run(self):
        home = HomePage.objects.first()
        if home is None:
            raise DemoContentError(
                "There is no home page. Run `manage.py migrate` first: migration "
                "tx_portal 0002 creates it."
            )
        self.reviewers = {
            data["name"]: self.snippet(Reviewer, "name", data, "Reviewers") for data in REVIEWERS
        }
        guidance = self.snippet(
            EmergencyGuidance, "heading", EMERGENCY_GUIDANCE, "Emergency guidance"
        )
        self.safety_settings(guidance)
        self.home_page(home)

        self.page(home, ArticlePage, OVERVIEW, "Home sections")
        medication_index = self.page(home, MedicationIndexPage, MEDICATION_INDEX, "Home sections")
        therapy_index = self.page(home, TherapyIndexPage, THERAPY_INDEX, "Home sections")
        detox_guide = self.page(home, DetoxGuidePage, DETOX_GUIDE, "Home sections")

        self.medications = {
            data["slug"]: self.page(medication_index, MedicationPage, data, "Medications")
            for data in MEDICATIONS
        }
        for data in THERAPIES:
            self.page(therapy_index, TherapyPage, data, "Therapies")
        for data in DETOX_PHASES:
            self.page(detox_guide, DetoxPhasePage, data, "Detox phases")
        self.search_aids({"detox guide": detox_guide, **self.medications})

        # Saving a page queues its indexing as a task, which a production task backend may run
        # later (or not at all if no worker runs): index the pages now so they are searchable as
        # soon as the command ends. Only the pages this run created or changed.
        for page in self.changed_pages:
            index.insert_or_update_object(page)
        self.report.note(
            "Search index",
            plural(len(self.changed_pages), "page") + " indexed"
            if self.changed_pages
            else "nothing to do",
        )
        return self.report

    # --- snippets and settings ---

    def snippet(self, model, key, data, section):
        obj = model.objects.filter(**{key: data[key]}).order_by("pk").first()
        if obj is None:
            obj = create_snippet(model, data)
            self.report.count(section, "created")
        elif not self.overwrite:
            self.report.count(section, "skipped")
        elif any(getattr(obj, name) != value for name, value in data.items()):
            for name, value in data.items():
                setattr(obj, name, value)
            obj.full_clean()
            obj.save()
            obj.save_revision(log_action=True)
            self.report.count(section, "updated")
        else:
            self.report.count(section, "unchanged")
        return obj

    def safety_settings(self, guidance):
        safety = SafetySettings.load()
        if safety.emergency_guidance_id is None:
            safety.emergency_guidance = guidance
            safety.save(update_fields=["emergency_guidance"])
            self.report.note("Emergency guidance", "set on the safety settings")
        elif safety.emergency_guidance_id == guidance.pk:
            self.report.note("Emergency guidance", "already set on the safety settings")
        else:
            self.report.note(
                "Emergency guidance", "safety settings left alone (they use other guidance)"
            )

    # --- search synonyms and promoted results ---

    def search_aids(self, pages):
        for data in SEARCH_SYNONYMS:
            synonym = SearchSynonym.objects.filter(word=data["word"]).first()
            if synonym is None:
                SearchSynonym.objects.create(**data)
                self.report.count("Search synonyms", "created")
            elif self.overwrite and synonym.means != data["means"]:
                synonym.means = data["means"]
                synonym.save(update_fields=["means"])
                self.report.count("Search synonyms", "updated")
            else:
                self.report.count("Search synonyms", "skipped")
        for query_string, page_key, description in SEARCH_PROMOTIONS:
            page = pages[page_key]
            query = Query.get(query_string)
            promotion = SearchPromotion.objects.filter(query=query, page=page).first()
            if promotion is None:
                SearchPromotion.objects.create(
                    query=query, page=page, description=description, sort_order=0
                )
                self.report.count("Promoted search results", "created")
            elif self.overwrite and promotion.description != description:
                promotion.description = description
                promotion.save(update_fields=["description"])
                self.report.count("Promoted search results", "updated")
            else:
                self.report.count("Promoted search results", "skipped")

    # --- pages ---

    def home_page(self, home):
        if home.introduction.strip() != DEFAULT_HOME_INTRODUCTION:
            self.report.note("Home page", "left alone (its introduction is no longer the default)")
            return
        home.title = HOME["title"]
        home.introduction = HOME["introduction"]
        home.save_revision(log_action=True).publish()
        self.changed_pages.append(home)
        self.report.note("Home page", "title and introduction set")

    def page(self, parent, model, data, section):
        page = self.find(parent, model, data["slug"])
        if page is None:
            page = model(live=False)
            self.apply(page, data)
            parent.add_child(instance=page)
            log(instance=page, action="wagtail.create", content_changed=True)
            page.save_revision().publish()
            self.changed_pages.append(page)
            self.report.count(section, "created")
        elif not self.overwrite:
            self.report.count(section, "skipped")
        else:
            before = snapshot(page, data)
            self.apply(page, data)
            if before != snapshot(page, data) or not page.live or page.has_unpublished_changes:
                page.save_revision(log_action=True).publish()
                self.changed_pages.append(page)
                self.report.count(section, "updated")
            else:
                self.report.count(section, "unchanged")
        return page

    def find(self, parent, model, slug):
        """The existing page for this data: the child with its slug or, for sections allowed
        once per parent, the one already there under another slug."""
        children = parent.get_children()
        page = children.filter(slug=slug).first()
        if page is None and getattr(model, "max_count_per_parent", None) == 1:
            page = children.exact_type(model).first()
        if page is None:
            return None
        page = page.specific
        if not isinstance(page, model):
            raise DemoContentError(
                f"The page {page.url_path!r} is a {page.specific_class.__name__}, not a "
                f"{model.__name__}. Rename or move it, then run the command again."
            )
        return page

    def apply(self, page, data):
        for name, value in data.items():
            if name == "medications":
                page.medications.set([self.medications[slug] for slug in value])
            elif name == "reviewed_by":
                page.reviewed_by = self.reviewers[value]
            elif isinstance(model_field(page, name), StreamField):
                setattr(page, name, [{"type": kind, "value": raw} for kind, raw in value])
            else:
                setattr(page, name, value)
        if data.get("last_reviewed"):
            page.next_review_due = one_year_after(data["last_reviewed"])


def create_snippet(model, data):
    """A new snippet with a first revision and a "created" log entry, as the admin makes it."""
    obj = model(**data)
    obj.full_clean()
    obj.save()
    revision = obj.save_revision()
    log(instance=obj, action="wagtail.create", revision=revision, content_changed=True)
    return obj


def plural(number, noun):
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def model_field(obj, name):
    try:
        return obj._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def snapshot(page, data):
    """The page's current values of the fields in `data`, comparable before and after."""
    values = {}
    for name in [*data, "next_review_due"]:
        model_fld = model_field(page, name)
        if model_fld is None:
            continue
        if isinstance(model_fld, StreamField):
            values[name] = _without_ids(model_fld.get_prep_value(getattr(page, name)))
        elif model_fld.many_to_many:
            values[name] = sorted(obj.pk for obj in getattr(page, name).all())
        else:
            values[name] = model_fld.value_from_object(page)
    return values


def _without_ids(raw):
    if isinstance(raw, list):
        return [_without_ids(item) for item in raw]
    if isinstance(raw, dict):
        return {key: _without_ids(value) for key, value in raw.items() if key != "id"}
    return raw


# --- Accounts -------------------------------------------------------------------------------------


def admin_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home")


def create_demo_accounts():
    """Create or reset the demo staff accounts. Returns [(account data, "created" or "reset")].

    Development only: refuses unless settings.DEMO_ACCOUNTS_ALLOWED is True.
    """
    if not getattr(settings, "DEMO_ACCOUNTS_ALLOWED", False):
        raise DemoContentError(
            "Demo accounts have fixed, published passwords and are for development only. "
            "They are refused because settings.DEMO_ACCOUNTS_ALLOWED is not True (use the dev "
            "settings)."
        )
    user_model = get_user_model()
    results = []
    with transaction.atomic():
        for account in DEMO_ACCOUNTS:
            group = None
            if account["group"]:
                group = Group.objects.filter(name=account["group"]).first()
                if group is None:
                    raise DemoContentError(
                        f"The group {account['group']!r} does not exist. Run `manage.py "
                        "migrate` first: migration tx_portal 0003 creates it."
                    )
            user, created = user_model.objects.get_or_create(username=account["username"])
            user.first_name = account["first_name"]
            user.last_name = account["last_name"]
            user.email = f"{account['username']}@example.com"
            user.is_staff = True
            user.is_active = True
            user.is_superuser = bool(account.get("superuser"))
            user.set_password(account["password"])
            user.save()
            user.groups.set([group] if group else [])
            if account.get("reviewer"):
                _link_reviewer(user, account["reviewer"])
            results.append((account, "created" if created else "reset"))
    return results


def _link_reviewer(user, name):
    data = next(reviewer for reviewer in REVIEWERS if reviewer["name"] == name)
    reviewer = Reviewer.objects.filter(name=name).order_by("pk").first()
    if reviewer is None:
        reviewer = create_snippet(Reviewer, data)
    Reviewer.objects.filter(user=user).exclude(pk=reviewer.pk).update(user=None)
    if reviewer.user_id != user.pk:
        reviewer.user = user
        reviewer.save(update_fields=["user"])
        reviewer.save_revision(log_action=True)
    return reviewer

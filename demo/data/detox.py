"""The detox guide and its withdrawal phases, in order. Each phase's window starts where the
previous one ends (the content lint checks it)."""

import datetime

from .blocks import callout, heading, lines, paragraph, question, with_defaults
from .reviewers import PHYSICIAN
from .sources import COWS_PAPER, MEDLINEPLUS_WITHDRAWAL, NIDA_PRINCIPLES, TIP_63

DETOX_GUIDE = {
    "slug": "detox",
    "title": "Detox and withdrawal",
    "show_in_menus": True,
    "introduction": "Withdrawal from heroin follows a fairly predictable pattern. It is very "
    "uncomfortable but rarely dangerous in itself when you get fluids and care. See what "
    "usually happens in each phase, what helps, and when to get emergency help.",
}

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

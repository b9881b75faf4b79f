"""Getting care: first visits, prescribers and telehealth, paying for treatment, privacy and the
help lines."""

from .blocks import callout, heading, paragraph, question
from .reviewers import COUNSELOR
from .sources import FIND_TREATMENT, HHS_PART_2, LIFELINE_988, SAMHSA_HELPLINE, SAMHSA_OTP_RULE_2024

GETTING_CARE = {
    "slug": "getting-care",
    "title": "Getting care: where to start",
    "summary": "You can start treatment today. Call the free SAMHSA helpline, search "
    "findtreatment.gov, see your own doctor or use telehealth. Here is what happens at a first "
    "visit, how to pay for care and how your privacy is protected.",
    "body": [
        heading("Call or text for help"),
        paragraph(
            "<p>The SAMHSA National Helpline is free, private and open 24 hours a day, every "
            "day, in English and Spanish. Call 1-800-662-4357 (1-800-662-HELP). They can tell "
            "you about treatment, support groups and other services near you.</p>"
        ),
        question(
            "Can I reach the helpline without talking on the phone?",
            "<p>Yes. For TTY, call 1-800-487-4889. You can also text your zip code to 435748 "
            "(HELP4U) to get a list of places near you.</p>",
        ),
        question(
            "What if I am thinking about suicide?",
            "<p>Call or text 988, the Suicide and Crisis Lifeline, at any time. If someone's "
            "life is in danger right now, call 911.</p>",
        ),
        heading("Finding treatment near you"),
        paragraph(
            '<p>Search <a href="https://findtreatment.gov/">findtreatment.gov</a> for '
            "treatment programs near you. You can filter by the kind of care, the medicines "
            "offered and how you pay.</p>"
        ),
        heading("Your first visit to an opioid treatment program"),
        paragraph(
            "<p>At your first visit, staff ask about your health, your opioid use and what you "
            "want from treatment. A clinician examines you. Under the 2024 federal rule, this "
            "first exam can be done by video.</p>"
        ),
        paragraph(
            "<p>If methadone is right for you, you can often get your first dose that day. "
            "You start low, and the dose goes up slowly. Counseling is offered, but you can get "
            "your medicine even if you do not take part.</p>"
        ),
        question(
            "What should I bring to my first visit?",
            "<p>Bring a photo ID, your insurance card if you have one, and a list of every "
            "medicine you take. Call ahead: the program can tell you what else it needs.</p>",
        ),
        heading("Buprenorphine from a doctor or by telehealth"),
        paragraph(
            "<p>In the US, any clinician who can prescribe schedule III medicines can "
            "prescribe buprenorphine. You can ask your own doctor, a health center or an urgent "
            "care clinic. Many people start buprenorphine by telehealth, on a video or phone "
            "visit, and pick it up at a pharmacy.</p>"
        ),
        heading("Paying for treatment"),
        paragraph(
            "<p>Medicaid, Medicare and most private insurance plans cover treatment for opioid "
            "use disorder, including methadone and buprenorphine. Some plans need approval "
            "first, so ask your plan or the program to check.</p>"
        ),
        question(
            "What if I have no insurance?",
            "<p>You can still get treatment. Many programs charge less if you earn less, and "
            "states fund programs for people without insurance. The SAMHSA helpline can point "
            "you to them.</p>",
        ),
        heading("Your privacy"),
        paragraph(
            "<p>A federal privacy rule, 42 CFR Part 2, protects the records of treatment for "
            "substance use. In most cases, a treatment program needs your written consent "
            "before it shares your records, even with your family or employer.</p>"
        ),
        question(
            "Will my employer find out?",
            "<p>Not from your treatment program without your written consent, except in rare "
            "cases such as a medical emergency. Ask the program how it protects your "
            "records.</p>",
        ),
        callout(
            "note",
            "You do not have to do it alone",
            "<p>Asking for help is a strong first step. If one place cannot see you soon, ask "
            "them where else to go, or call the helpline again.</p>",
        ),
    ],
    "references": [SAMHSA_HELPLINE, FIND_TREATMENT, SAMHSA_OTP_RULE_2024, HHS_PART_2, LIFELINE_988],
    "reviewed_by": COUNSELOR,
}

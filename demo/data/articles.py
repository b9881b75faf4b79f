"""General articles under the home page."""

import datetime

from .blocks import callout, heading, paragraph, question
from .reviewers import PHYSICIAN
from .sources import NIDA_MEDICATIONS, NIDA_PRINCIPLES, TIP_63

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

"""Harm reduction: staying alive and healthy while someone still uses opioids."""

from .blocks import callout, heading, paragraph, question
from .reviewers import PHYSICIAN
from .sources import CDC_SYRINGE_SERVICES, CDC_XYLAZINE, FDA_NALOXONE_OTC, NEVER_USE_ALONE

HARM_REDUCTION = {
    "slug": "harm-reduction",
    "title": "Harm reduction: staying safer if you use",
    "summary": "If you or someone you love still uses opioids, a few steps can save a life. "
    "Keep naloxone close, test your drugs, never use alone and use new supplies. None of this "
    "means you have to stop first.",
    "body": [
        heading("Naloxone for friends and family"),
        paragraph(
            "<p>Naloxone reverses an opioid overdose. Anyone can give it, and you do not need "
            "training. In the US, Narcan and RiVive nasal sprays are sold without a "
            "prescription at pharmacies and many stores.</p>"
        ),
        question(
            "Where can I get naloxone?",
            "<p>Buy it at a pharmacy, or ask your local health department, a syringe services "
            "program or a treatment program. Many of them give it out for free.</p>",
        ),
        question(
            "Who should carry naloxone?",
            "<p>Anyone who uses opioids, and the people around them: family, friends, "
            "roommates and coworkers. Keep it where others can find it, and tell them where it "
            "is.</p>",
        ),
        callout(
            "emergency",
            "If someone will not wake up",
            "<p>Give naloxone and call 911. If their breathing is not back to normal after 2 "
            "to 3 minutes, give another dose in the other nostril. Keep going every 2 to 3 "
            "minutes until help arrives.</p>",
        ),
        heading("Fentanyl and xylazine test strips"),
        paragraph(
            "<p>Test strips show if a drug has fentanyl or xylazine in it. You mix a small "
            "amount of the drug with water and dip the strip in. Many health departments and "
            "syringe programs give strips out for free.</p>"
        ),
        paragraph(
            "<p>A strip can miss some of the drug. Even if the test shows nothing, use less, "
            "go slow and have naloxone ready.</p>"
        ),
        heading("Xylazine, or \u201ctranq\u201d"),
        paragraph(
            "<p>Xylazine is an animal sedative that is often mixed into fentanyl. It can make "
            "a person very sleepy and cause deep wounds on the skin. Naloxone does not reverse "
            "xylazine, but always give it anyway, because fentanyl is usually there too.</p>"
        ),
        question(
            "What if naloxone works but the person still will not wake up?",
            "<p>With xylazine or other sedatives, a person may breathe again but stay "
            "asleep. Keep them on their side, keep checking their breathing and wait for "
            "help. You already called 911: stay with them.</p>",
        ),
        heading("Never use alone"),
        paragraph(
            "<p>If you use with someone else nearby, they can give naloxone and call for help. "
            "Take turns so that one person is always awake.</p>"
        ),
        question(
            "What if I have no one to be with me?",
            "<p>Call the Never Use Alone line at 1-800-484-3731 (US). A volunteer stays on "
            "the phone while you use. If you stop answering, they send help to where you "
            "are.</p>",
        ),
        heading("Syringe services programs"),
        paragraph(
            "<p>Syringe services programs give out new needles and other supplies for free "
            "and take back used ones. Using new supplies each time lowers the risk of HIV, "
            "hepatitis C and skin infections.</p>"
        ),
        paragraph(
            "<p>These programs also offer naloxone, test strips, wound care and help getting "
            "into treatment when you are ready.</p>"
        ),
        heading("Testing for HIV and hepatitis C"),
        paragraph(
            "<p>HIV and hepatitis C can spread through shared needles and other supplies. Get "
            "tested, even if you feel well. Syringe programs, health centers and treatment "
            "programs offer testing, and hepatitis C can be cured.</p>"
        ),
        callout(
            "note",
            "Treatment lowers the risk too",
            "<p>Methadone and buprenorphine lower the risk of HIV, hepatitis C and overdose. "
            "You can start treatment at any time, and harm reduction services can help you "
            "get there.</p>",
        ),
    ],
    "references": [FDA_NALOXONE_OTC, CDC_XYLAZINE, CDC_SYRINGE_SERVICES, NEVER_USE_ALONE],
    "reviewed_by": PHYSICIAN,
}

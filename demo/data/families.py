"""For families and friends of someone who uses opioids."""

from .blocks import callout, heading, paragraph, question
from .reviewers import COUNSELOR
from .sources import CRAFT_TRIAL, FDA_NALOXONE_OTC, NAR_ANON, NIDA_PRINCIPLES

FAMILIES = {
    "slug": "families-and-friends",
    "title": "For families and friends",
    "summary": "When someone you love uses opioids, you can help. Keep naloxone at home, talk "
    "in a calm and caring way, and learn skills that make treatment more likely. Look after "
    "yourself too.",
    "body": [
        heading("Keep naloxone at home"),
        paragraph(
            "<p>Keep naloxone where you and others can find it fast, and learn the signs of "
            "an overdose. In the US, you can buy the nasal spray without a prescription.</p>"
        ),
        heading("How to help someone you love"),
        paragraph(
            "<p>Shouting, threats and blame tend to push people away. Calm, honest talks work "
            "better. Say what you have seen and how you feel, and tell them you will help them "
            "find treatment.</p>"
        ),
        question(
            "How can I help my son or daughter?",
            "<p>Stay in touch and keep talking, even when it is hard. Learn about treatment "
            "with medication, so you can help them look for it when they are ready. Keep "
            "naloxone at home, and ask their doctor or a family program for help.</p>",
        ),
        question(
            "Should I wait until they hit rock bottom?",
            "<p>No. Waiting can be deadly, because overdose can happen at any time. Treatment "
            "works even when a person is not sure they want it yet.</p>",
        ),
        heading("CRAFT: a way to help a loved one into treatment"),
        paragraph(
            "<p>CRAFT (Community Reinforcement and Family Training) teaches families skills "
            "to talk, to reward times when their loved one does not use, and to step back "
            "from the harm of use. In studies, it helped many families get a loved one into "
            "treatment.</p>"
        ),
        question(
            "Where can I learn CRAFT?",
            "<p>Ask a counselor or treatment program if they offer CRAFT. Some therapists "
            "teach it one to one, and there are books and online courses for families.</p>",
        ),
        heading("Looking after yourself"),
        paragraph(
            "<p>Caring for someone who uses drugs is tiring and scary. Your own sleep, health "
            "and support matter. Talking with a counselor can help you cope.</p>"
        ),
        heading("Groups for families"),
        paragraph(
            "<p>Family groups such as Nar-Anon and SMART Recovery Family &amp; Friends meet "
            "in person and online. You meet others who know what you are going through.</p>"
        ),
        callout(
            "note",
            "Your feelings are normal",
            "<p>Anger, fear, guilt and hope can all come at once. You did not cause your loved "
            "one's illness, and you cannot cure it alone. If you feel in crisis, call or text "
            "988.</p>",
        ),
    ],
    "references": [CRAFT_TRIAL, NAR_ANON, NIDA_PRINCIPLES, FDA_NALOXONE_OTC],
    "reviewed_by": COUNSELOR,
}

"""The overdose guidance shown on the naloxone page, the detox pages and the overdose card."""

from .blocks import lines

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

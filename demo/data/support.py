"""The "Help and support" section: a short guide under the home page, and its articles."""

import datetime

from .blocks import heading, paragraph, with_defaults
from .families import FAMILIES
from .getting_care import GETTING_CARE
from .harm_reduction import HARM_REDUCTION
from .pregnancy import PREGNANCY
from .reviewers import COUNSELOR
from .sources import NIDA_PRINCIPLES, SAMHSA_HELPLINE
from .young_people import YOUNG_PEOPLE

SUPPORT_REVIEWED = datetime.date(2026, 11, 16)


def _section(title, text, slug, link_text):
    return [
        heading(title),
        paragraph(f'<p>{text} <a href="/support/{slug}/">{link_text}</a>.</p>'),
    ]


SUPPORT = {
    "slug": "support",
    "title": "Help and support",
    "show_in_menus": True,
    "summary": "Help for people who use opioids and for those who care about them. Read how "
    "to stay safer, how to get care, and what to know about pregnancy, families and teens.",
    "body": [
        *_section(
            "Staying safer if you use",
            "Naloxone, test strips, never using alone and new supplies all save lives.",
            HARM_REDUCTION["slug"],
            "Read about harm reduction",
        ),
        *_section(
            "Pregnancy and breastfeeding",
            "Methadone or buprenorphine is the safest choice in pregnancy.",
            PREGNANCY["slug"],
            "Read about pregnancy and breastfeeding",
        ),
        *_section(
            "Getting care",
            "Helplines, a first visit, telehealth, paying for care and your privacy.",
            GETTING_CARE["slug"],
            "Read how to get care",
        ),
        *_section(
            "For families and friends",
            "How to help someone you love, and how to look after yourself.",
            FAMILIES["slug"],
            "Read the guide for families",
        ),
        *_section(
            "Teens and young adults",
            "Medication is recommended for young people too.",
            YOUNG_PEOPLE["slug"],
            "Read about treatment for young people",
        ),
    ],
    "references": [SAMHSA_HELPLINE, NIDA_PRINCIPLES],
    "reviewed_by": COUNSELOR,
    "last_reviewed": SUPPORT_REVIEWED,
}

SUPPORT_PAGES = with_defaults(
    [HARM_REDUCTION, PREGNANCY, GETTING_CARE, FAMILIES, YOUNG_PEOPLE],
    last_reviewed=SUPPORT_REVIEWED,
)

"""The content lint: what every live health page must get right before readers rely on it.

Each rule returns findings in plain language for editors. The page editor shows them as warnings
(editorial.content_checks; a draft still saves), and the test suite fails on any finding over the
demo content and every live health page.

Rules: person-first language (no stigmatising terms outside quotations), a clinical reviewer, a
review date not past due, at least two references, a summary that reads at US grade 8 or below,
and withdrawal phases whose time windows join without gaps or overlaps.
"""

import html
import re
from dataclasses import dataclass

import textstat
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Page

from tx_portal.review_dates import one_year_after

from .clinical_review import is_health_page

MAX_SUMMARY_GRADE = 8
MIN_REFERENCES = 2

# Proper names that contain a flagged phrase (an agency's name is not our wording).
ALLOWED_NAMES = re.compile(
    r"Substance Abuse and Mental Health Services Administration|National Institute on Drug Abuse",
    re.IGNORECASE,
)
# Quoted words are someone else's (a reader's question, a term being explained).
QUOTATIONS = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’")
STIGMATISING_TERMS = [
    (re.compile(r"\baddicts?\b", re.IGNORECASE), "a person with opioid use disorder"),
    (re.compile(r"\babusers?\b", re.IGNORECASE), "a person who uses drugs"),
    (re.compile(r"\bsubstance abuse\b", re.IGNORECASE), "substance use"),
    (
        re.compile(
            r"\b(?:clean|dirty)\s+(?:urine|drug|tox|toxicology|test|screen|sample|result)s?\b"
            r"|\b(?:tests?|tested|urine|screens?|results?|samples?)\s+(?:\w+\s+){0,2}?"
            r"(?:clean|dirty)\b",
            re.IGNORECASE,
        ),
        "a negative or positive test",
    ),
    (
        re.compile(
            r"\b(?:stay|stays|stayed|staying|get|gets|got|getting|been|being)\s+clean\b"
            r"(?!\s+(?:needles?|syringes?|supplies|equipment|works))",
            re.IGNORECASE,
        ),
        "in recovery, or not using",
    ),
]
# Body blocks' values that are settings, not words readers read.
NON_TEXT_KEYS = {"id", "type", "kind", "level", "url", "image", "document"}


@dataclass(frozen=True)
class Finding:
    rule: str
    message: str


def lint_page(page, today=None):
    """Findings for one health page (a live page or an unsaved draft); [] for other pages."""
    if not is_health_page(page):
        return []
    today = today or timezone.localdate()
    return [
        *stigmatising_terms(page),
        *missing_reviewer(page),
        *review_past_due(page, today),
        *too_few_references(page),
        *summary_too_hard(page),
        *detox_window_gaps(page),
    ]


def lint_live_pages(today=None):
    """[(page, finding)] for every live health page, and the joins between withdrawal phases."""
    pages = [page for page in Page.objects.live().specific() if is_health_page(page)]
    findings = []
    for page in pages:
        findings += [
            (page, finding) for finding in lint_page(page, today) if finding.rule != "detox-windows"
        ]
    findings += detox_timeline_gaps([page for page in pages if is_detox_phase(page)])
    return findings


# --- The rules ------------------------------------------------------------------------------------


def stigmatising_terms(page):
    findings = []
    for where, text in readable_texts(page):
        text = QUOTATIONS.sub(" ", ALLOWED_NAMES.sub(" ", text))
        for pattern, instead in STIGMATISING_TERMS:
            for match in pattern.finditer(text):
                findings.append(
                    Finding(
                        "stigmatising-term",
                        f"“{match.group(0)}” in the {where}: use person-first words, such as "
                        f"“{instead}” (quoted words are allowed).",
                    )
                )
    return findings


def missing_reviewer(page):
    if page.reviewed_by_id is not None:
        return []
    return [
        Finding(
            "reviewer",
            "This health page has no clinical reviewer: one is recorded when a clinical "
            "reviewer approves it in the workflow.",
        )
    ]


def review_past_due(page, today):
    due = page.next_review_due or (page.last_reviewed and one_year_after(page.last_reviewed))
    if page.last_reviewed is None:
        return [
            Finding(
                "review-due",
                "This health page has no review date: send it for clinical review.",
            )
        ]
    if due and due < today:
        return [
            Finding(
                "review-due",
                f"The clinical review was due on {due:%B} {due.day}, {due.year}: send the page "
                "for clinical review again.",
            )
        ]
    return []


def too_few_references(page):
    count = len(page.references or [])
    if count == 0:
        return [
            Finding(
                "references", "This health page has no references: add the sources it relies on."
            )
        ]
    if count < MIN_REFERENCES:
        return [
            Finding(
                "references",
                f"This health page cites only one source: add at least {MIN_REFERENCES} "
                "references.",
            )
        ]
    return []


def summary_too_hard(page):
    summary = (page.summary or "").strip()
    if not summary:
        return []
    grade = reading_grade(summary)
    if grade <= MAX_SUMMARY_GRADE:
        return []
    return [
        Finding(
            "reading-grade",
            f"The summary reads at about US grade {grade:.0f}: aim for grade "
            f"{MAX_SUMMARY_GRADE} or below, with shorter sentences and everyday words.",
        )
    ]


def reading_grade(text):
    """The Flesch-Kincaid US school grade of plain text."""
    return textstat.flesch_kincaid_grade(text)


def detox_window_gaps(page):
    """A withdrawal phase being edited, against the live phases beside it."""
    if not is_detox_phase(page) or page.pk is None or page.starts_after_hours is None:
        return []
    siblings = [
        sibling
        for sibling in page.get_siblings(inclusive=False).live().specific()
        if is_detox_phase(sibling) and sibling.pk != page.pk
    ]
    return [finding for other, finding in detox_timeline_gaps([*siblings, page]) if other is page]


def detox_timeline_gaps(phases):
    """[(phase, finding)] where a phase does not start as the one before it (same guide) ends."""
    by_guide = {}
    for phase in phases:
        by_guide.setdefault(phase.path[: -Page.steplen], []).append(phase)
    findings = []
    for guide_phases in by_guide.values():
        ordered = sorted(guide_phases, key=lambda phase: phase.starts_after_hours)
        for before, after in zip(ordered, ordered[1:], strict=False):
            if before.ends_after_hours == after.starts_after_hours:
                continue
            ends = (
                "has no end"
                if before.ends_after_hours is None
                else f"ends at {before.ends_after_hours} hours"
            )
            finding = Finding(
                "detox-windows",
                f"“{after.title}” starts at {after.starts_after_hours} hours, but "
                f"“{before.title}” {ends}: each phase must start where the one before it "
                "ends, with no gap or overlap.",
            )
            findings += [(before, finding), (after, finding)]
    return findings


# --- Reading a page's words -----------------------------------------------------------------------


def is_detox_phase(page):
    return hasattr(page, "starts_after_hours") and hasattr(page, "ends_after_hours")


def readable_texts(page):
    """[(where, plain text)]: the title, summary, body and the page type's own text fields."""
    texts = [("title", page.title), ("summary", page.summary or "")]
    for model_field in page._meta.get_fields():
        if (
            isinstance(model_field, models.CharField | models.TextField)
            and model_field.model is not Page
            and not model_field.choices
            and model_field.name != "summary"
        ):
            value = getattr(page, model_field.name, "")
            if value:
                texts.append((model_field.verbose_name, str(value)))
    texts.append(("body", " ".join(_strings(page.body.get_prep_value()))))
    return [(where, plain_text(text)) for where, text in texts]


def plain_text(markup):
    return re.sub(r"\s+", " ", html.unescape(strip_tags(markup))).strip()


def _strings(raw, key=None):
    if key in NON_TEXT_KEYS:
        return []
    if isinstance(raw, str):
        return [raw]
    if isinstance(raw, dict):
        return [text for name, value in raw.items() for text in _strings(value, name)]
    if isinstance(raw, list):
        return [text for item in raw for text in _strings(item)]
    return []

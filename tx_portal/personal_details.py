"""Whether a reader's words may be kept for the editors' reports (what readers search for, the
questions the answer finder could not answer). Words that may say who someone is (an email
address, a phone number) or that a reader is in crisis are never kept, even without a name."""

import re

from .crisis_language import DEFAULT_CRISIS_WORDS, matched_terms

EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[a-z]{2,}|\b[\w.+-]+\s*(?:\(at\)|\[at\])\s*[\w-]+", re.I)
# Seven or more digits, however they are spaced or punctuated: a phone number, or near enough.
PHONE = re.compile(r"(?:\d[\s().+/-]{0,3}){7,}")


def may_be_kept(text, *, crisis=None):
    """True when `text` holds no email address, phone number or crisis words. `crisis`: whether
    the caller has already found crisis words (else they are looked for here)."""
    if crisis is None:
        crisis = bool(matched_terms(text, DEFAULT_CRISIS_WORDS))
    return not crisis and not EMAIL.search(text) and not PHONE.search(text)

"""Words and phrases that mean a reader may need help now, and how a text is matched against
such a list. Shared by the comment moderation rules (whose crisis word list starts from these)
and the answer finder (which shows the help lines first when a question uses one)."""

import re

from .text import lines

DEFAULT_CRISIS_WORDS = (
    "overdose\noverdosed\noverdosing\nsuicide\nsuicidal\nkill myself\nend my life\n"
    "want to die\nhelp me\nno way out"
)


def terms(text):
    """The non-empty lines of a word-list setting, lower-cased."""
    return [line.lower() for line in lines(text, bullets=False)]


def matched_terms(text, word_list):
    """The listed words or phrases that occur in `text` as whole words, case-insensitively."""
    found = []
    for term in terms(word_list):
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, term.split())) + r"(?!\w)"
        if re.search(pattern, text, flags=re.IGNORECASE):
            found.append(term)
    return found

"""Words and phrases that mean a reader may need help now, and how a text is matched against
such a list. Shared by the comment moderation rules (whose crisis word list starts from these)
and the answer finder (which shows the help lines first when a question uses one).

Readers in crisis type fast: "dont", "can't" and "can’t" are the same word here, and so are
"self-harm" and "self harm", so one line of the list covers each way of typing it."""

import re

from .text import lines

DEFAULT_CRISIS_WORDS = "\n".join(
    (
        # Overdose, and the signs a person near one is in danger now.
        "overdose",
        "overdosed",
        "overdosing",
        "not breathing",
        "stopped breathing",
        "won't wake up",
        "will not wake up",
        "can't wake",
        "unresponsive",
        "turning blue",
        # Suicide and self-harm, as people say it and as they misspell it.
        "suicide",
        "suicidal",
        "sucide",
        "suicde",
        "kill myself",
        "killing myself",
        "kill himself",
        "kill herself",
        "kill themselves",
        "end my life",
        "ending my life",
        "take my own life",
        "end his life",
        "end her life",
        "end their life",
        "end it all",
        "ending it all",
        "want to die",
        "wants to die",
        "wanna die",
        "don't want to live",
        "don't want to be alive",
        "don't want to be here anymore",
        "no reason to live",
        "better off dead",
        "better off without me",
        "tired of living",
        "nothing to live for",
        "no point in living",
        "don't see the point of anything",
        "don't want to go on",
        "hurt myself",
        "harm myself",
        "self-harm",
        "can't go on",
        "no way out",
        "help me",
    )
)

# Apostrophes as typed on phones and keyboards, or left out: all are dropped before matching.
APOSTROPHES = re.compile("['\u2018\u2019\u02bc`]")
# Words in a listed phrase may be written apart, with a hyphen, or across a line break.
BETWEEN_WORDS = r"[\s\-\u2010\u2011]+"


def terms(text):
    """The non-empty lines of a word-list setting, lower-cased."""
    return [line.lower() for line in lines(text, bullets=False)]


def term_pattern(term):
    words = re.split(BETWEEN_WORDS, APOSTROPHES.sub("", term).strip())
    return r"(?<!\w)" + BETWEEN_WORDS.join(map(re.escape, words)) + r"(?!\w)"


def matched_terms(text, word_list):
    """The listed words or phrases that occur in `text` as whole words, case-insensitively,
    however their apostrophes and the spaces or hyphens between their words are typed."""
    plain = APOSTROPHES.sub("", text or "")
    found = []
    for term in terms(word_list):
        if not re.search(r"\w", term):
            continue  # a line of punctuation alone would match everywhere
        if re.search(term_pattern(term), plain, flags=re.IGNORECASE):
            found.append(term)
    return found

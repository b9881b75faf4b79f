"""What a search result shows of its page: the summary and, when the reader's words are not in
it, the passage where they first appear; the words marked in both.

Built on the server from the page's own indexed text; every piece of page text is escaped and only
our `<mark>` tags are markup, so content can never inject HTML into the results page.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.search import index

from tx_portal import shared_fragments

SNIPPET_CHARS = 220


def stem(word):
    """A crude stem, so "withdrawal" also marks "withdraw" and "overdoses" marks "overdose"
    (the backends stem when matching; this only decides what to highlight)."""
    return word if len(word) <= 4 else word[: max(4, len(word) - 2)]


def word_pattern(words):
    stems = sorted({stem(word) for word in words if word}, key=len, reverse=True)
    if not stems:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + r")\w*", re.IGNORECASE)


def lead_text(page):
    """The page's own description: a health page's summary or a section's introduction."""
    return " ".join((getattr(page, "summary", "") or getattr(page, "introduction", "")).split())


def other_texts(page, lead):
    """The text of the page's other indexed fields, in the order the model lists them."""
    for search_field in page.get_search_fields():
        if not isinstance(search_field, index.SearchField) or search_field.field_name == "title":
            continue
        # StreamFields give a list: the text of each block, one item each.
        value = search_field.get_value(page)
        for text in value if isinstance(value, list | tuple) else [value]:
            text = " ".join(text.split()) if isinstance(text, str) else ""
            if text and text != lead:
                yield text


def highlighted_summary(page, words):
    """Safe HTML: the page's description (cut to SNIPPET_CHARS), the reader's words marked."""
    pattern = word_pattern(words)
    lead = lead_text(page)
    match = pattern.search(lead) if pattern else None
    # _mark escapes the page's text and the reader's words; only its own <mark> tags are HTML.
    marked = _mark(_window(lead, match), pattern)
    return mark_safe(marked)  # noqa: S308  # nosec B308 B703


def highlighted_passage(page, words, request=None):
    """Safe HTML: where the reader's words first appear outside the description, about
    SNIPPET_CHARS characters, words marked; empty when the description already has them.
    With a request, the page's texts are kept in the shared fragments between edits (turning a
    StreamField into text is most of a results page's work)."""
    pattern = word_pattern(words)
    lead = lead_text(page)
    if pattern is None or pattern.search(lead):
        return ""
    texts = shared_fragments.get_read_only(
        request, f"indexed-texts:{page.pk}:{page.cache_key}", lambda: tuple(other_texts(page, lead))
    )
    for text in texts:
        match = pattern.search(text)
        if match:
            # Escaped in _mark, as above.
            marked = _mark(_window(text, match), pattern)
            return mark_safe(marked)  # noqa: S308  # nosec B308 B703
    return ""


def _window(text, match):
    if len(text) <= SNIPPET_CHARS:
        return text
    start = 0 if match is None else max(0, match.start() - SNIPPET_CHARS // 3)
    if start:
        start = text.find(" ", start) + 1 or start
    end = start + SNIPPET_CHARS
    if end < len(text):
        end = text.rfind(" ", start, end) if " " in text[start:end] else end
    return ("… " if start else "") + text[start:end].strip() + (" …" if end < len(text) else "")


def _mark(text, pattern):
    if pattern is None:
        return escape(text)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(escape(text[last : match.start()]))
        out.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    out.append(escape(text[last:]))
    return "".join(out)

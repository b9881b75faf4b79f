"""A reader's query made safe and useful for the search backend.

What a reader types is reduced to its words: quotes, operators, field filters ("live:false") and
control characters are dropped, because the database backends turn them into FTS syntax that can
fail (an unbalanced quote on SQLite's FTS5; NUL on PostgreSQL). The number of words is capped:
the backends combine one expression per word recursively, and from about 300 words Python's
recursion limit is hit. Each word that has a synonym is widened to "the word OR the synonym".
"""

from dataclasses import dataclass, field

from wagtail.search.query import And, Or, PlainText

from tx_portal import shared_fragments

from .models import SearchSynonym, words_of

# A reader's question fits in a dozen words; more only slows the search down.
MAX_QUERY_WORDS = 12
# What the search box accepts and shows back (its maxlength); longer input is cut before parsing.
MAX_QUERY_CHARS = 200


@dataclass
class ReaderQuery:
    text: str
    words: list
    shortened: bool
    synonyms: dict = field(default_factory=dict)

    @property
    def normalised(self):
        """The words as one string: the key editors' promoted results are stored under."""
        return " ".join(self.words)

    def highlight_words(self):
        """Every word a result may have matched: the reader's and their synonyms'."""
        extra = [word for meaning in self.synonyms.values() for word in meaning]
        return list(dict.fromkeys([*self.words, *extra]))

    def backend_query(self, operator):
        """The query for Wagtail's search: all words (operator "and") or any word ("or")."""
        parts = []
        for word in self.words:
            alternatives = [PlainText(word)]
            if word in self.synonyms:
                alternatives.append(PlainText(" ".join(self.synonyms[word]), operator="and"))
            parts.append(alternatives[0] if len(alternatives) == 1 else Or(alternatives))
        if len(parts) == 1:
            return parts[0]
        return And(parts) if operator == "and" else Or(parts)


def parse(raw):
    """A `ReaderQuery` from the raw `q` parameter (any string, any length)."""
    # Control and formatting characters (NUL, escape, bidi overrides) go: PostgreSQL refuses NUL,
    # and none of them belong in a query shown back to the reader.
    text = "".join(char for char in " ".join((raw or "").split()) if char.isprintable())
    cut = len(text) > MAX_QUERY_CHARS
    text = text[:MAX_QUERY_CHARS]
    words = list(dict.fromkeys(words_of(text)))
    shortened = cut or len(words) > MAX_QUERY_WORDS
    return ReaderQuery(text=text, words=words[:MAX_QUERY_WORDS], shortened=shortened)


def with_synonyms(query, request=None):
    """The query with the editors' synonyms of its words looked up (the editors' list is kept
    in the shared fragments: no query between edits)."""
    if query.words:
        synonyms = shared_fragments.get(request, "search-synonyms", all_synonyms)
        query.synonyms = {word: synonyms[word] for word in query.words if word in synonyms}
    return query


def all_synonyms():
    """{word: the words it means} for every synonym with a meaning."""
    return {
        synonym.word: synonym.meaning_words()
        for synonym in SearchSynonym.objects.all()
        if synonym.meaning_words()
    }

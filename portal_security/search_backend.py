"""Wagtail's database search backend, with search terms quoted correctly on SQLite.

On SQLite the backend (modelsearch) wraps each term in double quotes for FTS5 but leaves a double
quote inside a term as it is, so a search for `"` or `say "hi` (in the admin's image, document and
page searches, the page chooser, the admin API) was an FTS5 syntax error and a 500. FTS5 reads a
doubled quote inside a string as a quote: terms and phrases are passed on that way. PostgreSQL and
the other databases get the upstream backend unchanged. Set as WAGTAILSEARCH_BACKENDS["default"].
"""

from modelsearch.backends.database import SearchBackend as database_search_backend
from modelsearch.query import Phrase, PlainText


def _fts5_quoted(text):
    return text.replace('"', '""')


class QuotedTermsMixin:
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            query = PlainText(
                _fts5_quoted(query.query_string), operator=query.operator, boost=query.boost
            )
        elif isinstance(query, Phrase):
            query = Phrase(_fts5_quoted(query.query_string))
        return super().build_search_query_content(query, config=config)


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = database_search_backend(params)
    if backend.__class__.__name__ == "SQLiteSearchBackend":
        backend.query_compiler_class = type(
            "QuotedSQLiteSearchQueryCompiler", (QuotedTermsMixin, backend.query_compiler_class), {}
        )
        backend.autocomplete_query_compiler_class = type(
            "QuotedSQLiteAutocompleteQueryCompiler",
            (QuotedTermsMixin, backend.autocomplete_query_compiler_class),
            {},
        )
    return backend

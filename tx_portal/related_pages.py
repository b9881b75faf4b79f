"""Pages chosen on another page (the medications of a therapy or a detox phase), for readers."""

from django.utils.functional import SimpleLazyObject

from .page_queries import live_and_public


def published(chosen):
    """The live, public pages among `chosen`, by title, in one query.

    `chosen` is a ParentalManyToManyField's manager. On a saved page it queries the database; in
    a preview (a page built from the editor's form or from a revision) it is modelcluster's
    in-memory FakeQuerySet, which has none of the page queryset's methods (`live`, `public`).
    The ids read from either select the pages."""
    ids = chosen.values_list("id", flat=True)  # FakeQuerySet knows no "pk"
    return live_and_public(chosen.model.objects.filter(pk__in=ids).order_by("title"))


def when_shown(build):
    """A list for a template, built (queried) only when the template reads it: a part of the page
    kept as HTML between edits (templatetags/kept_html.py) does not read it."""
    return SimpleLazyObject(lambda: list(build()))

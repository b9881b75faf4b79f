"""Page querysets for readers, each in one query.

Wagtail's `PageQuerySet.public()` first loads every view restriction of the site (a query of its
own, on every call) and then excludes each restricted subtree. Here the same rule is a correlated
subquery: a page is hidden when a view restriction sits on it or on one of its ancestors (its path
starts with the restricted page's path), so the list costs the one query that fetches it.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction


def restricted_ancestry(outer_path="path"):
    """True when a view restriction applies to the outer page (on it or an ancestor)."""
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef(outer_path), 1, Length("page__path"))
        )
    )


def alias_in_ancestry(outer_path="path"):
    """True when the outer page or one of its ancestors is an alias (aliases take the view
    restrictions of the page they copy, which a path prefix does not find)."""
    return Exists(
        Page.objects.filter(
            path=Substr(OuterRef(outer_path), 1, Length("path")), alias_of__isnull=False
        )
    )


def live_and_public(queryset):
    """`queryset.live().public()` in the query that fetches the pages."""
    return queryset.live().exclude(restricted_ancestry())


def restricted_sections():
    """(path, depth) of every page with a view restriction: kept in the shared fragments by
    views whose querysets must be plain filters (the search backend's)."""
    return list(PageViewRestriction.objects.values_list("page__path", "page__depth").distinct())


def public_q(sections):
    """Pages outside the restricted `sections`: Wagtail's `public()` rule, as a plain filter."""
    restricted = Q()
    for path, depth in sections:
        restricted |= Q(path__startswith=path, depth__gte=depth)
    return ~restricted if restricted else Q()

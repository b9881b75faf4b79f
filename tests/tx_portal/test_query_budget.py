"""The query budget of every public page type: exact, and the same for a small site and a
realistic one (30 medications, 100 approved comments on a page). Page cache off: every request
renders.

Two budgets. Right after an edit (any publish or saved snippet or setting starts a new generation
of the shared fragments) a page reads again what a running site keeps: the site (1), the live
pages' URLs (1), the page found by its URL (1), the safety settings with the help lines and
guidance (1), the main menu (1), the breadcrumbs (1, below the home page), what the page lists
(1 each: children, related pages, the detox phases' medications), the comment rules (1 on health
pages). Between edits every page type costs no query at all: the page, its parts kept as HTML
(templatetags/kept_html.py), the settings and the approved comments (comments/approved_list.py)
come from the shared fragments and the shared cache. See docs/performance.md."""

import pytest
from wagtail.search import index as search_index

from tests.comments.conftest import make_comment
from tests.factories import (
    ArticlePageFactory,
    DetoxGuidePageFactory,
    DetoxPhasePageFactory,
    EmergencyGuidanceFactory,
    MedicationIndexPageFactory,
    MedicationPageFactory,
    TherapyIndexPageFactory,
    TherapyPageFactory,
)
from tx_portal import shared_fragments
from tx_portal.models import SafetySettings

pytestmark = pytest.mark.django_db

SIZES = {
    "small": {"medications": 2, "therapies": 2, "phases": 2, "comments": 1},
    "realistic": {"medications": 30, "therapies": 8, "phases": 4, "comments": 100},
}

# Exact queries of a render right after an edit, per page type: any publish or edit starts a new
# generation of the shared fragments, so the site, the live pages' URLs, the page, the settings,
# the menu and the page's own lists are all read again (the site requirement: at most 8;
# search 6).
AFTER_AN_EDIT = {
    "home": 6,
    "medication index": 7,
    "medication page": 8,
    "therapy index, filtered": 7,
    "therapy page": 8,
    "detox guide": 8,
    "detox phase": 8,
    "article": 7,
    "search": {"small": 8, "realistic": 9},
    "search, no query": 4,
    "overdose card": 3,
    "404": 5,
}
# Exact queries of a render between edits: what every reader's request costs while nothing
# changes. The page, its parts kept as HTML (templatetags/kept_html.py), the settings and the
# approved comments come from the shared fragments and the shared cache.
BETWEEN_EDITS = {
    "home": 0,
    "medication index": 0,
    "medication page": 0,
    "therapy index, filtered": 0,
    "therapy page": 0,
    "detox guide": 0,
    "detox phase": 0,
    "article": 0,
    # the ranked first page, the pages of the one type found on it (and, on the realistic
    # site, the count: its 30 results need more than one page); the search's count for the
    # editors' report is kept in memory and written once a minute for all searches
    "search": {"small": 2, "realistic": 3},
    "search, no query": 0,
    "overdose card": 0,
    # a URL that is no live page's and starts no redirect needs no query to know it
    # (tx_portal/redirects.py)
    "404": 0,
}


def build_site(home, size):
    safety = SafetySettings.load()
    safety.emergency_guidance = EmergencyGuidanceFactory()
    safety.save()
    medications_index = MedicationIndexPageFactory(parent=home, show_in_menus=True)
    medications = [
        MedicationPageFactory(parent=medications_index) for _ in range(size["medications"])
    ]
    therapies_index = TherapyIndexPageFactory(parent=home, show_in_menus=True)
    therapies = [TherapyPageFactory(parent=therapies_index) for _ in range(size["therapies"])]
    for therapy in therapies:
        therapy.medications.set(medications[:3])
    guide = DetoxGuidePageFactory(parent=home, show_in_menus=True)
    phases = [
        DetoxPhasePageFactory(parent=guide, starts_after_hours=hours * 24, ends_after_hours=None)
        for hours in range(size["phases"])
    ]
    for phase in phases:
        phase.medications.set(medications[:3])
    article = ArticlePageFactory(parent=home, show_in_menus=True, title="Treatments overview")
    for n in range(size["comments"]):
        make_comment(medications[0], f"Approved comment {n}")
        make_comment(article, f"Approved comment {n}")
    for page in [*medications, *therapies, *phases, article]:
        search_index.insert_or_update_object(page)
    return {
        "home": "/",
        "medication index": medications_index.url,
        "medication page": medications[0].url,
        "therapy index, filtered": therapies_index.url + "?setting=outpatient",
        "therapy page": therapies[0].url,
        "detox guide": guide.url,
        "detox phase": phases[0].url,
        "article": article.url,
        # A word only medication pages carry: results of one page type on every database (each
        # page type on a results page costs one query, whatever the number of results).
        "search": "/search/?q=Brandone",
        "search, no query": "/search/",
        "overdose card": "/overdose-card/",
        "404": "/no-such-page/",
    }


def budget_of(budgets, name, size):
    budget = budgets[name]
    return budget[size] if isinstance(budget, dict) else budget


@pytest.mark.parametrize("size", SIZES)
def test_every_public_page_type_keeps_its_query_budget(
    client, home, size, django_assert_num_queries, settings
):
    settings.SEARCH_TERMS_WRITE_SECONDS = 60  # production's (the tests write at once)
    urls = build_site(home, SIZES[size])
    assert set(urls) == set(AFTER_AN_EDIT) == set(BETWEEN_EDITS)
    for name, url in urls.items():
        status = 404 if name == "404" else 200
        # The first request fills what a running site keeps (site root paths, where the URL's
        # page is, the approved comments).
        assert client.get(url).status_code == status, name
        shared_fragments.invalidate()  # an edit anywhere on the site
        with django_assert_num_queries(
            budget_of(AFTER_AN_EDIT, name, size), info=f"{name}, {size} site, after an edit"
        ):
            assert client.get(url).status_code == status, name
        with django_assert_num_queries(
            budget_of(BETWEEN_EDITS, name, size), info=f"{name}, {size} site, between edits"
        ):
            assert client.get(url).status_code == status, name

"""The query budget of every public page type: exact, and the same for a small site and a
realistic one (30 medications, 100 approved comments on a page). Page cache off: these are the
queries of a full render, which every cache miss pays.

Where they go (see docs/performance.md): the site (1), the page found by its URL (1), what the
page lists (1 each: children, related pages, the detox phases' medications), the comment rules
(1 on health pages; the approved comments are rendered once and kept in the shared cache until
one changes). The menu, breadcrumbs, help lines, emergency guidance, section cards and search
synonyms are shared fragments: no query between edits."""

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
from tx_portal.models import SafetySettings

pytestmark = pytest.mark.django_db

SIZES = {
    "small": {"medications": 2, "therapies": 2, "phases": 2, "comments": 1},
    "realistic": {"medications": 30, "therapies": 8, "phases": 4, "comments": 100},
}

# Exact queries of one full render, per page type (the site requirement: at most 8; search 6).
BUDGET = {
    "home": 2,
    "medication index": 3,
    # the approved comments come from the shared cache once rendered (comments/approved_list.py)
    "medication page": 4,
    "therapy index, filtered": 3,
    "therapy page": 4,
    "detox guide": 4,
    "detox phase": 4,
    "article": 3,
    # site, the ranked first page, the pages of the one type found on it (and, on the realistic
    # site, the count: its 30 results need more than one page); the search's count for the
    # editors' report is kept in memory and written once a minute for all searches
    "search": {"small": 3, "realistic": 4},
    "search, no query": 1,
    "overdose card": 1,
    # site, the URL looked up, the redirects (none): a 404 costs no more than a page
    "404": 3,
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


@pytest.mark.parametrize("size", SIZES)
def test_every_public_page_type_keeps_its_query_budget(
    client, home, size, django_assert_num_queries, settings
):
    settings.SEARCH_TERMS_WRITE_SECONDS = 60  # production's (the tests write at once)
    urls = build_site(home, SIZES[size])
    assert set(urls) == set(BUDGET)
    for name, url in urls.items():
        # The first request fills what a running site keeps between edits (site root paths,
        # the shared fragments, where the URL's page is).
        assert client.get(url).status_code == (404 if name == "404" else 200), name
        budget = BUDGET[name][size] if isinstance(BUDGET[name], dict) else BUDGET[name]
        with django_assert_num_queries(budget, info=f"{name}, {size} site"):
            client.get(url)

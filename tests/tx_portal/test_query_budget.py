"""The query budget of every public page type: exact, and the same for a small site and a
realistic one (30 medications, 100 approved comments on a page). Page cache off: these are the
queries of a full render, which every cache miss pays."""

import pytest
from wagtail.search import index as search_index

from tests.admin_forms import count_queries
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

# Exact queries of one full render, per page type.
BUDGET = {
    "home": 11,
    "medication index": 11,
    "medication page": 16,
    "therapy index, filtered": 11,
    "therapy page": 16,
    "detox guide": 13,
    "detox phase": 16,
    "article": 12,
    "search": 9,
    "overdose card": 3,
    "404": 6,
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
        "overdose card": "/overdose-card/",
        "404": "/no-such-page/",
    }


@pytest.mark.parametrize("size", SIZES)
def test_every_public_page_type_keeps_its_query_budget(client, home, size):
    urls = build_site(home, SIZES[size])
    measured = {}
    for name, url in urls.items():
        client.get(url)  # the site-root paths are cached on a running site
        measured[name] = count_queries(lambda url=url: client.get(url))
    assert measured == BUDGET, f"{size} site"

"""What search engines and link previews read: JSON-LD, meta description, Open Graph, canonical
URLs, sitemap.xml and robots.txt."""

import datetime
import json
import re
import xml.etree.ElementTree as ET

import pytest

from tests.factories import (
    ArticlePageFactory,
    DetoxGuidePageFactory,
    DetoxPhasePageFactory,
    MedicationIndexPageFactory,
    MedicationPageFactory,
    ReviewerFactory,
    TherapyIndexPageFactory,
    TherapyPageFactory,
)
from tx_portal.structured_data import to_script

# These run among the transactional tests in a full run (after the browser tests, whose flush
# empties the tables): a serialized rollback puts back what the migrations made (the home page,
# the staff groups, the workflow) before each test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def json_ld(html):
    """The page's JSON-LD blocks, parsed (fails if one is not valid JSON)."""
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def get(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def medications(home):
    return MedicationIndexPageFactory(parent=home)


@pytest.fixture
def buprenorphine(medications):
    return MedicationPageFactory(
        parent=medications,
        title="Buprenorphine",
        generic_name="Buprenorphine",
        brand_names="Suboxone, Sublocade",
        medication_class="partial_agonist",
        routes=["sublingual_buccal", "extended_release_injection"],
        summary="Buprenorphine eases withdrawal and cravings.",
        last_reviewed=datetime.date(2026, 10, 12),
        reviewed_by=ReviewerFactory(name="Alex Sample", credentials="MD", role="Physician"),
    )


def test_medication_page_is_a_reviewed_medical_web_page_about_a_drug(client, buprenorphine):
    [data] = json_ld(get(client, buprenorphine))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "MedicalWebPage"
    assert data["lastReviewed"] == "2026-10-12"
    assert data["reviewedBy"] == {
        "@type": "Person",
        "name": "Alex Sample",
        "honorificSuffix": "MD",
        "jobTitle": "Physician",
    }
    assert data["url"] == buprenorphine.full_url
    drug = data["about"]
    assert drug["@type"] == "Drug"
    assert drug["nonProprietaryName"] == "Buprenorphine"
    assert drug["drugClass"] == {"@type": "DrugClass", "name": "Partial agonist"}
    assert drug["administrationRoute"] == [
        "Under the tongue or inside the cheek",
        "Extended-release injection",
    ]
    assert drug["proprietaryName"] == ["Suboxone", "Sublocade"]


def test_therapy_page_is_about_a_medical_therapy_and_the_drugs_it_pairs_with(
    client, home, buprenorphine
):
    therapies = TherapyIndexPageFactory(parent=home)
    therapy = TherapyPageFactory(parent=therapies, title="Contingency management")
    therapy.medications.set([buprenorphine])
    therapy.save_revision().publish()
    [data] = json_ld(get(client, therapy))
    assert data["@type"] == "MedicalWebPage"
    about = data["about"]
    assert about["@type"] == "MedicalTherapy"
    assert about["name"] == "Contingency management"
    assert about["drug"] == [
        {"@type": "Drug", "name": "Buprenorphine", "url": buprenorphine.full_url}
    ]


def test_withdrawal_phase_is_about_a_condition_with_its_signs(client, home):
    guide = DetoxGuidePageFactory(parent=home)
    phase = DetoxPhasePageFactory(
        parent=guide, title="Early withdrawal", typical_signs="Yawning\nSweating"
    )
    [data] = json_ld(get(client, phase))
    assert data["about"]["@type"] == "MedicalCondition"
    assert data["about"]["signOrSymptom"] == [
        {"@type": "MedicalSignOrSymptom", "name": "Yawning"},
        {"@type": "MedicalSignOrSymptom", "name": "Sweating"},
    ]


def test_article_is_about_opioid_use_disorder(client, home):
    article = ArticlePageFactory(parent=home)
    [data] = json_ld(get(client, article))
    assert data["@type"] == "MedicalWebPage"
    assert data["about"]["name"] == "Opioid use disorder"
    assert "reviewedBy" in data and "lastReviewed" in data


def test_home_page_describes_the_website_and_its_search(client, home):
    [data] = json_ld(client.get("/").content.decode())
    assert data["@type"] == "WebSite"
    target = data["potentialAction"]["target"]["urlTemplate"]
    assert target == home.full_url.rstrip("/") + "/search/?q={query}"


def test_index_pages_carry_no_json_ld(client, medications):
    assert json_ld(get(client, medications)) == []


def test_content_cannot_break_out_of_the_json_ld_element(client, medications):
    hostile = 'Ends here </script><script>alert("x")</script> <!-- & more'
    page = MedicationPageFactory(parent=medications, summary=hostile)
    html = get(client, page)
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and ">" not in block
    assert json.loads(block)["description"] == hostile
    assert '<script>alert("x")' not in html


def test_to_script_renders_nothing_for_pages_without_data():
    assert to_script(None) == ""


def test_meta_description_open_graph_and_canonical_come_from_the_page(client, buprenorphine):
    html = get(client, buprenorphine)
    url = buprenorphine.full_url
    assert (
        '<meta name="description" content="Buprenorphine eases withdrawal and cravings.">' in html
    )
    assert f'<link rel="canonical" href="{url}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="Buprenorphine">' in html
    assert (
        '<meta property="og:description" content="Buprenorphine eases withdrawal and cravings.">'
        in html
    )
    assert f'<meta property="og:url" content="{url}">' in html
    assert '<meta name="referrer" content="same-origin">' in html


def test_index_pages_describe_themselves_with_their_introduction(client, medications):
    html = get(client, medications)
    assert f'<meta name="description" content="{medications.introduction}">' in html
    assert '<meta property="og:type" content="website">' in html


def test_a_long_summary_is_cut_for_the_description(client, medications):
    page = MedicationPageFactory(parent=medications, summary="word " * 100)
    description = re.search(r'<meta name="description" content="([^"]*)">', get(client, page))
    assert len(description.group(1)) <= 300


def test_sitemap_lists_live_pages_with_their_last_change(client, home, medications, buprenorphine):
    draft = MedicationPageFactory(parent=medications, title="Draft", live=False)
    buprenorphine.save_revision().publish()
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    urls = {url.find("s:loc", ns).text: url for url in root.findall("s:url", ns)}
    assert buprenorphine.full_url in urls
    assert medications.full_url in urls
    assert draft.full_url not in urls
    assert urls[buprenorphine.full_url].find("s:lastmod", ns) is not None


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin_and_search(client, home):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert "User-agent: *" in text
    for path in ["/admin/", "/django-admin/", "/search/"]:
        assert f"Disallow: {path}\n" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert client.post("/robots.txt").status_code == 405
